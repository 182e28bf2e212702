// The class's saved quiz answers, kept fresh: responses/ in the debate folder
// is read once, then again after every change in it (a student saving, a file
// edited or removed). The debate's own watch sees only the debate folder, not
// what happens inside responses/; this one watches that folder, and waits for
// it when there is none yet.
import { join } from 'node:path';
import type { RespondentFile } from '../model/respondent.js';
import { RESPONSES_DIR } from '../model/respondent-name.js';
import { watchFolder } from './folder.js';
import { createSchedule } from './schedule.js';

export interface RespondentsWatchOptions {
  /** Quiet time after the last change before reading again (default 120 ms). */
  debounceMs?: number;
  /** See FolderWatchOptions.pollMs: how soon a responses/ made later is noticed. */
  pollMs?: number;
}

/**
 * Reads the respondent files of `dir` now and after each change, handing the
 * good ones over (broken files are left out: `check` names them). Returns a
 * function that stops watching.
 */
export function watchRespondents(
  dir: string,
  issues: readonly string[],
  onUpdate: (respondents: readonly RespondentFile[]) => void,
  opts: RespondentsWatchOptions = {},
): () => void {
  let closed = false;
  let last: string | undefined;
  const schedule = createSchedule({
    debounceMs: opts.debounceMs ?? 120,
    maxWaitMs: 600,
    run: async () => {
      folder.check();
      // The reader (YAML, the schema) is loaded at the first reading: the app starts without it.
      const { readRespondents } = await import('../model/respondent.js');
      const { respondents, texts } = await readRespondents(dir, issues);
      // The same files with the same text: nothing on screen would change.
      const key = [...texts].map(([file, text]) => `${file}\u0000${text}`).join('\u0001');
      if (closed || key === last) return;
      last = key;
      onUpdate(respondents);
    },
  });
  const folder = watchFolder(join(dir, RESPONSES_DIR), () => schedule.poke(), { pollMs: opts.pollMs });
  schedule.soon();
  return () => {
    closed = true;
    schedule.close();
    folder.close();
  };
}
