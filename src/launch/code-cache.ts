// Runs the bundled app with V8's code cache. Without one, every start parses
// and compiles the ~900 KB bundle again, then compiles each function on its
// first call: a third of the time to the TUI's first frame. vm.Script takes the
// bytecode V8 made last time instead, when V8 agrees it fits this source, this
// V8 and these flags (otherwise it compiles as usual).
//
// The cache is made once a command has run (the TUI: once its first frame is
// drawn and the keys answered), so it holds every function the command
// needed, not only those compiled before the bundle ran (as the
// v8-compile-cache package does). A TUI session, while idle, also replaces a
// cache that another command made and that lacks the TUI's code. It lives in the user's private cache folder
// (see cache/private-dir.ts), one file per install, bundle (the bundle's name
// carries its content hash) and Node version. Writing one removes this
// install's older ones, and any install's not written for a month: two
// installs sharing the folder keep each their own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { ownFiles, readOwnFile, removeOwnFile, writeOwnFile } from '../cache/folder.js';
import { installCodeCacheHook } from './hook.js';

const PREFIX = 'standpoint-';
const SUFFIX = '.v8cache';
/** Far above V8's cache for the ~900 KB bundle (a few MB): anything larger is not ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** A cache V8 took is written again only when this run compiled this much more (the TUI after `check`). */
const GROWN = 1.1;
/** Another install's cache unwritten this long is taken for one that was removed. */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/** The name every cache file of the install in `bundle`'s folder starts with. */
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
  /**
   * Writes the cache if it was missing or refused; true when written. With
   * `grow`, also replaces a good one that lacks much of what this run compiled.
   */
  save(options?: SaveOptions): boolean;
}

export interface SaveOptions {
  grow?: boolean;
}

/**
 * Compiles and runs a CommonJS bundle as Node's own loader would (same wrapper,
 * same arguments), with the code cache when there is a good one.
 */
export function runBundle(bundle: string, folder: string | undefined): Launched {
  const source = readFileSync(bundle, 'utf8');
  const file = folder ? cacheFileFor(folder, bundle) : undefined;
  let cachedData = file ? readOwnFile(file, MAX_CACHE_BYTES) : undefined;
  // V8 takes empty data as no data, but says nothing of refusing it.
  if (cachedData?.length === 0) cachedData = undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  const took = accepted ? (cachedData?.length ?? 0) : 0;
  let saved = false;
  const launched: Launched = {
    accepted,
    save({ grow = false } = {}) {
      if (saved || !file || !folder || (accepted && !grow)) return false;
      const data = script.createCachedData();
      if (accepted && data.length < took * GROWN) return false;
      saved = true;
      return writeCache(folder, file, bundle, data);
    },
  };
  installCodeCacheHook({ save: (options) => void launched.save(options) });
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return launched;
}

function writeCache(folder: string, file: string, bundle: string, data: Buffer): boolean {
  if (!writeOwnFile(file, data)) return false;
  const mine = installPrefix(bundle);
  const stale = Date.now() - STALE_MS;
  for (const old of ownFiles(folder, (n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX))) {
    if (old.path !== file && (old.name.startsWith(mine) || old.at < stale)) removeOwnFile(old.path);
  }
  return true;
}
