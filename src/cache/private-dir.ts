// Where standpoint keeps what it may throw away: the platform's cache folder
// (env-paths: ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on
// Windows), in a folder of the user's own that no one else can write.
import { lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import envPaths from 'env-paths';

/** `<cache root>/standpoint/<sub>`, made private to the user; undefined when the cache must not be used. */
export function privateCacheDir(sub: string): string | undefined {
  let root: string;
  try {
    root = envPaths('standpoint', { suffix: '' }).cache;
    // A relative XDG_CACHE_HOME is to be ignored (XDG base directory spec).
    if (!isAbsolute(root)) root = join(homedir(), '.cache', 'standpoint');
  } catch {
    return undefined;
  }
  const dir = join(root, sub);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return [root, dir].every(privateFolder) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A real folder (not a link), the user's own, writable by no one else. Where there are no user ids (Windows), any folder. */
function privateFolder(path: string): boolean {
  const info = lstatSync(path);
  const uid = process.getuid?.();
  return info.isDirectory() && (uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0));
}
