// Search across claims, evidence and counterpoints.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { searchLines } from './layout.js';

export function lines(state: ViewState, _layout: unknown, { model, frame }: Drawing): Drawn {
  return searchLines(model, frame, state.query, state.hit, state.hitsTop);
}
