// The view state and the one pure function that changes it. Every key is a
// named command from keys.ts; resizes and model swaps are actions too. The
// cursor is kept as ids (issue, actor, item), so a reloaded model keeps it.
// After each action `settle` repairs ids and scroll offsets so the focus is
// on screen; it only looks at what is visible, never the whole debate.
import type { LensKind } from '../export/lens.js';
import { sanitize } from '../model/sanitize.js';
import type { Model } from '../model/types.js';
import { type Command, commandFor, type Screen } from './keys.js';
import { clamp, clampOffset, frameOf, type Size } from './layout/frame.js';
import { type Lens, lensedModel, nextLens, translateItem } from './lens.js';
import { actorBodyHeight, settleActor } from './screens/actor/layout.js';
import { compareBodyHeight, comparison, nextOther, settleCompare } from './screens/compare/layout.js';
import { detailBody, detailHeight } from './screens/detail/layout.js';
import { helpBody, helpHeight } from './screens/help/layout.js';
import { columnLayout, issueGeometry, settleIssue } from './screens/issue/layout.js';
import { matrixGeometry, settleMatrix } from './screens/matrix/layout.js';
import { presenterShownTop, presenterSteps, settlePresenter } from './screens/present/layout.js';
import { settleProblems } from './screens/problems/layout.js';
import { hitsVisible, settleSearch } from './screens/search/layout.js';
import {
  actorIndex,
  findItem,
  type IssueColumn,
  type Item,
  issueData,
  issueIndex,
  itemId as itemIdOf,
  revealedInColumn,
  search,
} from './selectors.js';
import { adjustTimer, type Timer, tickTimer, toggleTimer } from './timer.js';

export interface ViewState {
  size: Size;
  screen: Screen;
  /** Screens to go back to with Esc. */
  history: Screen[];
  issueId?: string;
  actorId?: string;
  /** The focused item of the issue view, and what Detail shows. */
  itemId?: string;
  /** Step-through: how many items of the issue are shown; null shows all. */
  reveal: number | null;
  /** Matrix: first issue row shown (first line when stacked), first actor column shown. */
  matrixTop: number;
  matrixLeft: number;
  /** Issue view: first actor column shown, and each column's scroll by actor id. */
  issueLeft: number;
  issueScroll: Record<string, number>;
  actorTop: number;
  detailTop: number;
  helpTop: number;
  problem: number;
  problemsTop: number;
  /** The search being typed, the chosen match, and the last search run (for n / N). */
  query: string;
  hit: number;
  hitsTop: number;
  lastQuery: string;
  /** Set when the app should end, or go back to the list of debates. */
  exit?: 'quit' | 'pick';
  /** The framing lens: only this kind of evidence is shown anywhere (null: all). */
  lens: Lens;
  /** Presenter mode: steps shown of the issue (0: only its question), and the first line shown (null: keep the current point in view). */
  presentStep: number;
  presentTop: number | null;
  /** The presenter's discussion timer; App dispatches 'tick' while it runs. */
  timer?: Timer;
  /** Compare view: the actor compared with `actorId`, and the first line shown. */
  compareWith?: string;
  compareTop: number;
  /** What the last lens change hid, to give it back on the next one. */
  lensMemo?: LensMemo;
}

export type Action =
  | { type: 'command'; command: Command }
  /** A key by name (see keys.ts): the command it is bound to on the current screen, or typed text in search. */
  | { type: 'key'; name: string; text: string }
  | { type: 'type'; text: string }
  | { type: 'resize'; cols: number; rows: number }
  /** The model in the context was replaced (e.g. reloaded): keep the cursor by id. */
  | { type: 'model' }
  /** Time passed (for the discussion timer). */
  | { type: 'tick'; ms: number };

export interface Context {
  model: Model;
  /** There is a list of debates to go back to. */
  canPick?: boolean;
}

export interface InitialOptions {
  screen?: Screen;
  issueId?: string;
  actorId?: string;
  reveal?: number | null;
  lens?: LensKind | null;
}

