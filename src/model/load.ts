// Reads a debate folder: debate.yaml plus one file per actor. Every file is
// read, parsed and validated on its own, so one broken file is reported and
// the others still load. References across files are checked in resolve.ts.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve as resolvePath } from 'node:path';
import type { LineCounter, Node } from 'yaml';
import { buildActor, knownFrom, knownFromModel } from './build-actor.js';
import { type Diagnostic, FileReporter, sortDiagnostics } from './diagnostics.js';
import { goodDebate, hasErrors } from './last-good.js';
import { lint, placeholders } from './lint.js';
import type { ActorFile, BuiltActor, Known, Loaded } from './loading.js';
import { findSpot, type PathSegment, type Spot, spotsOf } from './locate.js';
import { plainCheck } from './plain-check.js';
import { checkQuotes } from './quotes.js';
import { parseYamlText, type ReadFile, readYamlFile } from './read.js';
import { resolveModel } from './resolve.js';
import { Actor as ActorSchema, Debate as DebateSchema, type DebateT, ID_PATTERN } from './schema.js';
import { DEBATE_FILE, isEditorLeftover } from './terms.js';
import type { Location, Model } from './types.js';
import { type FileMemory, knownKey } from './unchanged.js';
import { type Names, validate } from './validate.js';

export { DEBATE_FILE };

const YAML_EXT = new Set(['.yaml', '.yml']);

export interface LoadOptions {
  /** The model shown before this load: broken actor files keep their last good version from it. */
  previous?: Model;
  /** Run the lint rules (warnings). Default true. */
  lint?: boolean;
  /** What earlier loads of this folder built from each actor file, reused where the file is unchanged (live reload). */
  unchanged?: FileMemory;
}

export interface LoadResult {
  model: Model;
  /** Decoded text of every file read, for code frames. */
  texts: Map<string, string>;
}

export async function loadDebate(dirArg: string, options: LoadOptions = {}): Promise<LoadResult> {
  const dir = resolvePath(dirArg);
  const debateFile = join(dir, DEBATE_FILE);
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();

  let names: string[] = [];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    const report = new FileReporter(dir);
    report.error('unreadable', `Cannot read the debate folder (${(err as NodeJS.ErrnoException).code ?? err}).`);
    diagnostics.push(...report.list);
  }

  const actorFiles: ActorFile[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    if (name === DEBATE_FILE || isEditorLeftover(name)) continue;
    if (!YAML_EXT.has(ext)) {
      if (ext !== '.md' && !/^(readme|license|licence)/i.test(name)) await noteIgnored(join(dir, name), diagnostics);
      continue;
    }
    const file = join(dir, name);
    const id = basename(name, extname(name));
    const report = new FileReporter(file);
    if (!ID_PATTERN.test(id)) {
      const suggestion =
        id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'actor';
      report.error('bad-id', `The file name is the actor's id and must be lower-kebab-case: rename it to "${suggestion}${ext}".`);
      diagnostics.push(...report.list);
      continue;
    }
    const other = seen.get(id);
    if (other) {
      report.error('duplicate-id', `Actor "${id}" is defined twice (also in ${basename(other)}): keep one file.`);
      diagnostics.push(...report.list);
      continue;
    }
    seen.set(id, file);
    actorFiles.push({ id, file });
  }

  // Files are read only from inside the folder's real path (links may point out of it).
  const root = await realpath(dir).catch(() => dir);
  const hasDebate = names.includes(DEBATE_FILE);
  let debate: Loaded<DebateT> | undefined;
  let debateBroken = false;
  if (hasDebate) {
    const from = diagnostics.length;
    const read = await readYamlFile(debateFile, undefined, root, true);
    debate =
      acceptClean(read, DebateSchema, texts) ?? accept(fully(read), DebateSchema, ['issues', 'sources', 'discussion'], diagnostics, texts);
    debateBroken = hasErrors(diagnostics.slice(from));
  } else if (names.length > 0 || diagnostics.length === 0) {
    const report = new FileReporter(debateFile);
    report.error('missing-debate', 'No debate.yaml here: create one with `standpoint new debate ID`, or open the folder that holds it.');
    diagnostics.push(...report.list);
  }
  // Each actor is built as soon as its file is read and validated, and the
  // file's syntax tree and data dropped. One file at a time: reading several at
  // once interleaves their parsing, holding several trees at once (measured:
  // a third more peak memory on a 200-actor debate, and no faster).
  // A debate.yaml broken mid-edit is shown as its last good version (see
  // watch/keep-debate.ts): the actor files are checked against that one, so its
  // errors do not turn into errors in actor files that did not change.
  const lastGood = debateBroken && options.previous && goodDebate(options.previous) ? options.previous : undefined;
  const known = lastGood ? knownFromModel(lastGood) : knownFrom(debate);
  const kept = options.unchanged;
  const against = kept ? knownKey(known) : '';
  for (const a of actorFiles) Object.assign(a, await buildFromFile(a, root, known, diagnostics, texts, kept, against));
  kept?.retain(new Set(actorFiles.map((a) => a.file)));

  const model = resolveModel(dir, debateFile, debate, actorFiles, diagnostics, options.previous);
  if (options.lint !== false) {
    const broken = new Set(diagnostics.filter((x) => x.severity === 'error').map((x) => x.file));
    diagnostics.push(...lint(model, broken), ...placeholders(texts));
  }
  if ([...model.sources.values()].some((s) => s.text !== undefined))
    diagnostics.push(...(await checkQuotes(model, options.lint !== false)));
  model.diagnostics = sortDiagnostics(diagnostics);
  return { model, texts };
}

