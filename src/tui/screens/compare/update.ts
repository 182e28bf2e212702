// Compare's commands: up and down go through the issues, left and right change the actor compared with.
import type { Comparison } from '../../../debate/compare.js';
import { actorIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import { issueRows } from '../moves.js';
import type { Laid } from '../screen.js';
import { type CompareBlocks, compareBlocks, compareBodyHeight, comparison, nextOther, settleCompare } from './layout.js';

export function open(state: ViewState, ctx: Context): ViewState {
  const other = nextOther(ctx.model, state.actorId, state.actorId, 1);
  return other ? { ...push(state, 'compare'), compareWith: other, compareTop: 0 } : state;
}

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

/** The two actors' blocks, one per issue: the same from frame to frame while the pair is. */
export interface CompareLayout {
  c: Comparison;
  blocks: CompareBlocks;
}

export function settle(state: ViewState, model: Model, frame: Frame, last?: CompareLayout): Laid<CompareLayout> {
  const s = { ...state };
  if (s.compareWith === s.actorId || actorIndex(model, s.compareWith) < 0) s.compareWith = nextOther(model, s.actorId, s.actorId, 1);
  const c = s.actorId && s.compareWith ? comparison(model, s.actorId, s.compareWith) : undefined;
  const layout = !c ? undefined : last?.c === c ? last : { c, blocks: compareBlocks(c, frame.cols) };
  s.compareTop = settleCompare(model, frame, { a: s.actorId, b: s.compareWith, issueId: s.issueId, top: s.compareTop }, layout?.blocks);
  return { state: s, layout };
}