export function initialState(size: Size, ctx: Context, opts: InitialOptions = {}): ViewState {
  const { model } = ctx;
  const state: ViewState = {
    size,
    screen: opts.screen ?? 'matrix',
    history: opts.screen && opts.screen !== 'matrix' ? ['matrix'] : [],
    issueId: opts.issueId ?? model.issues[0]?.id,
    actorId: opts.actorId ?? model.actors[0]?.id,
    reveal: opts.reveal ?? null,
    matrixTop: 0,
    matrixLeft: 0,
    issueLeft: 0,
    issueScroll: {},
    actorTop: 0,
    detailTop: 0,
    helpTop: 0,
    problem: 0,
    problemsTop: 0,
    query: '',
    hit: 0,
    hitsTop: 0,
    lastQuery: '',
    lens: opts.lens ?? null,
    presentStep: 0,
    presentTop: null,
    compareTop: 0,
  };
  const seen = throughLens(ctx, state.lens);
  return settle(focusClaim(state, seen), seen);
}

/** The context as the views see it: the model through the current lens. */
function throughLens(ctx: Context, lens: Lens): Context {
  return lens === null ? ctx : { ...ctx, model: lensedModel(ctx.model, lens) };
}

export function reduce(state: ViewState, action: Action, base: Context): ViewState {
  if (action.type === 'tick') {
    const timer = tickTimer(state.timer, action.ms);
    return timer === state.timer ? state : { ...state, timer };
  }
  const ctx = throughLens(base, state.lens);
  let next: ViewState;
  switch (action.type) {
    case 'resize':
      next = { ...state, size: { cols: action.cols, rows: action.rows } };
      break;
    case 'model':
      next = state;
      break;
    case 'type':
      next = state.screen === 'search' ? typed(state, action.text) : state;
      break;
    case 'command':
      next = command(state, action.command, ctx);
      break;
    case 'key': {
      const cmd = commandFor(state.screen, action.name);
      if (cmd) next = command(state, cmd, ctx);
      else if (state.screen === 'search' && PRINTABLE.test(action.text)) next = typed(state, action.text);
      else next = state;
      break;
    }
  }
  return settle(next, next.lens === state.lens ? ctx : throughLens(base, next.lens));
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: typed text must hold no control characters
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]+$/;

function typed(state: ViewState, text: string): ViewState {
  const clean = sanitize(text).replace(/\s/g, ' ');
  return clean ? { ...state, query: state.query + clean, hit: 0, hitsTop: 0 } : state;
}

// --- navigation between screens -----------------------------------------

function push(state: ViewState, screen: Screen): ViewState {
  if (state.screen === screen) return state;
  return { ...state, screen, history: [...state.history, state.screen] };
}

function back(state: ViewState, ctx: Context): ViewState {
  if (state.history.length === 0) return ctx.canPick ? { ...state, exit: 'pick' } : state;
  const history = state.history.slice(0, -1);
  return { ...state, screen: state.history[state.history.length - 1] as Screen, history };
}

// --- commands ------------------------------------------------------------

function command(state: ViewState, cmd: Command, ctx: Context): ViewState {
  switch (cmd) {
    case 'quit':
    case 'force-quit':
      return { ...state, exit: 'quit' };
    case 'help':
      return state.screen === 'help' ? back(state, ctx) : { ...push(state, 'help'), helpTop: 0 };
    case 'back':
      return back(state, ctx);
    case 'problems':
      return { ...push(state, 'problems'), problemsTop: state.screen === 'problems' ? state.problemsTop : 0 };
    case 'search':
      return { ...push(state, 'search'), query: '', hit: 0, hitsTop: 0 };
    case 'search-next':
    case 'search-prev':
      return jumpToMatch(state, ctx, cmd === 'search-next' ? 1 : -1);
    case 'actor':
      return state.actorId ? { ...push(state, 'actor'), actorTop: 0 } : state;
    case 'lens':
    case 'lens-back':
      return changeLens(state, ctx, cmd === 'lens' ? 1 : -1);
    case 'present':
      return state.screen === 'present' ? back(state, ctx) : { ...push(state, 'present'), presentStep: 0, presentTop: null };
    case 'compare': {
      const other = nextOther(ctx.model, state.actorId, state.actorId, 1);
      return other ? { ...push(state, 'compare'), compareWith: other, compareTop: 0 } : state;
    }
    default:
      break;
  }
  switch (state.screen) {
    case 'matrix':
      return matrixCommand(state, cmd, ctx);
    case 'issue':
      return issueCommand(state, cmd, ctx);
    case 'actor':
      return actorCommand(state, cmd, ctx);
    case 'detail':
      return scrollCommand(state, cmd, 'detailTop', detailHeight(frameOf(state.size)));
    case 'help':
      return scrollCommand(state, cmd, 'helpTop', helpHeight(frameOf(state.size)));
    case 'problems':
      return problemsCommand(state, cmd, ctx);
    case 'search':
      return searchCommand(state, cmd, ctx);
    case 'present':
      return presentCommand(state, cmd, ctx);
    case 'compare':
      return compareCommand(state, cmd, ctx);
    case 'picker':
      return state;
  }
}

