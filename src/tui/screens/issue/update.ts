// The issue view's commands: the focus within and across the actors' columns,
// paging by screenfuls, and step-through (reveal one item at a time).

import { actorIndex, issueData, issueIndex, revealedInColumn } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clamp, type Frame, frameOf } from '../../layout/frame.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import { columnOf, focusClaim, focusRow, moveActor, moveIssue } from '../moves.js';
import type { Laid } from '../screen.js';
import { columnLayout, issueGeometry, settleIssue } from './layout.js';

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const { col, shown, row } = columnOf(state, ctx);
  switch (cmd) {
    case 'up':
      return focusRow(state, col, row - 1, shown);
    case 'down':
      return focusRow(state, col, row < 0 ? 0 : row + 1, shown);
    case 'top':
      return focusRow(state, col, 0, shown);
    case 'bottom':
      return focusRow(state, col, shown - 1, shown);
    case 'page-up':
    case 'page-down':
      return pageItems(state, ctx, cmd === 'page-down' ? 1 : -1);
    case 'left':
    case 'right':
      return sideways(state, ctx, cmd === 'right' ? 1 : -1);
    case 'prev-issue':
    case 'next-issue': {
      const moved = moveIssue(state, ctx, issueIndex(model, state.issueId) + (cmd === 'next-issue' ? 1 : -1));
      if (moved === state) return state;
      return focusClaim({ ...moved, reveal: state.reveal === null ? null : 0, issueScroll: {} }, ctx);
    }
    case 'open':
      return state.itemId ? { ...push(state, 'detail'), detailTop: 0 } : state;
    case 'step':
      return step(state, ctx, 1);
    case 'step-back':
      return state.reveal === null ? state : step(state, ctx, -1);
    case 'step-mode':
      return state.reveal === null ? { ...state, reveal: 0, itemId: undefined, issueScroll: {} } : { ...state, reveal: null };
    default:
      return state;
  }
}

export function settle(s: ViewState, model: Model, frame: Frame): Laid {
  if (!s.issueId) return { state: s };
  const v = settleIssue(model, frame, {
    issueId: s.issueId,
    actor: Math.max(0, actorIndex(model, s.actorId)),
    itemId: s.itemId,
    reveal: s.reveal,
    left: s.issueLeft,
    scroll: s.issueScroll,
  });
  return { state: { ...s, issueLeft: v.left, issueScroll: v.scroll } };
}

/** Reveal (or hide) one more item and focus the last one shown. */
function step(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const data = state.issueId ? issueData(ctx.model, state.issueId) : undefined;
  if (!data) return state;
  const total = data.order.length;
  const from = state.reveal ?? 0;
  const reveal = clamp(from + d, 0, total);
  if (state.reveal !== null && reveal === state.reveal) return state;
  const last = data.order[reveal - 1];
  if (!last) return { ...state, reveal, itemId: undefined };
  return { ...state, reveal, itemId: last.id, actorId: last.actorId };
}

/** To the next actor's column: the same kind of item at the same place if it has one, else the nearest. */
function sideways(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const { model } = ctx;
  const moved = moveActor(state, ctx, actorIndex(model, state.actorId) + d);
  if (moved === state) return state;
  const data = state.issueId ? issueData(model, state.issueId) : undefined;
  const here = data && state.itemId ? data.byId.get(state.itemId) : undefined;
  const target = data?.columns[actorIndex(model, moved.actorId)];
  if (!data || !target) return { ...moved, itemId: undefined };
  const shown = revealedInColumn(target, state.reveal);
  if (shown === 0) return { ...moved, itemId: undefined };
  if (!here) return focusRow(moved, target, 0, shown);
  const items = target.items.slice(0, shown);
  const same = items.filter((x) => x.kind === here.item.kind);
  const pick = same[Math.min(here.item.index, same.length - 1)] ?? items[Math.min(here.row, items.length - 1)];
  return { ...moved, itemId: pick?.id };
}

function pageItems(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const { model } = ctx;
  const frame = frameOf(state.size);
  const g = issueGeometry(model, state.issueId, frame);
  const data = state.issueId ? issueData(model, state.issueId) : undefined;
  const c = actorIndex(model, state.actorId);
  const { col, shown, row } = columnOf(state, ctx);
  if (!data || !col || shown === 0) return state;
  const places = columnLayout(model, data, c, g.colW).items.slice(0, shown);
  const from = places[Math.max(0, row)];
  if (!from) return state;
  const target = from.top + d * Math.max(1, g.colHeight - 2);
  let r = Math.max(0, row);
  if (d > 0) while (r < places.length - 1 && (places[r + 1] as { top: number }).top <= target) r++;
  else while (r > 0 && (places[r] as { top: number }).top > target) r--;
  if (r === row) r = clamp(row + d, 0, shown - 1);
  return focusRow(state, col, r, shown);
}
