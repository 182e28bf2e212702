// Reads one YAML file into a parsed document, turning every way a file can be
// unreadable into a located diagnostic instead of an exception.
import { lstat, readFile, stat } from 'node:fs/promises';
import { Composer, type CST, type Document, isSeq, LineCounter, Parser, type Scalar, visit, YAMLParseError } from 'yaml';
import { type Diagnostic, FileReporter } from './diagnostics.js';
import { isClean, sanitize, singleLine } from './sanitize.js';

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

const QUOTE = 'put the whole text in quotes, e.g. claim: "…", so YAML reads it as text.';

// The yaml library says what is wrong; these say what to do about it.
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tab with spaces.',
  DUPLICATE_KEY: 'Each key may appear once in a mapping: remove or rename one of them.',
  BAD_INDENT: 'Line up this line with the others at the same level, using spaces.',
  MULTILINE_IMPLICIT_KEY: 'Check for a missing colon, a missing space after it, or text that runs on to the next line without quotes.',
  BLOCK_AS_IMPLICIT_KEY: `If the next line is a new key, indent it like this one; if the colon belongs to the text, ${QUOTE}`,
  BAD_SCALAR_START: `Reserved at the start of plain text: ${QUOTE}`,
  UNEXPECTED_TOKEN: `Remove it, or ${QUOTE}`,
  BAD_DQ_ESCAPE: 'Inside "double quotes" a backslash starts an escape: write \\\\ for a backslash, or use single quotes.',
  BLOCK_IN_FLOW: 'Inside [ ] or { } write items separated by commas, not "- " lines.',
  KEY_OVER_1024_CHARS: 'Keys are short names such as "claim": check for a missing colon.',
  MULTIPLE_ANCHORS: 'Remove the extra &anchor.',
  MULTIPLE_TAGS: 'Remove the extra !tag.',
  MISSING_CHAR: 'Check the indentation and punctuation of this line; text that contains ": " or " #" must be in quotes.',
  NON_STRING_KEY: 'Keys are plain names such as "claim", not lists or mappings.',
};

/** Messages of our own where the library's would confuse a reader. */
const YAML_MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS:
    'A second YAML document starts here. Keep one document per file: remove the "---" or "..." line, or move what follows into its own file.',
  NON_STRING_KEY: 'This key is a list or a mapping.',
  MULTILINE_IMPLICIT_KEY: 'Expected "key: value" on one line here.',
  BLOCK_AS_IMPLICIT_KEY: 'A value here holds another "key:".',
  RESOURCE_EXHAUSTION: `Nesting is too deep to read (the limit is ${MAX_DEPTH} levels): flatten the structure.`,
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
    const dangling = (err as NodeJS.ErrnoException)?.code === 'ENOENT' && (await lstat(file).catch(() => undefined))?.isSymbolicLink();
    const message = dangling
      ? 'This is a symbolic link to a file that does not exist: point it at the actor file, or remove it.'
      : `Cannot read this file (${describeFsError(err)}). Check that it exists and is readable.`;
    report.error('unreadable', message);
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
  const at = (offset: number) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  let doc: Document.Parsed | undefined;
  try {
    // parseDocument's own steps, split so the depth can be checked on the
    // syntax tree before the recursive composer can overflow the stack.
    const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const deep = firstTooDeep(tokens);
    if (deep !== undefined) {
      const { line, col } = at(deep);
      report.error('too-deep', `Nesting is deeper than ${MAX_DEPTH} levels: flatten the structure.`, line, col);
      return;
    }
    doc = composeFirst(tokens, text.length);
  } catch (err) {
    report.error('yaml-syntax', `The YAML parser gave up (${firstLine(String((err as Error)?.message ?? err))}). Simplify the file.`);
    return;
  }
  result.doc = doc;
  result.lineCounter = lineCounter;

  // One syntax error per line: a single slip often trips several checks at once.
  // After a tab used as indentation, only further tabs are reported: the
  // structure below it is guesswork until the tabs are gone.
  const errorLines = new Set<number>();
  const firstTab = doc.errors.reduce((min, e) => (e.code === 'TAB_AS_INDENT' ? Math.min(min, e.pos[0]) : min), Infinity);
  for (const e of doc.errors) {
    const rule = YAML_RULES[e.code] ?? 'yaml-syntax';
    const open = unclosed(doc, text, e);
    const { line, col } = at(open?.offset ?? e.pos[0]);
    if (errorLines.has(line) || (e.code !== 'TAB_AS_INDENT' && e.pos[0] > firstTab)) continue;
    errorLines.add(line);
    const message = open?.message ?? withHint(YAML_MESSAGES[e.code] ?? e.message, YAML_HINTS[e.code]);
    report.error(rule, message, line, col);
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
  if (!checkAliases(doc, report, at)) return;
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

const PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: true,
  strict: true,
  // Keys are always names: `1:` or `true:` is the text "1"/"true" (then an
  // unknown key), and a list or mapping as a key is an error.
  stringKeys: true,
  // Stops the library printing its own warnings to stderr.
  logLevel: 'error',
} as const;

/** Composes the first document; a second one is reported as MULTIPLE_DOCS, as parseDocument does. */
function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(PARSE_OPTIONS).compose(tokens, true, length)) {
    if (!doc) doc = next as Document.Parsed;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc as Document.Parsed;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, in file order; iterative, so any depth is safe. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = [...tokens].reverse().map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | null | undefined, number];
    if (!token) continue;
    if (token.type === 'document') stack.push([token.value, depth]);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset;
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i] as CST.CollectionItem;
        stack.push([item.value, depth + 1], [item.key, depth + 1]);
      }
    }
  }
  return undefined;
}

/** An unclosed quote or bracket swallows the rest of the file: point where it opens, not where the file ends. */
function unclosed(doc: Document.Parsed, text: string, e: YAMLParseError): { offset: number; message: string } | undefined {
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  const bracket = e.code === 'BAD_INDENT' ? /end with an? ([\]}])/.exec(e.message)?.[1] : undefined;
  if (!quote && !bracket) return undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (quote && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === e.pos[0]) {
        start = node.range[0];
        return visit.BREAK;
      }
    },
    Collection(_key, node) {
      const end = node.range?.[1];
      const kind = isSeq(node) ? ']' : '}';
      if (bracket === kind && node.flow && end === e.pos[0] && text[end - 1] !== bracket) {
        start = node.range?.[0];
        return visit.BREAK;
      }
    },
  });
  if (start === undefined) return undefined;
  if (quote) {
    const apostrophe = quote === "'" ? " (write '' for an apostrophe inside)" : '';
    return {
      offset: start,
      message: `This text opens with ${quote} but never closes it: add the closing ${quote} where the text ends${apostrophe}.`,
    };
  }
  const open = bracket === ']' ? '[' : '{';
  return {
    offset: start,
    message: `This ${open} is never closed: add the closing ${bracket} after the last item; if it runs on over several lines, indent them more than the line where it starts.`,
  };
}

/** An alias must name an anchor set above it; checked here so toJS only ever fails on expansion. */
function checkAliases(doc: Document.Parsed, report: FileReporter, at: (o: number) => { line: number; col: number }): boolean {
  let ok = true;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return;
      const { line, col } = at(node.range?.[0] ?? 0);
      report.error(
        'bad-alias',
        `Alias "*${singleLine(node.source)}" names no anchor "&${singleLine(node.source)}" above it: define the anchor first, or write the text out.`,
        line,
        col,
      );
      ok = false;
    },
  });
  return ok;
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
