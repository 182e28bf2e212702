// The actor view's commands: up and down go through the issues, left and right through the actors.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { actorIndex, issueIndex } from '../../selectors.js';
import type { Context, ViewState } from '../../view-state.js';
import { issueRows, moveActor } from '../moves.js';
import { actorBodyHeight, settleActor } from './layout.js';

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const actor = model.actors[actorIndex(model, state.actorId)];
  const page = actor ? Math.max(1, Math.floor(actorBodyHeight(actor, frameOf(state.size)) / 6)) : 1;
  switch (cmd) {
    case 'left':
      return { ...moveActor(state, ctx, actorIndex(model, state.actorId) - 1), actorTop: 0 };
    case 'right':
      return { ...moveActor(state, ctx, actorIndex(model, state.actorId) + 1), actorTop: 0 };
    default:
      return issueRows(state, cmd === 'up' ? 'prev-issue' : cmd === 'down' ? 'next-issue' : cmd, ctx, page) ?? state;
  }
}

export function settle(s: ViewState, model: Model, frame: Frame): ViewState {
  const actor = model.actors[Math.max(0, actorIndex(model, s.actorId))];
  if (!actor) return s;
  return { ...s, actorTop: settleActor(model, actor, frame, Math.max(0, issueIndex(model, s.issueId)), s.actorTop) };
}
