// The focused item whole; long text scrolls.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { detailLines } from './layout.js';
import type { DetailLayout } from './update.js';

export function lines(state: ViewState, layout: DetailLayout | undefined, { model, frame }: Drawing): Drawn {
  const body = layout?.itemId === state.itemId ? layout?.body : undefined;
  return detailLines(model, frame, state.issueId, state.itemId, state.detailTop, body);
}