/**
 * One actor file, read and built (or taken unchanged from the last load). Its
 * own function, so that the file's syntax tree is let go when it returns.
 */
async function buildFromFile(
  a: ActorFile,
  root: string,
  known: Known,
  diagnostics: Diagnostic[],
  texts: Map<string, string>,
  kept: FileMemory | undefined,
  against: string,
): Promise<{ built: BuiltActor | undefined; broken: boolean }> {
  const unread = kept?.takeUnread?.(a.file, against);
  if (unread) {
    if (unread.text !== undefined) texts.set(a.file, unread.text);
    diagnostics.push(...unread.diagnostics);
    return { built: unread.built, broken: hasErrors(unread.diagnostics) };
  }
  let same: ReturnType<FileMemory['take']>;
  let read = await readYamlFile(a.file, kept && ((text) => (same = kept.take(a.file, text, against)) !== undefined), root, true);
  if (same) {
    if (read.text !== undefined) texts.set(a.file, read.text);
    diagnostics.push(...same.diagnostics);
    return { built: same.built, broken: hasErrors(same.diagnostics) };
  }
  const from = diagnostics.length;
  let loaded = acceptClean(read, ActorSchema, texts);
  let built = loaded && buildActor(a.id, loaded, known.knowIssues, known, diagnostics);
  if (!built || diagnostics.length > from) {
    // Not read fast, or read fast yet not clean: every diagnostic of the file comes from the full path.
    diagnostics.length = from;
    read = fully(read);
    loaded = accept(read, ActorSchema, ['positions', 'people'], diagnostics, texts, known.names);
    built = loaded && buildActor(a.id, loaded, known.knowIssues, known, diagnostics);
  }
  const own = diagnostics.slice(from);
  kept?.keep(a.file, read.text, against, built, own);
  return { built, broken: hasErrors(own) };
}

/**
 * A file the fast reader took (clean-yaml.ts), when it is valid as it is;
 * undefined otherwise, and then the file goes the full way (`fully`, `accept`),
 * so that its diagnostics are exactly those of any file with a problem.
 */