function moveIssue(state: ViewState, ctx: Context, to: number): ViewState {
  const n = ctx.model.issues.length;
  if (n === 0) return state;
  const issue = ctx.model.issues[clamp(to, 0, n - 1)];
  if (!issue || issue.id === state.issueId) return state;
  return { ...state, issueId: issue.id };
}

function moveActor(state: ViewState, ctx: Context, to: number): ViewState {
  const n = ctx.model.actors.length;
  if (n === 0) return state;
  const actor = ctx.model.actors[clamp(to, 0, n - 1)];
  if (!actor || actor.id === state.actorId) return state;
  return { ...state, actorId: actor.id };
}

function matrixCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
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

/** Moves shared by the screens whose rows are issues: the matrix, the actor view, compare. */
function issueRows(state: ViewState, cmd: Command, ctx: Context, page: number): ViewState | undefined {
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
function focusClaim(state: ViewState, ctx: Context): ViewState {
  const data = state.issueId ? issueData(ctx.model, state.issueId) : undefined;
  const col = data?.columns[actorIndex(ctx.model, state.actorId)];
  const shown = col ? revealedInColumn(col, state.reveal) : 0;
  return { ...state, itemId: col && shown > 0 ? col.items[0]?.id : undefined };
}

function columnOf(state: ViewState, ctx: Context): { col?: IssueColumn; shown: number; row: number } {
  const data = state.issueId ? issueData(ctx.model, state.issueId) : undefined;
  const col = data?.columns[actorIndex(ctx.model, state.actorId)];
  if (!data || !col) return { shown: 0, row: -1 };
  const shown = revealedInColumn(col, state.reveal);
  const at = state.itemId ? data.byId.get(state.itemId) : undefined;
  return { col, shown, row: at && at.item.actorId === col.actor.id ? at.row : -1 };
}

function focusRow(state: ViewState, col: IssueColumn | undefined, row: number, shown: number): ViewState {
  if (!col || shown === 0) return { ...state, itemId: undefined };
  return { ...state, itemId: (col.items[clamp(row, 0, shown - 1)] as Item).id };
}

function issueCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
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

function actorCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
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

type ScrollField = 'detailTop' | 'helpTop';

function scrollCommand(state: ViewState, cmd: Command, field: ScrollField, h: number): ViewState {
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

function problemsCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const n = ctx.model.diagnostics.length;
  const to = (p: number) => ({ ...state, problem: clamp(p, 0, Math.max(0, n - 1)) });
  switch (cmd) {
    case 'up':
      return to(state.problem - 1);
    case 'down':
      return to(state.problem + 1);
    case 'page-up':
      return to(state.problem - 5);
    case 'page-down':
      return to(state.problem + 5);
    case 'top':
      return to(0);
    case 'bottom':
      return to(n - 1);
    default:
      return state;
  }
}

function searchCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const hits = search(ctx.model, state.query);
  switch (cmd) {
    case 'up':
      return { ...state, hit: Math.max(0, state.hit - 1) };
    case 'down':
      return { ...state, hit: Math.min(Math.max(0, hits.length - 1), state.hit + 1) };
    case 'page-up':
      return { ...state, hit: Math.max(0, state.hit - hitsVisible(frameOf(state.size))) };
    case 'page-down':
      return { ...state, hit: Math.min(Math.max(0, hits.length - 1), state.hit + hitsVisible(frameOf(state.size))) };
    case 'delete-char':
      return { ...state, query: [...state.query].slice(0, -1).join(''), hit: 0, hitsTop: 0 };
    case 'open': {
      const h = hits[state.hit];
      if (!h) return state;
      return goToItem({ ...back(state, ctx), lastQuery: state.query }, h.entry.issueId, h.entry.actorId, h.entry.itemId);
    }
    default:
      return state;
  }
}

