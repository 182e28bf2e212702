// The one pure function that changes the view state. Every key is a named
// command from keys.ts; resizes and model swaps are actions too. The commands
// every screen shares are handled here; the others go to the screen's own
// update (screens/registry.ts). The cursor is kept as ids (issue, actor,
// item), so a reloaded model keeps it. After each action `settle` repairs ids,
// then the screen brings its focus into view: it only looks at what is
// visible, never the whole debate.

import { blindModel } from '../debate/blind.js';
import { type Lens, lensedModel } from '../debate/lensed.js';
import { actorIndex, claimItemId, issueData, issueIndex, ofPosition } from '../debate/reading.js';
import type { Model } from '../model/types.js';
import { type Command, commandFor, type Screen } from './keys.js';
import { clamp, type Frame, frameOf, type Size } from './layout/frame.js';
import { changeLens } from './lens-change.js';
import { columnOf, focusClaim, focusRow } from './screens/moves.js';
import { SCREENS, screenDef } from './screens/registry.js';
import type { Drawn } from './screens/screen.js';
import { jumpToMatch } from './screens/search/update.js';
import { tickTimer } from './timer.js';
import { type Action, back, type Context, type InitialOptions, type ViewState } from './view-state.js';

export type { Action, Context, InitialOptions, ViewState } from './view-state.js';

export function initialState(size: Size, ctx: Context, opts: InitialOptions = {}): ViewState {
  const { model } = ctx;
  const shared = {
    size,
    screen: opts.screen ?? 'matrix',
    history: opts.screen && opts.screen !== 'matrix' ? ['matrix' as const] : [],
    issueId: opts.issueId ?? model.issues[0]?.id,
    actorId: opts.actorId ?? model.actors[0]?.id,
    reveal: opts.reveal ?? null,
    lens: opts.lens ?? null,
    ...(opts.blind ? { blind: true } : {}),
    ...(opts.quiz ? { quiz: opts.quiz } : {}),
  };
  // Each screen's own fields start as its state.ts says.
  const state = Object.assign({}, ...Object.values(SCREENS).map((s) => s.initial), shared) as ViewState;
  const seen = throughLens(ctx, state.lens, state.blind);
  return settle(focusClaim(state, seen), seen);
}

/** The context as the views see it: the model made anonymous in blind mode, then through the current lens. */
export function throughLens(ctx: Context, lens: Lens, blind?: boolean): Context {
  const base = blind ? { ...ctx, model: blindModel(ctx.model) } : ctx;
  return lens === null ? base : { ...base, model: lensedModel(base.model, lens) };
}

export function reduce(state: ViewState, action: Action, base: Context): ViewState {
  if (action.type === 'tick') {
    const timer = tickTimer(state.timer, action.ms);
    if (timer === state.timer) return state;
    // The timer is drawn over the slide: the slide's layout stays.
    const next = { ...state, timer };
    const laid = framed.get(state);
    if (laid) framed.set(next, laid);
    return next;
  }
  const ctx = throughLens(base, state.lens, state.blind);
  let next: ViewState;
  switch (action.type) {
    case 'resize':
      next = { ...state, size: { cols: action.cols, rows: action.rows } };
      break;
    case 'model':
      next = state;
      break;
    case 'respondents':
      next = { ...state, classAnswers: action.answers };
      break;
    case 'type':
      next = screenDef(state.screen)?.type?.(state, action.text) ?? state;
      break;
    case 'command':
      next = command(state, action.command, ctx);
      break;
    case 'key': {
      const cmd = commandFor(state.screen, action.name);
      const type = screenDef(state.screen)?.type;
      if (cmd) next = command(state, cmd, ctx);
      else if (type && PRINTABLE.test(action.text)) next = type(state, action.text);
      else next = state;
      break;
    }
  }
  const same = next.lens === state.lens && next.blind === state.blind;
  return settle(next, same ? ctx : throughLens(base, next.lens, next.blind), state);
}

// A key's text is typed only when it is all printable: no control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: typed text must hold no control characters
const PRINTABLE = /^[^\u0000-\u001f\u007f-\u009f]+$/;

/**
 * The commands every screen shares, then the ones that open a screen of the
 * same name, then the current screen's own.
 */
function command(state: ViewState, cmd: Command, ctx: Context): ViewState {
  switch (cmd) {
    case 'quit':
    case 'force-quit':
      return { ...state, exit: 'quit' };
    case 'back':
      return back(state, ctx);
    case 'search-next':
    case 'search-prev':
      return jumpToMatch(state, ctx, cmd === 'search-next' ? 1 : -1);
    case 'lens':
    case 'lens-back':
      return changeLens(state, ctx, cmd === 'lens' ? 1 : -1);
    case 'reveal-names':
      return state.blind ? { ...state, blind: false } : state;
  }
  const opens = screenDef(cmd as Screen)?.open;
  if (opens) return opens(state, ctx);
  return screenDef(state.screen)?.update(state, cmd, ctx) ?? state;
}

/** The layout each settled state was drawn from: built once per frame, by `settle`. */
interface Framed {
  screen: Screen;
  model: Model;
  cols: number;
  rows: number;
  layout: unknown;
}

const framed = new WeakMap<ViewState, Framed>();

function layoutFor(f: Framed | undefined, screen: Screen, model: Model, frame: Frame): unknown {
  return f && f.screen === screen && f.model === model && f.cols === frame.cols && f.rows === frame.rows ? f.layout : undefined;
}

/**
 * Repair ids the model no longer has, and lay the current screen out so its
 * focus is in view. `last`, the state before, lends its layout when it is of
 * the same screen, model and window.
 */
export function settle(state: ViewState, ctx: Context, last?: ViewState): ViewState {
  const { model } = ctx;
  const s: ViewState = { ...state };
  if (issueIndex(model, s.issueId) < 0) s.issueId = model.issues[0]?.id;
  if (actorIndex(model, s.actorId) < 0) s.actorId = model.actors[0]?.id;
  // An item of another position (the issue or actor moved): with everything shown, the new column's first item is its claim.
  if (s.reveal === null && s.itemId !== undefined && !ofPosition(model, s.itemId, s.issueId, s.actorId)) {
    s.itemId = claimItemId(model, s.issueId, s.actorId);
  }
  // The focused actor's claim, everything shown, is known good without building the issue (which reads every actor's evidence).
  const shownClaim = s.reveal === null && s.itemId !== undefined && s.itemId === claimItemId(model, s.issueId, s.actorId);
  const data = s.issueId && !shownClaim ? issueData(model, s.issueId) : undefined;
  if (data && s.reveal !== null) s.reveal = clamp(s.reveal, 0, data.order.length);
  if (s.itemId !== undefined && !shownClaim) {
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
  const def = screenDef(s.screen);
  if (frame.tooSmall || !def) return s;
  const laid = def.settle(s, model, frame, layoutFor(last && framed.get(last), s.screen, model, frame));
  framed.set(laid.state, { screen: s.screen, model, cols: frame.cols, rows: frame.rows, layout: laid.layout });
  return laid.state;
}

/** The current screen's body for a settled state, drawn from the layout `settle` built for it. */
export function draw(state: ViewState, ctx: Context, frame: Frame, texts?: ReadonlyMap<string, string>): Drawn {
  const def = screenDef(state.screen);
  if (!def) return { lines: [], where: '' };
  const { model } = throughLens(ctx, state.lens, state.blind);
  // A state not settled for this window (one frame, before the resize is dispatched) is laid out here.
  const layout = layoutFor(framed.get(state), state.screen, model, frame) ?? def.settle(state, model, frame).layout;
  return def.lines(state, layout, { model, frame, texts });
}