function acceptClean<T>(read: ReadFile, schema: Parameters<typeof validate<T>>[0], texts: Map<string, string>): Loaded<T> | undefined {
  if (!read.spots || !read.lineCounter || read.text === undefined) return undefined;
  const value = plainCheck(schema, read.data);
  if (value === undefined) return undefined;
  texts.set(read.file, read.text);
  const origin = new Map<string, number[]>();
  return { file: read.file, value, origin, dropped: new Map(), at: locator(read.file, read.spots, read.lineCounter, origin) };
}

/** The file parsed the full way, if the fast reader read it. */
function fully(read: ReadFile): ReadFile {
  return read.spots && read.text !== undefined ? parseYamlText(read.file, read.text) : read;
}

function accept<T>(
  read: ReadFile,
  schema: Parameters<typeof validate<T>>[0],
  salvage: readonly string[],
  diagnostics: Diagnostic[],
  texts: Map<string, string>,
  names?: Names,
): Loaded<T> | undefined {
  diagnostics.push(...read.diagnostics);
  if (read.text !== undefined) texts.set(read.file, read.text);
  if (read.data === undefined || !read.doc || !read.lineCounter || read.text === undefined) return undefined;
  const report = new FileReporter(read.file);
  const parsed = { text: read.text, doc: read.doc, lineCounter: read.lineCounter, data: read.data };
  const result = validate(schema, parsed, report, salvage, names);
  diagnostics.push(...report.list);
  if (result.value === undefined) return undefined;
  return {
    file: read.file,
    value: result.value,
    origin: result.origin,
    dropped: droppedIds(read.data, result.origin),
    at: locator(read.file, spotsOf(read.doc.contents as Node | null), read.lineCounter, result.origin),
  };
}

function droppedIds(data: unknown, origin: Map<string, number[]>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, kept] of origin) {
    const list = (data as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    const keep = new Set(kept);
    const ids = new Set<string>();
    list.forEach((item, i) => {
      if (keep.has(i) || !item || typeof item !== 'object') return;
      for (const value of Object.values(item)) if (typeof value === 'string') ids.add(value);
    });
    out.set(key, ids);
  }
  return out;
}

/**
 * Locates a data path of the validated (possibly salvaged) value in the file.
 * It keeps only where each node starts, not the document, so a file's syntax
 * tree (many times the size of its data) is freed once the file is validated.
 */
function locator(file: string, spots: Spot | undefined, lc: LineCounter, origin: Map<string, number[]>) {
  const starts = lc.lineStarts;
  let hint = 0;
  return (path: readonly PathSegment[]): Location => {
    let real = path;
    const [top, index] = path;
    const map = origin.size > 0 && typeof top === 'string' && typeof index === 'number' ? origin.get(top) : undefined;
    if (map && typeof index === 'number') {
      const copy = [...path];
      copy[1] = map[index] ?? index;
      real = copy;
    }
    const offset = findSpot(spots, real);
    if (offset < 0) return { file, line: 1, col: 1 };
    // lc.linePos, without the object it returns: this runs for every item of every file.
    // Items are mostly asked for in file order, a few lines apart: the lines after the last one found are tried first.
    let low = 0;
    let high = starts.length;
    let i = hint;
    if (i < high && (starts[i] as number) < offset) {
      for (let step = 0; step < 8 && i + 1 < high && (starts[i + 1] as number) < offset; step++) i++;
      low = i + 1;
      if (!(low < high && (starts[low] as number) < offset)) high = low;
    }
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    hint = low > 0 ? low - 1 : 0;
    if (starts[low] === offset) return { file, line: low + 1, col: 1 };
    if (low === 0) return { file, line: 0, col: offset };
    return { file, line: low, col: offset - (starts[low - 1] as number) + 1 };
  };
}

async function noteIgnored(file: string, diagnostics: Diagnostic[]) {
  const report = new FileReporter(file);
  let folder = false;
  try {
    folder = (await stat(file)).isDirectory();
  } catch {
    // A dangling link or unreadable entry is just as ignored; say so below.
  }
  if (!folder) {
    report.warn('ignored-file', 'Not a .yaml file, so it is ignored: rename it to .yaml if it holds an actor.');
    diagnostics.push(...report.list);
  }
}
