// Remembers each debate folder's loaded model between starts, so opening a
// debate whose files have not changed skips parsing and validating them (most
// of the time to the first frame: the YAML parser is slow until V8 has warmed
// it up). An entry is found by a fingerprint of everything the load reads (the
// folder's listing and the bytes of each YAML file) and of standpoint's own
// code, so a changed file, a new file or a new build is always loaded afresh.
// A missing, unreadable or damaged entry is only a slower start.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { type LoadResult, loadDebate } from '../model/load.js';
import { MAX_FILE_BYTES } from '../model/read.js';
import { VERSION } from '../version.js';
import { cacheFolder } from './folder.js';

/** Debates remembered at most: the least recently written are forgotten first. */
const KEEP = 20;
const YAML = /\.ya?ml$/i;
// In the bundle this is the bundle's file, whose name carries its content hash.
const CODE = `${VERSION} ${basename(fileURLToPath(import.meta.url))}`;

export interface RememberOptions {
  /** The cache folder; undefined remembers nothing. */
  folder?: string | undefined;
  load?: (dir: string) => Promise<LoadResult>;
}

/** The debate as loadDebate gives it, from the cache when its files are unchanged. */
export async function loadDebateRemembered(dirArg: string, opts: RememberOptions = { folder: cacheFolder() }): Promise<LoadResult> {
  const dir = resolve(dirArg);
  const load = opts.load ?? loadDebate;
  const folder = opts.folder && join(opts.folder, 'debates');
  const key = folder ? await fingerprint(dir) : undefined;
  if (!folder || !key) return load(dir);
  const file = join(folder, `${entryPrefix(dir)}${key}.bin`);
  try {
    return deserialize(await readFile(file)) as LoadResult;
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

/** A hash of what loading `dir` reads, or undefined when something there cannot be read as the load would. */
export async function fingerprint(dir: string): Promise<string | undefined> {
  const hash = createHash('sha256').update(`${CODE}\0${dir}\0`);
  try {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const kind = e.isFile() ? 'f' : e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'o';
      hash.update(`${e.name}\0${kind}\0`);
      if (!YAML.test(e.name) || kind === 'd') continue;
      const path = join(dir, e.name);
      const info = await stat(path);
      // Too large, or not a file: the load reports it, and that is quick.
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
      hash.update(await readFile(path));
      hash.update('\0');
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 32);
}

function entryPrefix(dir: string): string {
  return `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}-`;
}

async function remember(folder: string, dir: string, file: string, result: LoadResult): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, serialize(result));
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
