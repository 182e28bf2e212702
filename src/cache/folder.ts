// Where standpoint keeps what it may throw away: the user's cache folder.

import { homedir } from 'node:os';
import { join } from 'node:path';

/** $XDG_CACHE_HOME/standpoint, else ~/.cache/standpoint; undefined when there is no home. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env, home: () => string = homedir): string | undefined {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'standpoint');
  try {
    return join(home(), '.cache', 'standpoint');
  } catch {
    return undefined;
  }
}

/**
 * Whether a cache file may be trusted: the compiled code in it runs as the
 * user, so it must be the user's own and writable by no one else (a shared or
 * mistaken XDG_CACHE_HOME). Where there are no user ids (Windows), yes.
 */
export function ownFile(info: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0);
}

/** Folders and files of the cache are private to the user. */
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;
