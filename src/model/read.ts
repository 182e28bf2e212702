// Reads one YAML file into a parsed document, turning every way a file can be
// unreadable into a located diagnostic instead of an exception.
import { lstatSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Document, type LineCounter, Parser } from 'yaml';
import { checkAndSanitize, firstAlias, MAX_ALIASES } from './check-document.js';
import { parseCleanYaml } from './clean-yaml.js';
import { composeFirst, countLines, firstTooDeep, MAX_DEPTH } from './compose-yaml.js';
import { decode } from './decode.js';
import { type Diagnostic, FileReporter } from './diagnostics.js';
import type { Spot } from './locate.js';
import { readRegularFile, within } from './regular-file.js';
import { isClean } from './sanitize.js';
import { firstLine, reportSyntaxErrors } from './syntax-errors.js';
import { describeFsError, MAX_FILE_BYTES } from './terms.js';

export { describeFsError, MAX_DEPTH, MAX_FILE_BYTES };

export interface ReadFile {
  file: string;
  /** The decoded text (BOM removed), when the file could be decoded. */
  text?: string;
  doc?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The plain data, sanitised, when the YAML itself was sound. */
  data?: unknown;
  /**
   * Where each node starts, when the fast reader (clean-yaml.ts) took the file:
   * then there is no `doc`, and a file that turns out to have any problem is
   * parsed again with parseYamlText, the full way.
   */
  spots?: Spot;
  diagnostics: Diagnostic[];
}

/**
 * Reads and parses a YAML file. `unchanged`, given the decoded text (line
 * breaks as the parser sees them), may say the
 * file is as it was when last parsed: then it is not parsed again (no doc, no
 * data), and the caller reuses what it built from it. `fast`: a clean file
 * may be read by the fast reader (see `spots`).
 */
export async function readYamlFile(file: string, unchanged?: (text: string) => boolean, root?: string, fast = false): Promise<ReadFile> {
  const report = new FileReporter(file);
  const result: ReadFile = { file, diagnostics: report.list };
  let bytes: Buffer;
  try {
    // A link may point anywhere: what lies outside the debate folder (a key, a
    // password file) is never read, so never echoed in a code frame. (Only a
    // link needs resolving: a plain entry of the folder is inside it.)
    const folder = root ?? (await realpath(dirname(file)));
    // Synchronous, as the read itself (regular-file.ts): awaiting a stat per file costs more than the stat.
    const real = lstatSync(file).isSymbolicLink() ? await realpath(file) : join(folder, basename(file));
    if (!within(real, folder)) {
      report.error(
        'outside-folder',
        'This is a link to a file outside the debate folder, which is never read: copy the file into the folder instead.',
      );
      return result;
    }
    const read = await readRegularFile(real, MAX_FILE_BYTES, { noFollow: true });
    if (!read.ok) {
      if (read.why === 'folder') report.error('not-a-file', 'This is a folder, not a YAML file: rename it so it does not end in .yaml.');
      else if (read.why === 'special')
        report.error('not-a-file', `This is ${read.what}, not a file, so it is not read: remove it or put the actor file here.`);
      else {
        const limit = size(MAX_FILE_BYTES);
        const over =
          read.size === undefined ? `File is larger than the limit of ${limit}` : `File is ${size(read.size)}; the limit is ${limit}`;
        report.error('file-too-large', `${over}. Split the actor's positions or trim the text.`);
      }
      return result;
    }
    bytes = read.bytes;
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
  if (unchanged) {
    const same = normalise(text);
    if (unchanged(same)) {
      result.text = same;
      return result;
    }
  }
  parseInto(result, text, report, fast);
  return result;
}

/** YAML counts a lone CR as a line break but the yaml library does not; same length, so offsets hold. */
function normalise(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

/** Parses already-decoded text; exported so tests and fuzzing can skip the disk. */
export function parseYamlText(file: string, text: string): ReadFile {
  const report = new FileReporter(file);
  const result: ReadFile = { file, text, diagnostics: report.list };
  parseInto(result, text, report);
  return result;
}

function parseInto(result: ReadFile, source: string, report: FileReporter, fast = false): void {
  const text = normalise(source);
  result.text = text;
  const clean = fast ? parseCleanYaml(text) : undefined;
  if (clean) {
    result.data = clean.data;
    result.spots = clean.spots;
    result.lineCounter = countLines(text);
    return;
  }
  if (/^\s*$/.test(text.replace(/^\s*#.*$/gm, ''))) {
    report.error('empty-file', 'File has no content: fill it in (see `standpoint new`) or delete it.');
    return;
  }
  const lineCounter = countLines(text);
  const at = (offset: number) => lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
  let doc: Document.Parsed | undefined;
  // The parser makes an Error object for every problem it meets; their stack
  // traces are never read, and on a garbage file they cost most of the time and memory.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // parseDocument's own steps, split so the depth can be checked on the
    // syntax tree before the recursive composer can overflow the stack.
    const tokens = Array.from(new Parser().parse(text));
    // After a stray token at the top level the document is over, and every token
    // after it would be one more error: only the first is ever reported.
    const stray = tokens.findIndex((t) => t.type === 'error');
    if (stray !== -1) tokens.length = stray + 1;
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
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  result.doc = doc;
  result.lineCounter = lineCounter;

  const syntaxErrors = reportSyntaxErrors(doc, text, at, report);
  for (const w of doc.warnings) {
    const { line, col } = at(w.pos[0]);
    if (w.code === 'TAG_RESOLVE_FAILED') {
      report.error('unknown-tag', `${firstLine(w.message)}. Tags are not allowed here: remove it and write plain text.`, line, col);
    } else if (syntaxErrors === 0) {
      // Beside a syntax error a warning is only more of the same confusion.
      const fix =
        w.code === 'BAD_DIRECTIVE'
          ? 'Remove the line that starts with %, or put its text in quotes.'
          : 'Check that this line says what you meant.';
      report.warn('yaml', `${firstLine(w.message).replace(/\.?$/, '.')} ${fix}`, line, col);
    }
  }
  if (report.list.some((d) => d.severity === 'error')) return;
  // Only an alias (written with *) or a control character can fail the walk, and in
  // YAML a control character is either in the text or written as a \ escape: a
  // file with none of these (most files) is sound as it stands.
  if ((!isClean(text) || text.includes('\\') || text.includes('*')) && !checkAndSanitize(doc, report, at)) return;

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

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
