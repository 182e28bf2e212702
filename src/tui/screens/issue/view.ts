// One issue, every actor in its own column.
import { actorIndex } from '../../../debate/reading.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { issueLines } from './layout.js';

export function lines(state: ViewState, _layout: unknown, { model, frame }: Drawing): Drawn {
  return issueLines(model, frame, {
    issueId: state.issueId ?? '',
    actor: Math.max(0, actorIndex(model, state.actorId)),
    itemId: state.itemId,
    reveal: state.reveal,
    left: state.issueLeft,
    scroll: state.issueScroll,
  });
}
