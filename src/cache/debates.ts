// Remembers each debate folder's loaded model between starts, so opening a
// debate whose files have not changed skips parsing and validating them (most
// of the time to the first frame: the YAML parser is slow until V8 has warmed
// it up). An entry is found by a fingerprint of everything the load reads (the
// folder's listing and the bytes of each YAML file) and of standpoint's own
// code, so a changed file, a new file or a new build is always loaded afresh.
// A missing, unreadable or damaged entry is only a slower start. Each entry
// names the debate it holds (its folder, as opened and as really is, and the
// fingerprint), and is used only for that debate: a renamed or copied entry
// never shows one debate's content as another's.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { type FileHandle, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoadResult } from '../model/load.js';
import { within } from '../model/regular-file.js';
import { MAX_FILE_BYTES } from '../model/terms.js';
import type { Actor, Model } from '../model/types.js';
import { VERSION } from '../version.js';
import { RememberedFiles } from './files.js';
import { CREATE_FLAGS, FILE_MODE, openOwnFile, ownFiles, removeOwnFile, tempName } from './folder.js';
import { privateCacheDir } from './private-dir.js';

/** Debates remembered at most: the least recently written are forgotten first. */
const KEEP = 20;
/**
 * Larger debates are always loaded: writing the entry of one costs more
 * memory than the TUI can spare (a 6 MiB debate of 200 actors, 18 MB more at
 * its peak), and real debates are tens of KiB.
 */
export const MAX_REMEMBERED_BYTES = 2 * 1024 * 1024;
/** An entry is a few times its debate's size: anything far larger is not one of ours. */
const MAX_ENTRY_BYTES = 64 * MAX_REMEMBERED_BYTES;
const YAML = /\.ya?ml$/i;
// In the bundle this is the bundle's file, whose name carries its content hash.
const CODE = `${VERSION} ${basename(fileURLToPath(import.meta.url))}`;

export interface RememberOptions {
  /** The folder of entries, checked by privateCacheDir; undefined remembers nothing. */
  folder?: string | undefined;
  /** The folder of actor file entries (files.ts), used by the default load; undefined parses every file. */
  files?: string | undefined;
  load?: (dir: string) => Promise<LoadResult>;
}

/**
 * The debate as loadDebate gives it, from the cache when its files are
 * unchanged; from the cache, `texts` holds only the files that have a problem.
 */
export async function loadDebateRemembered(dirArg: string, opts?: RememberOptions): Promise<LoadResult> {
  const dir = resolve(dirArg);
  // The loader (and with it yaml and zod) is loaded only when the debate is not remembered.
  const files = opts ? opts.files : privateCacheDir('files');
  const load = opts?.load ?? ((d: string) => loadFileByFile(d, files));
  const folder = opts ? opts.folder : privateCacheDir('debates');
  const key = folder ? await fingerprint(dir) : undefined;
  if (!folder || !key) return load(dir);
  const file = join(folder, `${entryPrefix(dir)}${key}.bin`);
  const id: EntryId = { dir, real: await realpath(dir), key };
  try {
    return readEntry(file, id);
  } catch {
    // Not remembered yet, or damaged: load it.
  }
  const result = await load(dir);
  // Written behind the first frame; a failure only means loading again next time.
  track(remember(folder, id, file, result));
  return result;
}

/**
 * The debate loaded with each actor file's entry in `files` standing in for
 * parsing it (any size: a large debate has no whole entry, and an edit changes
 * one file).
 */
async function loadFileByFile(dir: string, files: string | undefined): Promise<LoadResult> {
  // The loader (and with it yaml and zod) is loaded only when the debate is not remembered whole.
  const { loadDebate } = await import('../model/load.js');
  if (!files) return loadDebate(dir);
  const memory = new RememberedFiles(files, dir, await realpath(dir).catch(() => dir), CODE);
  const result = await loadDebate(dir, { unchanged: memory });
  // Behind the first frame: the entries of files that changed since are forgotten.
  track(new Promise<void>((done) => setTimeout(done, 1000).unref()).then(() => memory.prune()));
  // Texts are kept for code frames, which only files with a problem show.
  return { model: result.model, texts: shownTexts(result) };
}

const inFlight = new Set<Promise<unknown>>();

function track(work: Promise<unknown>): void {
  const settling = work.catch(() => undefined);
  inFlight.add(settling);
  void settling.finally(() => inFlight.delete(settling));
}

/** Resolves once every entry being written has been written (or has failed). */
export async function settled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}

/**
 * A hash of what loading `dir` reads, or undefined when the debate is not to
 * be remembered: something there cannot be read as the load would, or it is
 * larger than MAX_REMEMBERED_BYTES.
 */
