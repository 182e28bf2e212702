// Remembers each debate folder's loaded model between starts, so opening a
// debate whose files have not changed skips parsing and validating them (most
// of the time to the first frame: the YAML parser is slow until V8 has warmed
// it up). An entry is found by a fingerprint of everything the load reads (the
// folder's listing and the bytes of each YAML file) and of standpoint's own
// code, so a changed file, a new file or a new build is always loaded afresh.
// A missing, unreadable or damaged entry is only a slower start.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoadResult } from '../model/load.js';
import { MAX_FILE_BYTES } from '../model/terms.js';
import type { Actor, Model } from '../model/types.js';
import { VERSION } from '../version.js';
import { cacheFolder, FILE_MODE, FOLDER_MODE, ownFile } from './folder.js';

/** Debates remembered at most: the least recently written are forgotten first. */
const KEEP = 20;
/**
 * Larger debates are always loaded: writing the entry of one costs more
 * memory than the TUI can spare (a 6 MiB debate of 200 actors, 18 MB more at
 * its peak), and real debates are tens of KiB.
 */
export const MAX_REMEMBERED_BYTES = 2 * 1024 * 1024;
const YAML = /\.ya?ml$/i;
// In the bundle this is the bundle's file, whose name carries its content hash.
const CODE = `${VERSION} ${basename(fileURLToPath(import.meta.url))}`;

export interface RememberOptions {
  /** The cache folder; undefined remembers nothing. */
  folder?: string | undefined;
  load?: (dir: string) => Promise<LoadResult>;
}

/**
 * The debate as loadDebate gives it, from the cache when its files are
 * unchanged; from the cache, `texts` holds only the files that have a problem.
 */
export async function loadDebateRemembered(dirArg: string, opts: RememberOptions = { folder: cacheFolder() }): Promise<LoadResult> {
  const dir = resolve(dirArg);
  // The loader (and with it yaml and zod) is loaded only when the debate is not remembered.
  const load = opts.load ?? (async (d: string) => (await import('../model/load.js')).loadDebate(d));
  const folder = opts.folder && join(opts.folder, 'debates');
  const key = folder ? await fingerprint(dir) : undefined;
  if (!folder || !key) return load(dir);
  const file = join(folder, `${entryPrefix(dir)}${key}.bin`);
  try {
    return readEntry(file);
  } catch {
    // Not remembered yet, or damaged: load it.
  }
  const result = await load(dir);
  // Written behind the first frame; a failure only means loading again next time.
  const writing = remember(folder, dir, file, result).catch(() => undefined);
  inFlight.add(writing);
  void writing.finally(() => inFlight.delete(writing));
  return result;
}

const inFlight = new Set<Promise<unknown>>();

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
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // The load follows links: what a link points at counts, not the link.
      const kind = e.isSymbolicLink() ? `l${(await stat(join(dir, e.name))).isDirectory() ? 'd' : 'f'}` : e.isDirectory() ? 'd' : 'f';
      hash.update(`${e.name}\0${kind}\0`);
      if (!YAML.test(e.name) || kind.endsWith('d')) continue;
      // Too large, or not a file: the load reports it, and that is quick.
      if (!hashFile(join(dir, e.name), hash, total) || total.bytes > MAX_REMEMBERED_BYTES) return undefined;
      hash.update('\0');
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 32);
}

const chunk = Buffer.alloc(64 * 1024);

/** Adds a file's bytes to the hash through one small buffer (a large debate is megabytes); false when the load would refuse it. */
function hashFile(path: string, hash: Hash, total: { bytes: number }): boolean {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return false;
    total.bytes += info.size;
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
    return true;
  } finally {
    closeSync(fd);
  }
}

function entryPrefix(dir: string): string {
  return `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}-`;
}

async function remember(folder: string, dir: string, file: string, result: LoadResult): Promise<void> {
  await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeEntry(temp, result);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  // This folder's older entries, then the oldest beyond KEEP.
  const prefix = entryPrefix(dir);
  const names = (await readdir(folder)).filter((n) => n.endsWith('.bin'));
  const others = [];
  for (const name of names) {
    const path = join(folder, name);
    if (path === file) continue;
    if (name.startsWith(prefix)) await rm(path, { force: true });
    else others.push({ path, at: (await stat(path).catch(() => undefined))?.mtimeMs ?? 0 });
  }
  others.sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP - 1)) await rm(old.path, { force: true });
}

// An entry is a run of records, each a 4-byte length and a value in V8's
// serialisation: first the model without its actors (and the texts), then one
// actor per record. Stored and read an actor at a time, a debate of thousands
// of positions never needs a second copy of itself in one buffer.

async function writeEntry(path: string, result: LoadResult): Promise<void> {
  const { actors } = result.model;
  // Texts are kept for code frames, which only files with a problem show; the
  // model's own strings are copies once stored, so the rest would count twice.
  const shown = new Set(result.model.diagnostics.map((d) => d.file));
  const texts = new Map([...result.texts].filter(([f]) => shown.has(f)));
  const head = { model: { ...result.model, actors: [], positions: new Map() }, texts, actors: actors.length };
  const out = await open(path, 'w', FILE_MODE);
  try {
    for (const value of [head, ...actors]) {
      const body = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      await out.write(length);
      await out.write(body);
    }
  } finally {
    await out.close();
  }
}

function readEntry(path: string): LoadResult {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (!ownFile(info)) throw new Error('not the user’s own file');
    const { size } = info;
    let at = 0;
    const next = (): unknown => {
      const length = Buffer.alloc(4);
      if (readSync(fd, length, 0, 4, at) !== 4) throw new Error('cut short');
      const body = Buffer.alloc(length.readUInt32LE());
      if (at + 4 + body.length > size || readSync(fd, body, 0, body.length, at + 4) !== body.length) throw new Error('cut short');
      at += 4 + body.length;
      return deserialize(body);
    };
    const head = next() as { model: Model; texts: Map<string, string>; actors: number };
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
