// Two actors side by side, issue by issue, with a verdict on each.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { compareLines } from './layout.js';

export function lines(state: ViewState, { model, frame }: Drawing): Drawn {
  return compareLines(model, frame, { a: state.actorId, b: state.compareWith, issueId: state.issueId, top: state.compareTop });
}