/** Show an item in the issue view, leaving search, help or detail on the way. */
function goToItem(state: ViewState, issueId: string, actorId: string, itemId: string): ViewState {
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

function jumpToMatch(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const hits = search(ctx.model, state.lastQuery);
  if (hits.length === 0) return state;
  const at = hits.findIndex((h) => h.entry.itemId === state.itemId);
  let next: number;
  if (at >= 0) next = (at + d + hits.length) % hits.length;
  else {
    const here = issueIndex(ctx.model, state.issueId);
    const after = hits.findIndex((h) => issueIndex(ctx.model, h.entry.issueId) >= here);
    next = d > 0 ? Math.max(0, after) : (after <= 0 ? hits.length : after) - 1;
  }
  const h = hits[next];
  if (!h) return state;
  return goToItem(state, h.entry.issueId, h.entry.actorId, h.entry.itemId);
}

// --- classroom: the lens, presenter mode, compare ------------------------

/**
 * What a lens change hid, in terms of the unlensed debate, so cycling on
 * through lenses (f f f) and back to all gives the focus and the revealed
 * points back. Valid while the state still shows what the change left.
 */
export interface LensMemo {
  issueId?: string;
  item?: { base: string; shown?: string };
  reveal?: { base: number; shown: number | null };
  step?: { base: number; shown: number };
}

/**
 * Another lens: what was focused stays focused when the lens still shows it
 * (else its position's claim), and what was revealed stays revealed.
 */
function changeLens(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const from = ctx.model;
  const base = lensedModel(from, null);
  const lens = nextLens(state.lens, d);
  const to = lensedModel(base, lens);
  const next: ViewState = { ...state, lens };
  const id = state.issueId;
  const memo = state.lensMemo?.issueId === id ? state.lensMemo : undefined;
  const fromData = id ? issueData(from, id) : undefined;
  const baseData = id ? issueData(base, id) : undefined;
  const toData = id ? issueData(to, id) : undefined;
  if (!id || !fromData || !baseData || !toData) return next;

  const baseItem = memo?.item && memo.item.shown === state.itemId ? memo.item.base : translateItem(from, base, id, state.itemId);
  const found = findItem(base, id, baseItem);
  if (found) next.itemId = translateItem(base, to, id, baseItem) ?? itemIdOf(found.item.position, 'claim', 0);

  // A count of revealed points, in the unlensed reading order: everything up to the last one shown.
  const toBase = (n: number) => {
    if (n >= fromData.order.length) return baseData.order.length + (n - fromData.order.length);
    const last = fromData.order[n - 1];
    return last ? (findItem(base, id, translateItem(from, base, id, last.id))?.item.reading ?? -1) + 1 : 0;
  };
  const fromBase = (b: number) => {
    if (b >= baseData.order.length) return toData.order.length + (b - baseData.order.length);
    let n = 0;
    for (const item of toData.order) if ((findItem(base, id, translateItem(to, base, id, item.id))?.item.reading ?? b) < b) n++;
    return n;
  };
  const memoOut: LensMemo = { issueId: id, item: baseItem ? { base: baseItem, shown: next.itemId } : undefined };
  if (state.reveal !== null) {
    const b = memo?.reveal && memo.reveal.shown === state.reveal ? memo.reveal.base : toBase(state.reveal);
    next.reveal = Math.min(fromBase(b), toData.order.length);
    memoOut.reveal = { base: b, shown: next.reveal };
  }
  const b = memo?.step && memo.step.shown === state.presentStep ? memo.step.base : toBase(state.presentStep);
  next.presentStep = fromBase(b);
  memoOut.step = { base: b, shown: next.presentStep };
  next.lensMemo = memoOut;
  return next;
}

function presentCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const total = presenterSteps(model, state.issueId).length;
  const i = issueIndex(model, state.issueId);
  switch (cmd) {
    case 'step':
      // Past the discussion prompt, on to the next issue, as a slide deck would.
      return state.presentStep < total ? showStep(state, ctx, state.presentStep + 1) : presentIssue(state, ctx, i + 1, 'start');
    case 'step-back':
      return state.presentStep > 0 ? showStep(state, ctx, state.presentStep - 1) : presentIssue(state, ctx, i - 1, 'end');
    case 'next-issue':
    case 'prev-issue':
      return presentIssue(state, ctx, i + (cmd === 'next-issue' ? 1 : -1), 'start');
    case 'up':
    case 'down': {
      const top = presenterShownTop(model, frameOf(state.size), presenterFocus(state));
      return { ...state, presentTop: Math.max(0, top + (cmd === 'down' ? 1 : -1)) };
    }
    case 'timer':
      return { ...state, timer: toggleTimer(state.timer) };
    case 'timer-more':
    case 'timer-less':
      return { ...state, timer: adjustTimer(state.timer, cmd === 'timer-more' ? 1 : -1) };
    case 'timer-stop':
      return { ...state, timer: undefined };
    default:
      return state;
  }
}

function presenterFocus(state: ViewState) {
  return { issueId: state.issueId, step: state.presentStep, top: state.presentTop, timer: state.timer };
}

