// Live reload of one debate folder: on any change, after a short quiet time,
// load the whole debate again (parsing only the actor files that changed, and
// passing the version shown, so a broken actor file keeps its last good
// version, flagged stale) and hand the new version over. A removed folder,
// or one that can no longer be read, keeps the last version and says so; when
// the folder comes back, reloading resumes.
import type { LoadResult } from '../model/load.js';
import type { Model } from '../model/types.js';
import { UnchangedFiles } from '../model/unchanged.js';
import { watchFolder } from './folder.js';
import { keepLastGoodDebate } from './keep-debate.js';
import { createSchedule } from './schedule.js';

export interface LiveUpdate {
  loaded: LoadResult;
  /** The debate folder is gone, or cannot be listed: `loaded` is the last version loaded, still shown. */
  removed?: boolean;
  /** With `removed`: the folder is there, but cannot be read (its permissions). */
  unreadable?: boolean;
}

export interface WatchDebateOptions {
  /** Quiet time after the last change before reloading (default 120 ms). */
  debounceMs?: number;
  /** Longest wait from the first change (default 600 ms), so a stream of changes still shows. */
  maxWaitMs?: number;
  /** See FolderWatchOptions.pollMs. */
  pollMs?: number;
  load?(dir: string, previous: Model): Promise<LoadResult>;
}

export interface DebateWatch {
  /** Reload now, whatever the watcher saw (e.g. after the editor closed). */
  reload(): void;
  /** Resolves when no reload is waiting or running. */
  idle(): Promise<void>;
  /** The version last handed over (or the initial one). */
  current(): LiveUpdate;
  close(): void;
}

export function watchDebate(initial: LoadResult, onUpdate: (update: LiveUpdate) => void, opts: WatchDebateOptions = {}): DebateWatch {
  const dir = initial.model.dir;
  // Files unchanged since the last reload are not parsed again.
  const unchanged = new UnchangedFiles();
  // The loader is loaded at the first reload: a remembered debate opens without it.
  const load =
    opts.load ?? (async (d: string, previous: Model) => (await import('../model/load.js')).loadDebate(d, { previous, unchanged }));
  let state: LiveUpdate = { loaded: initial };
  let closed = false;

  const publish = (next: LiveUpdate) => {
    const changed = next.removed !== state.removed || next.unreadable !== state.unreadable || !sameResult(next.loaded, state.loaded);
    state = next;
    if (changed && !closed) onUpdate(next);
  };

  const reloadOnce = async () => {
    if (!folder.check()) {
      publish({ loaded: state.loaded, removed: true });
      return;
    }
    let next: LoadResult;
    try {
      next = await load(dir, state.loaded.model);
    } catch {
      // The loader reports problems as diagnostics; anything else is a passing
      // fault of the file system: the next change will try again.
      return;
    }
    if (closed) return;
    // Removed while it was being read: what was read is not a version of the debate.
    if (!folder.check()) {
      publish({ loaded: state.loaded, removed: true });
      return;
    }
    // A folder that cannot be listed (chmod 000) would load as a debate with
    // nothing in it: it is treated as a removed one, the last version kept.
    if (unlisted(next.model)) {
      publish({ loaded: state.loaded, removed: true, unreadable: true });
      return;
    }
    publish({ loaded: { model: keepLastGoodDebate(next.model, state.loaded.model), texts: next.texts } });
  };

  const schedule = createSchedule({
    debounceMs: opts.debounceMs ?? 120,
    maxWaitMs: opts.maxWaitMs ?? 600,
    run: reloadOnce,
  });
  const folder = watchFolder(dir, () => schedule.poke(), { pollMs: opts.pollMs });

  return {
    reload: () => schedule.soon(),
    idle: () => schedule.idle(),
    current: () => state,
    close: () => {
      closed = true;
      schedule.close();
      folder.close();
    },
  };
}

function unlisted(model: Model): boolean {
  return model.diagnostics.some((d) => d.rule === 'unreadable' && d.file === model.dir);
}

/** Same files with the same text and the same problems: nothing on screen would change. */
function sameResult(a: LoadResult, b: LoadResult): boolean {
  if (a === b) return true;
  if (a.texts.size !== b.texts.size) return false;
  for (const [file, text] of a.texts) if (b.texts.get(file) !== text) return false;
  const da = a.model.diagnostics;
  const db = b.model.diagnostics;
  if (da.length !== db.length) return false;
  return da.every((d, i) => {
    const e = db[i];
    return e !== undefined && d.file === e.file && d.line === e.line && d.col === e.col && d.rule === e.rule && d.message === e.message;
  });
}
