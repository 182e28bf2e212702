// The focused item whole; long text scrolls.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { detailLines } from './layout.js';

export function lines(state: ViewState, { model, frame }: Drawing): Drawn {
  return detailLines(model, frame, state.issueId, state.itemId, state.detailTop);
}
