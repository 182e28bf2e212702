// Two actors side by side, issue by issue, with a verdict on each.
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { compareLines, comparison } from './layout.js';
import type { CompareLayout } from './update.js';

export function lines(state: ViewState, layout: CompareLayout | undefined, { model, frame }: Drawing): Drawn {
  const c = state.actorId && state.compareWith ? comparison(model, state.actorId, state.compareWith) : undefined;
  const f = { a: state.actorId, b: state.compareWith, issueId: state.issueId, top: state.compareTop };
  return compareLines(model, frame, f, layout && layout.c === c ? layout.blocks : undefined);
}
