// Reads one YAML file into a parsed document, turning every way a file can be
// unreadable into a located diagnostic instead of an exception.
import { readFile, stat } from 'node:fs/promises';
import { type Document, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { type Diagnostic, FileReporter } from './diagnostics.js';
import { isClean, sanitize } from './sanitize.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

export interface ReadFile {
  file: string;
  /** The decoded text (BOM removed), when the file could be decoded. */
  text?: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The plain data, sanitised, when the YAML itself was sound. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

const YAML_RULES: Record<string, string> = {
  TAB_AS_INDENT: 'tab-indent',
  DUPLICATE_KEY: 'duplicate-key',
  MULTIPLE_DOCS: 'multiple-documents',
  RESOURCE_EXHAUSTION: 'too-deep',
};

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tab with spaces.',
  DUPLICATE_KEY: 'Each key may appear once in a mapping: remove or rename one of them.',
  MULTIPLE_DOCS: 'Keep one YAML document per file: remove the "---" separator.',
  RESOURCE_EXHAUSTION: `Nesting is limited to ${MAX_DEPTH} levels: flatten the structure.`,
};

export async function readYamlFile(file: string): Promise<ReadFile> {
  const report = new FileReporter(file);
  const result: ReadFile = { file, diagnostics: report.list };
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      report.error('not-a-file', 'This is a folder, not a YAML file: rename it so it does not end in .yaml.');
      return result;
    }
    if (info.size > MAX_FILE_BYTES) {
      const mib = (info.size / 1024 / 1024).toFixed(1);
      report.error(
        'file-too-large',
        `File is ${mib} MiB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MiB. Split the actor's positions or trim the text.`,
      );
      return result;
    }
    bytes = await readFile(file);
  } catch (err) {
    report.error('unreadable', `Cannot read this file (${describeFsError(err)}). Check that it exists and is readable.`);
    return result;
  }
  const text = decode(bytes, report);
  if (text === undefined) return result;
  result.text = text;
  parseInto(result, text, report);
  return result;
}

/** Parses already-decoded text; exported so tests and fuzzing can skip the disk. */
export function parseYamlText(file: string, text: string): ReadFile {
  const report = new FileReporter(file);
  const result: ReadFile = { file, text, diagnostics: report.list };
  parseInto(result, text, report);
  return result;
}

function parseInto(result: ReadFile, text: string, report: FileReporter): void {
  if (/^\s*$/.test(text.replace(/^\s*#.*$/gm, ''))) {
    report.error('empty-file', 'File has no content: fill it in (see `standpoint new`) or delete it.');
    return;
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (err) {
    report.error('yaml-syntax', `The YAML parser gave up (${(err as Error).message}). Simplify the file.`);
    return;
  }
  result.doc = doc;
  result.lineCounter = lineCounter;
  const at = (offset: number) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));

  for (const e of doc.errors) {
    const rule = YAML_RULES[e.code] ?? 'yaml-syntax';
    const { line, col } = at(e.pos[0]);
    report.error(rule, withHint(e.message, YAML_HINTS[e.code]), line, col);
  }
  for (const w of doc.warnings) {
    const { line, col } = at(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      report.error('unknown-tag', `${firstLine(w.message)}. Tags are not allowed here: remove it and write plain text.`, line, col);
    } else {
      report.warn('yaml', firstLine(w.message), line, col);
    }
  }
  if (report.list.some((d) => d.severity === 'error')) return;

  if (!checkDepth(doc, report, at)) return;
  sanitizeScalars(doc, report, at);

  try {
    result.data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const alias = firstAlias(doc);
    const pos = alias ? at(alias) : { line: 1, col: 1 };
    report.error(
      'alias-limit',
      `Aliases expand too far (${(err as Error).message}). Write the text out instead of nesting aliases.`,
      pos.line,
      pos.col,
    );
  }
}

function decode(bytes: Buffer, report: FileReporter): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    report.error('encoding', 'File is UTF-16: save it as UTF-8.');
    return undefined;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, col } = bytePosition(bytes, nul);
    report.error('binary-file', 'File contains a NUL byte, so it is not text: is this the right file?', line, col);
    return undefined;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, col } = bytePosition(bytes, bad);
    const hex = bytes[bad]?.toString(16).padStart(2, '0');
    report.error('invalid-utf8', `Byte 0x${hex} is not valid UTF-8: save the file as UTF-8.`, line, col);
    return undefined;
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function bytePosition(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const col = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
  return { line, col };
}

function checkDepth(doc: Document.Parsed, report: FileReporter, at: (o: number) => { line: number; col: number }) {
  const stack: Array<[unknown, number]> = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node || typeof node !== 'object' || !('items' in node)) continue;
    if (depth > MAX_DEPTH) {
      const { line, col } = at((node as Node).range?.[0] ?? 0);
      report.error('too-deep', `Nesting is deeper than ${MAX_DEPTH} levels: flatten the structure.`, line, col);
      return false;
    }
    for (const item of (node as { items: unknown[] }).items) {
      if (item && typeof item === 'object' && 'value' in item && 'key' in item) {
        stack.push([(item as { value: unknown }).value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  return true;
}

function sanitizeScalars(doc: Document.Parsed, report: FileReporter, at: (o: number) => { line: number; col: number }) {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || isClean(node.value)) return;
      const clean = sanitize(node.value);
      const removed = node.value.length - clean.length;
      const { line, col } = at(node.range?.[0] ?? 0);
      report.warn(
        'control-characters',
        `Removed ${removed > 0 ? removed : 'some'} control or escape character${removed === 1 ? '' : 's'} from this text; delete them from the file.`,
        line,
        col,
      );
      node.value = clean;
    },
  });
}

function firstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ?? String((err as Error)?.message ?? err);
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function withHint(message: string, hint: string | undefined): string {
  const m = firstLine(message).replace(/\.?$/, '.');
  return hint ? `${m} ${hint}` : m;
}
