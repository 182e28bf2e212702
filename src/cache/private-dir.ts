// Where standpoint keeps what it may throw away, and whether it may keep it
// there at all. The cache holds compiled code that runs as the user and models
// that are shown as the user's debates, so a folder someone else could write
// (a shared XDG_CACHE_HOME, a sticky /tmp subfolder) is not used: another user
// could plant links for the cache to write through, or entries for it to show.
import { lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import envPaths from 'env-paths';
import { FOLDER_MODE, ownFile } from './folder.js';

const NAME = 'standpoint';

/**
 * The user's cache folder for standpoint: $XDG_CACHE_HOME/standpoint when that
 * is an absolute path (a relative one is ignored, as the XDG spec says), else
 * the platform's convention: ~/.cache/standpoint on Linux and the like;
 * ~/Library/Caches and %LOCALAPPDATA% as the env-paths library gives them on
 * macOS and Windows. Undefined when there is no usable home.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, NAME);
  if (process.platform === 'darwin' || process.platform === 'win32') return envPaths(NAME, { suffix: '' }).cache;
  try {
    const h = home();
    return isAbsolute(h) ? join(h, '.cache', NAME) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `<cache root>/<sub>`, made (mode 0700) if need be, when it is safe to use:
 * the root and every folder on the way to `sub` is a real folder (not a link),
 * the user's own, and writable by no one else. Otherwise undefined, and the
 * app runs without a cache. Files inside are then the user's alone to make,
 * rename and remove.
 */
export function privateCacheDir(sub: string, root: string | undefined = cacheRoot()): string | undefined {
  if (!root || !isAbsolute(root)) return undefined;
  try {
    // Above the root (~/.cache, or the XDG folder) is the user's set-up: made if missing, not judged.
    mkdirSync(dirname(root), { recursive: true, mode: FOLDER_MODE });
  } catch {
    return undefined;
  }
  let path = root;
  for (const step of ['', ...sub.split(/[\\/]+/).filter(Boolean)]) {
    path = step ? join(path, step) : path;
    try {
      mkdirSync(path, { mode: FOLDER_MODE });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    try {
      // lstat: a link here, even to a good folder, could be re-pointed by whoever made it.
      const info = lstatSync(path);
      if (!info.isDirectory() || !ownFile(info)) return undefined;
    } catch {
      return undefined;
    }
  }
  return path;
}
