// What loading found, with file:line:col and the code around it.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { problemsLines } from './layout.js';

export function lines(state: ViewState, _layout: unknown, { model, frame, texts }: Drawing): Drawn {
  return problemsLines(model, frame, state.problem, state.problemsTop, texts);
}