export async function fingerprint(dir: string): Promise<string | undefined> {
  const hash = createHash('sha256').update(`${CODE}\0${dir}\0`);
  const total = { bytes: 0 };
  try {
    const root = await realpath(dir);
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // The load follows links: what a link points at counts, not the link.
      const kind = e.isSymbolicLink() ? `l${(await stat(join(dir, e.name))).isDirectory() ? 'd' : 'f'}` : e.isDirectory() ? 'd' : 'f';
      hash.update(`${e.name}\0${kind}\0`);
      if (!YAML.test(e.name) || kind.endsWith('d')) continue;
      // Too large, not a file, or outside the folder: the load reports it, and that is quick.
      if (!hashFile(join(dir, e.name), root, hash, total) || total.bytes > MAX_REMEMBERED_BYTES) return undefined;
      hash.update('\0');
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 32);
}

const chunk = Buffer.alloc(64 * 1024);

/**
 * Adds a file's bytes to the hash through one small buffer (a large debate is
 * megabytes); false when the load would refuse it. Read as the load reads
 * (read.ts): never outside the folder, never waiting on a FIFO, never past the limit.
 */
function hashFile(path: string, root: string, hash: Hash, total: { bytes: number }): boolean {
  const real = realpathSync(path);
  if (!within(real, root)) return false;
  const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return false;
    let bytes = 0;
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      bytes += n;
      if (bytes > MAX_FILE_BYTES) return false;
      hash.update(chunk.subarray(0, n));
    }
    total.bytes += bytes;
    return true;
  } finally {
    closeSync(fd);
  }
}

function entryPrefix(dir: string): string {
  return `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}-`;
}

/** What an entry holds: the debate folder as opened and as it really is, and the fingerprint of its files. */
interface EntryId {
  dir: string;
  real: string;
  key: string;
}

const ENTRY = /^[0-9a-f]{16}-[0-9a-f]{32}\.bin$/;

async function remember(folder: string, id: EntryId, file: string, result: LoadResult): Promise<void> {
  // A new name, made exclusively: nothing planted at it is ever written through.
  const temp = tempName(file);
  const out = await open(temp, CREATE_FLAGS, FILE_MODE);
  try {
    try {
      await writeEntry(out, id, result);
    } finally {
      await out.close();
    }
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  // This folder's older entries, then the oldest beyond KEEP: only the user's own files, never through a link.
  const prefix = entryPrefix(id.dir);
  const others = [];
  for (const entry of ownFiles(folder, (n) => ENTRY.test(n))) {
    if (entry.path === file) continue;
    if (entry.name.startsWith(prefix)) removeOwnFile(entry.path);
    else others.push(entry);
  }
  others.sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP - 1)) removeOwnFile(old.path);
}

// An entry is a run of records, each a 4-byte length and a value in V8's
// serialisation: first the model without its actors (and the texts), then one
// actor per record. Stored and read an actor at a time, a debate of thousands
// of positions never needs a second copy of itself in one buffer.

async function writeEntry(out: FileHandle, id: EntryId, result: LoadResult): Promise<void> {
  const { actors } = result.model;
  // The model's own strings are copies once stored, so texts beyond these would count twice.
  const texts = shownTexts(result);
  const head = { id, model: { ...result.model, actors: [], positions: new Map() }, texts, actors: actors.length };
  for (const value of [head, ...actors]) {
    const body = serialize(value);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(body.length);
    await out.write(length);
    await out.write(body);
  }
}

/** Texts are kept for code frames, which only files with a problem show. */
function shownTexts(result: LoadResult): Map<string, string> {
  const shown = new Set(result.model.diagnostics.map((d) => d.file));
  return new Map([...result.texts].filter(([f]) => shown.has(f)));
}

function readEntry(path: string, id: EntryId): LoadResult {
  const { fd, size } = openOwnFile(path, MAX_ENTRY_BYTES);
  try {
    let at = 0;
    const next = (): unknown => {
      const length = Buffer.alloc(4);
      if (readSync(fd, length, 0, 4, at) !== 4) throw new Error('cut short');
      const n = length.readUInt32LE();
      if (at + 4 + n > size) throw new Error('cut short');
      const body = Buffer.alloc(n);
      if (readSync(fd, body, 0, n, at + 4) !== n) throw new Error('cut short');
      at += 4 + n;
      return deserialize(body);
    };
    const head = next() as { id?: EntryId; model: Model; texts: Map<string, string>; actors: number };
    if (head.id?.dir !== id.dir || head.id.real !== id.real || head.id.key !== id.key) throw new Error('an entry for another debate');
    const { model } = head;
    for (let i = 0; i < head.actors; i++) {
      const actor = next() as Actor;
      model.actors.push(actor);
      // As resolve.ts builds it: every position, by key, in actor order.
      for (const p of actor.positions) model.positions.set(p.key, p);
    }
    if (at !== size) throw new Error('unexpected data at the end');
    return { model, texts: head.texts };
  } finally {
    closeSync(fd);
  }
}
