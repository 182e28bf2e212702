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
