// Compare's commands: up and down go through the issues, left and right change the actor compared with.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { actorIndex } from '../../selectors.js';
import type { Context, ViewState } from '../../view-state.js';
import { issueRows } from '../moves.js';
import { compareBodyHeight, comparison, nextOther, settleCompare } from './layout.js';

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const c = state.compareWith && state.actorId ? comparison(model, state.actorId, state.compareWith) : undefined;
  const page = c ? Math.max(1, Math.floor(compareBodyHeight(c, frameOf(state.size)) / 6)) : 1;
  switch (cmd) {
    case 'left':
    case 'right':
      return { ...state, compareWith: nextOther(model, state.actorId, state.compareWith, cmd === 'right' ? 1 : -1) };
    default:
      return issueRows(state, cmd === 'up' ? 'prev-issue' : cmd === 'down' ? 'next-issue' : cmd, ctx, page) ?? state;
  }
}

export function settle(state: ViewState, model: Model, frame: Frame): ViewState {
  const s = { ...state };
  if (s.compareWith === s.actorId || actorIndex(model, s.compareWith) < 0) s.compareWith = nextOther(model, s.actorId, s.actorId, 1);
  s.compareTop = settleCompare(model, frame, { a: s.actorId, b: s.compareWith, issueId: s.issueId, top: s.compareTop });
  return s;
}