/** Show `n` steps; the last one shown is the focused item, so leaving presenter mode keeps the place. */
function showStep(state: ViewState, ctx: Context, n: number): ViewState {
  const step = presenterSteps(ctx.model, state.issueId)[n - 1];
  const next: ViewState = { ...state, presentStep: n, presentTop: null };
  if (step?.kind === 'item') return { ...next, actorId: step.item.actorId, itemId: step.item.id };
  return next;
}

function presentIssue(state: ViewState, ctx: Context, to: number, at: 'start' | 'end'): ViewState {
  const moved = moveIssue(state, ctx, to);
  if (moved === state) return state;
  const step = at === 'start' ? 0 : presenterSteps(ctx.model, moved.issueId).length;
  return { ...moved, presentStep: step, presentTop: null, issueScroll: {}, itemId: undefined };
}

function compareCommand(state: ViewState, cmd: Command, ctx: Context): ViewState {
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

// --- settling -------------------------------------------------------------

/** Repair ids the model no longer has, and bring the focus of the current screen into view. */
export function settle(state: ViewState, ctx: Context): ViewState {
  const { model } = ctx;
  const s: ViewState = { ...state };
  if (issueIndex(model, s.issueId) < 0) s.issueId = model.issues[0]?.id;
  if (actorIndex(model, s.actorId) < 0) s.actorId = model.actors[0]?.id;
  const data = s.issueId ? issueData(model, s.issueId) : undefined;
  if (data && s.reveal !== null) s.reveal = clamp(s.reveal, 0, data.order.length);
  if (s.itemId !== undefined) {
    const at = data?.byId.get(s.itemId);
    const hidden = at && s.reveal !== null && at.item.reading >= s.reveal;
    if (!at || hidden || at.item.actorId !== s.actorId) {
      const { col, shown } = columnOf({ ...s, itemId: undefined }, ctx);
      Object.assign(s, focusRow(s, col, at && at.item.actorId === s.actorId ? at.row : 0, shown));
    }
  }
  if (s.screen === 'detail' && !s.itemId) s.screen = s.history.length ? (s.history[s.history.length - 1] as Screen) : 'matrix';
  s.problem = clamp(s.problem, 0, Math.max(0, model.diagnostics.length - 1));

  const frame = frameOf(s.size);
  if (frame.tooSmall) return s;
  const i = Math.max(0, issueIndex(model, s.issueId));
  const a = Math.max(0, actorIndex(model, s.actorId));
  switch (s.screen) {
    case 'matrix': {
      const m = settleMatrix(model, frame, { issue: i, actor: a, top: s.matrixTop, left: s.matrixLeft });
      s.matrixTop = m.top;
      s.matrixLeft = m.left;
      break;
    }
    case 'issue': {
      if (!s.issueId) break;
      const v = settleIssue(model, frame, {
        issueId: s.issueId,
        actor: a,
        itemId: s.itemId,
        reveal: s.reveal,
        left: s.issueLeft,
        scroll: s.issueScroll,
      });
      s.issueLeft = v.left;
      s.issueScroll = v.scroll;
      break;
    }
    case 'actor': {
      const actor = model.actors[a];
      if (actor) s.actorTop = settleActor(model, actor, frame, i, s.actorTop);
      break;
    }
    case 'detail':
      s.detailTop = clampOffset(s.detailTop, detailHeight(frame), detailBody(model, s.issueId, s.itemId, frame.cols).length);
      break;
    case 'help':
      s.helpTop = clampOffset(s.helpTop, helpHeight(frame), helpBody(frame.cols).length);
      break;
    case 'problems':
      s.problemsTop = settleProblems(model, frame, s.problem, s.problemsTop);
      break;
    case 'search': {
      const r = settleSearch(model, frame, s.query, s.hit, s.hitsTop);
      s.hit = r.hit;
      s.hitsTop = r.top;
      break;
    }
    case 'present':
      s.presentStep = clamp(s.presentStep, 0, presenterSteps(model, s.issueId).length);
      s.presentTop = settlePresenter(model, frame, presenterFocus(s));
      break;
    case 'compare':
      if (s.compareWith === s.actorId || actorIndex(model, s.compareWith) < 0) s.compareWith = nextOther(model, s.actorId, s.actorId, 1);
      s.compareTop = settleCompare(model, frame, { a: s.actorId, b: s.compareWith, issueId: s.issueId, top: s.compareTop });
      break;
  }
  return s;
}
