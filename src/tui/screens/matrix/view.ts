// The landing screen: issues × actors, one stance mark and claim start per cell.
import { actorIndex, issueIndex } from '../../../debate/reading.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { matrixLines } from './layout.js';

export function lines(state: ViewState, _layout: unknown, { model, frame }: Drawing): Drawn {
  return matrixLines(model, frame, {
    issue: issueIndex(model, state.issueId),
    actor: actorIndex(model, state.actorId),
    top: state.matrixTop,
    left: state.matrixLeft,
  });
}
