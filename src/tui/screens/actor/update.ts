// The actor view's commands: up and down go through the issues, left and right through the actors.

import { actorIndex, issueIndex } from '../../../debate/reading.js';
import type { Actor, Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import { issueRows, moveActor } from '../moves.js';
import type { Laid } from '../screen.js';
import { type ActorBlocks, actorBlocks, actorBodyHeight, settleActor } from './layout.js';

export function open(state: ViewState, _ctx: Context): ViewState {
  return state.actorId ? { ...push(state, 'actor'), actorTop: 0 } : state;
}

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

/** The actor's blocks, one per issue: the same from frame to frame while the actor is. */
export interface ActorLayout {
  actor: Actor;
  blocks: ActorBlocks;
}

export function settle(s: ViewState, model: Model, frame: Frame, last?: ActorLayout): Laid<ActorLayout> {
  const actor = model.actors[Math.max(0, actorIndex(model, s.actorId))];
  if (!actor) return { state: s };
  const layout = last?.actor === actor ? last : { actor, blocks: actorBlocks(model, actor, frame.cols) };
  const actorTop = settleActor(model, actor, frame, Math.max(0, issueIndex(model, s.issueId)), s.actorTop, layout.blocks);
  return { state: { ...s, actorTop }, layout };
}
