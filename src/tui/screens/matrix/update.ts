// The matrix's commands: move between cells (stacked, down walks an issue's actors first).

import { actorIndex, issueIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clamp, type Frame, frameOf } from '../../layout/frame.js';
import type { Context, ViewState } from '../../view-state.js';
import { issueRows, moveActor, moveIssue } from '../moves.js';
import type { Laid } from '../screen.js';
import { matrixGeometry, settleMatrix } from './layout.js';

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const i = issueIndex(model, state.issueId);
  const a = actorIndex(model, state.actorId);
  const frame = frameOf(state.size);
  const g = matrixGeometry(model, frame);
  const nA = model.actors.length;
  // Stacked, the cells are one list: down walks the actors of an issue, then the next issue.
  const step = (d: number): ViewState => {
    if (!g.stacked || nA === 0) return moveIssue(state, ctx, i + d);
    const cell = clamp(i * nA + a + d, 0, model.issues.length * nA - 1);
    return moveActor(moveIssue(state, ctx, Math.floor(cell / nA)), ctx, cell % nA);
  };
  const page = g.stacked ? Math.max(1, Math.floor(g.visible / (1 + nA))) : g.visible;
  switch (cmd) {
    case 'up':
      return step(-1);
    case 'down':
      return step(1);
    case 'left':
      return moveActor(state, ctx, a - 1);
    case 'right':
      return moveActor(state, ctx, a + 1);
    default:
      return issueRows(state, cmd, ctx, page) ?? state;
  }
}

export function settle(s: ViewState, model: Model, frame: Frame): Laid {
  const i = Math.max(0, issueIndex(model, s.issueId));
  const a = Math.max(0, actorIndex(model, s.actorId));
  const m = settleMatrix(model, frame, { issue: i, actor: a, top: s.matrixTop, left: s.matrixLeft });
  return { state: { ...s, matrixTop: m.top, matrixLeft: m.left } };
}
