// Live reload and the editor, wired for the TUI: the open debate is watched
// (src/watch) and every newer version goes to the App; `e` runs the editor,
// after which the debate is reloaded at once rather than waiting for the
// watcher (which may not see a save on every file system). A save made while
// the debate was first read is picked up as live reload starts.
import type { LoadResult } from '../model/load.js';
import type { Location } from '../model/types.js';
import { type DebateWatch, watchDebate } from '../watch/debate.js';
import type { EarlyWatches } from '../watch/early.js';
import { watchRespondents } from '../watch/respondents.js';
import type { AppProps } from './App.js';
import type { LiveStatus } from './components/Banner.js';
import { type EditResult, launchEditor } from './editor.js';

export interface Live {
  updates: NonNullable<AppProps['updates']>;
  edit(target: Location): EditResult;
  respondents: NonNullable<AppProps['respondents']>;
}

/** `early`: the folders watched since before they were read (see watch/early.ts). */
export function liveReload(early?: EarlyWatches): Live {
  let watching: DebateWatch | undefined;
  return {
    updates(listener: (loaded: LoadResult, status?: LiveStatus) => void, current: LoadResult) {
      const w = watchDebate(current, (u) => listener(u.loaded, { removed: u.removed, unreadable: u.unreadable }));
      // Watched now: the early watch can go; what changed while it watched is loaded at once.
      if (early?.handOver(current.model.dir)) w.reload();
      watching = w;
      return () => {
        w.close();
        if (watching === w) watching = undefined;
      };
    },
    edit(target) {
      const result = launchEditor(target);
      watching?.reload();
      return result;
    },
    respondents: watchRespondents,
  };
}
