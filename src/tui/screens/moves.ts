// Moves several screens share: to another issue or actor, the focus within
// an issue's columns, scrolling a long text, and jumping to an item.

import { actorIndex, claimItemId, type IssueColumn, type Item, issueData, issueIndex, revealedInColumn } from '../../debate/reading.js';
import type { Command } from '../keys.js';
import { clamp } from '../layout/frame.js';
import { type Context, push, type ViewState } from '../view-state.js';

export function moveIssue(state: ViewState, ctx: Context, to: number): ViewState {
  const n = ctx.model.issues.length;
  if (n === 0) return state;
  const issue = ctx.model.issues[clamp(to, 0, n - 1)];
  if (!issue || issue.id === state.issueId) return state;
  return { ...state, issueId: issue.id };
}

export function moveActor(state: ViewState, ctx: Context, to: number): ViewState {
  const n = ctx.model.actors.length;
  if (n === 0) return state;
  const actor = ctx.model.actors[clamp(to, 0, n - 1)];
  if (!actor || actor.id === state.actorId) return state;
  return { ...state, actorId: actor.id };
}

/** Moves shared by the screens whose rows are issues: the matrix, the actor view, compare. */
export function issueRows(state: ViewState, cmd: Command, ctx: Context, page: number): ViewState | undefined {
  const i = issueIndex(ctx.model, state.issueId);
  switch (cmd) {
    case 'prev-issue':
      return moveIssue(state, ctx, i - 1);
    case 'next-issue':
      return moveIssue(state, ctx, i + 1);
    case 'page-up':
      return moveIssue(state, ctx, i - page);
    case 'page-down':
      return moveIssue(state, ctx, i + page);
    case 'top':
      return moveIssue(state, ctx, 0);
    case 'bottom':
      return moveIssue(state, ctx, ctx.model.issues.length - 1);
    case 'open':
      return openIssue(state, ctx);
    default:
      return undefined;
  }
}

function openIssue(state: ViewState, ctx: Context): ViewState {
  if (!state.issueId) return state;
  return focusClaim({ ...push(state, 'issue'), reveal: null, issueScroll: {} }, ctx);
}

/** Focus the claim of the focused actor's position on the focused issue (nothing when it has none). */
export function focusClaim(state: ViewState, ctx: Context): ViewState {
  // With every item shown, the claim is the column's first: found without building the issue
  // (which reads every actor's evidence: at start, the first frame would wait for all of it).
  if (state.reveal === null) return { ...state, itemId: claimItemId(ctx.model, state.issueId, state.actorId) };
  const data = state.issueId ? issueData(ctx.model, state.issueId) : undefined;
  const col = data?.columns[actorIndex(ctx.model, state.actorId)];
  const shown = col ? revealedInColumn(col, state.reveal) : 0;
  return { ...state, itemId: col && shown > 0 ? col.items[0]?.id : undefined };
}

export function columnOf(state: ViewState, ctx: Context): { col?: IssueColumn; shown: number; row: number } {
  const data = state.issueId ? issueData(ctx.model, state.issueId) : undefined;
  const col = data?.columns[actorIndex(ctx.model, state.actorId)];
  if (!data || !col) return { shown: 0, row: -1 };
  const shown = revealedInColumn(col, state.reveal);
  const at = state.itemId ? data.byId.get(state.itemId) : undefined;
  return { col, shown, row: at && at.item.actorId === col.actor.id ? at.row : -1 };
}

export function focusRow(state: ViewState, col: IssueColumn | undefined, row: number, shown: number): ViewState {
  if (!col || shown === 0) return { ...state, itemId: undefined };
  return { ...state, itemId: (col.items[clamp(row, 0, shown - 1)] as Item).id };
}

/** Show an item in the issue view, leaving search, help or detail on the way. */
export function goToItem(state: ViewState, issueId: string, actorId: string, itemId: string): ViewState {
  let s = state;
  while (s.screen === 'search' || s.screen === 'detail' || s.screen === 'help') {
    const history = s.history.slice(0, -1);
    const prev = s.history[s.history.length - 1];
    if (!prev) break;
    s = { ...s, screen: prev, history };
  }
  if (s.screen !== 'issue') s = push(s, 'issue');
  const sameIssue = s.issueId === issueId;
  return { ...s, issueId, actorId, itemId, reveal: null, issueScroll: sameIssue ? s.issueScroll : {} };
}

type ScrollField = 'detailTop' | 'helpTop';

/** A long text that scrolls: a line, a page (of `h` lines), the ends. */
export function scroll(state: ViewState, cmd: Command, field: ScrollField, h: number): ViewState {
  const top = state[field];
  switch (cmd) {
    case 'up':
      return { ...state, [field]: top - 1 };
    case 'down':
      return { ...state, [field]: top + 1 };
    case 'page-up':
      return { ...state, [field]: top - Math.max(1, h - 1) };
    case 'page-down':
      return { ...state, [field]: top + Math.max(1, h - 1) };
    case 'top':
      return { ...state, [field]: 0 };
    case 'bottom':
      return { ...state, [field]: Number.MAX_SAFE_INTEGER };
    default:
      return state;
  }
}
