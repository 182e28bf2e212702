// Runs the bundled app with V8's code cache. Without one, every start parses
// and compiles the ~900 KB bundle again, then compiles each function on its
// first call: a third of the time to the TUI's first frame. vm.Script takes the
// bytecode V8 made last time instead, when V8 agrees it fits this source, this
// V8 and these flags (otherwise it compiles as usual).
//
// The cache is made after a TUI session, so it holds every function the first
// frame needed, not only those compiled before the bundle ran (as the
// v8-compile-cache package does; Node's own module.enableCompileCache keeps
// only what was compiled before the module ran, and measured slower: see the
// README's Performance). It lives in the user's cache folder, one file per
// install (its folder), bundle (the name carries its content hash) and Node
// version; when a new one is written, the same install's older files are
// deleted, never another install's.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { FILE_MODE, FOLDER_MODE, ownFile } from '../cache/folder.js';
import { installCodeCacheHook } from './hook.js';

const PREFIX = 'standpoint-';
const SUFFIX = '.v8cache';

/** What the cache files of one install (the folder its bundle is in) start with. */
export function installPrefix(bundle: string): string {
  return `${PREFIX}${createHash('sha256').update(dirname(bundle)).digest('hex').slice(0, 12)}-`;
}

/** The cache file for a bundle under this Node: V8 itself rejects data from another V8 or other flags. */
export function cacheFileFor(folder: string, bundle: string): string {
  return join(folder, `${installPrefix(bundle)}${basename(bundle).replace(/\.c?js$/, '')}-${process.version}-${process.arch}${SUFFIX}`);
}

export interface Launched {
  /** Whether V8 took the cached code. */
  accepted: boolean;
  /** Writes the cache if it was missing or refused; true when written. */
  save(): boolean;
}

/**
 * Compiles and runs a CommonJS bundle as Node's own loader would (same wrapper,
 * same arguments), with the code cache when there is a good one.
 */
export function runBundle(bundle: string, folder: string | undefined): Launched {
  const source = readFileSync(bundle, 'utf8');
  const file = folder ? cacheFileFor(folder, bundle) : undefined;
  let cachedData: Buffer | undefined;
  try {
    if (file && ownFile(statSync(file))) cachedData = readFileSync(file);
    // V8 takes empty data as no data, but says nothing of refusing it.
    if (cachedData?.length === 0) cachedData = undefined;
  } catch {
    // No cache yet.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  let saved = false;
  const launched: Launched = {
    accepted,
    save() {
      if (accepted || saved || !file || !folder) return false;
      saved = true;
      return writeCache(folder, file, installPrefix(bundle), script.createCachedData());
    },
  };
  installCodeCacheHook({ save: () => void launched.save() });
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return launched;
}

function writeCache(folder: string, file: string, prefix: string, data: Buffer): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
    writeFileSync(temp, data, { mode: FILE_MODE });
    // Whole or not at all: another standpoint may be reading it right now.
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself is unusable: nothing was written.
    }
    return false;
  }
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && name.endsWith(SUFFIX) && join(folder, name) !== file) rmSync(join(folder, name), { force: true });
  }
  return true;
}
