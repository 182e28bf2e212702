// The class's saved answers are read only once a screen that draws them (the
// class view, presenter mode) is first opened, then kept fresh as files in
// responses/ come and change, until another debate is opened.
import { useEffect, useState } from 'react';
import type { AppProps } from './App.js';
import type { Screen } from './keys.js';
import type { Action } from './view-state.js';

const NEEDS_CLASS: readonly Screen[] = ['class', 'present'];

export function useRespondents(
  dir: string | undefined,
  issueIds: readonly string[] | undefined,
  screen: Screen | undefined,
  subscribe: AppProps['respondents'],
  dispatch: (action: Action) => void,
): void {
  // The debate folder whose answers are wanted: once wanted, they stay read.
  const [wanted, setWanted] = useState<string | undefined>();
  const needed = dir !== undefined && screen !== undefined && NEEDS_CLASS.includes(screen);
  useEffect(() => {
    if (needed && wanted !== dir) setWanted(dir);
  }, [needed, wanted, dir]);
  const target = needed || wanted === dir ? dir : undefined;
  // An answer to an issue the debate no longer has is an error in that file: read again when the issues change.
  const issues = issueIds?.join('\n');
  useEffect(() => {
    if (!subscribe || target === undefined || issues === undefined) return;
    return subscribe(target, issues ? issues.split('\n') : [], (list) =>
      dispatch({ type: 'respondents', answers: list.map((r) => r.answers) }),
    );
  }, [subscribe, target, issues, dispatch]);
}
