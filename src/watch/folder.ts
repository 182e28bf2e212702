// Tells when anything in a debate folder may have changed. One watch on the
// folder itself (not one per file): it sees files written, created, deleted
// and renamed over, which covers every way editors save, and the loader
// rereads the whole folder anyway. When the folder goes away, or is replaced
// by another one of the same name, it looks again at the path until there is
// a folder to watch. Where the system cannot watch (no inotify watches left,
// a network drive), it compares the folder's listing every so often instead.
import { type FSWatcher, readdirSync, type Stats, statSync, watch } from 'node:fs';
import { basename, join } from 'node:path';
import { isEditorLeftover } from '../model/terms.js';

export interface FolderWatchOptions {
  /** How often to look for a missing folder, or to compare listings when the system cannot watch. */
  pollMs?: number;
  /** The file-system watch to use (tests stand in one that fails). */
  watch?: typeof watch;
}

export interface FolderWatch {
  /**
   * Looks at the folder now: watches it again if it was replaced, starts
   * looking for it if it is gone. True when it is there.
   */
  check(): boolean;
  /** Whether changes are seen by comparing listings (the system would not watch). */
  readonly polling: boolean;
  close(): void;
}

export function watchFolder(dir: string, onChange: () => void, opts: FolderWatchOptions = {}): FolderWatch {
  const pollMs = opts.pollMs ?? 500;
  const startFsWatch = opts.watch ?? watch;
  const self = basename(dir);
  let watcher: FSWatcher | undefined;
  let watchedIno: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let listing: string | undefined;
  let polling = false;
  let closed = false;

  const stopTimer = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const stopWatch = () => {
    watcher?.close();
    watcher = undefined;
    watchedIno = undefined;
  };

  const onEvent = (_event: string, name: string | Buffer | null) => {
    const file = name === null ? undefined : String(name);
    if (file !== undefined && file !== self && isEditorLeftover(file)) return;
    onChange();
  };

  const startWatch = (st: Stats) => {
    stopTimer();
    stopWatch();
    try {
      // Not persistent: watching never keeps the program alive on its own.
      watcher = startFsWatch(dir, { persistent: false }, onEvent);
      watcher.on('error', () => {
        // The folder was removed or became unreadable: find out which on the next check.
        stopWatch();
        onChange();
      });
      watchedIno = st.ino;
      polling = false;
    } catch {
      // ENOSPC (no inotify watches left), EMFILE, or a file system that cannot be watched.
      polling = true;
      watchedIno = st.ino;
      listing = listingOf(dir);
      timer = setInterval(() => {
        const now = listingOf(dir);
        if (now !== listing) {
          listing = now;
          onChange();
        }
      }, pollMs * 2);
      timer.unref();
    }
  };

  const lookForFolder = () => {
    stopWatch();
    if (timer !== undefined && !polling) return;
    stopTimer();
    polling = false;
    timer = setInterval(() => {
      if (folderStats(dir)) {
        stopTimer();
        onChange();
      }
    }, pollMs);
    timer.unref();
  };

  const check = (): boolean => {
    if (closed) return false;
    const st = folderStats(dir);
    if (!st) {
      lookForFolder();
      return false;
    }
    if (st.ino !== watchedIno || (!watcher && !polling)) startWatch(st);
    return true;
  };

  check();
  return {
    check,
    get polling() {
      return polling;
    },
    close: () => {
      closed = true;
      stopTimer();
      stopWatch();
    },
  };
}

function folderStats(dir: string): Stats | undefined {
  try {
    const st = statSync(dir);
    return st.isDirectory() ? st : undefined;
  } catch {
    return undefined;
  }
}

/** Names, sizes and modification times: what a save changes. */
function listingOf(dir: string): string {
  try {
    return readdirSync(dir)
      .filter((name) => !isEditorLeftover(name))
      .sort()
      .map((name) => {
        try {
          const st = statSync(join(dir, name));
          return `${name}\u0000${st.size}\u0000${st.mtimeMs}`;
        } catch {
          return name;
        }
      })
      .join('\n');
  } catch {
    return '';
  }
}
