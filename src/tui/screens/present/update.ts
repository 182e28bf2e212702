// Presenter mode's commands: step through an issue as a slide deck would, scroll, and the discussion timer.

import { issueIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clamp, type Frame, frameOf } from '../../layout/frame.js';
import { adjustTimer, toggleTimer } from '../../timer.js';
import { back, type Context, push, type ViewState } from '../../view-state.js';
import { moveIssue } from '../moves.js';
import type { Laid } from '../screen.js';
import { type PresenterLayout, presenterLayout, presenterShownTop, presenterSteps, settlePresenter } from './layout.js';
import { presenterFocus } from './view.js';

export function open(state: ViewState, ctx: Context): ViewState {
  return state.screen === 'present' ? back(state, ctx) : { ...push(state, 'present'), presentStep: 0, presentTop: null };
}

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const { model } = ctx;
  const total = presenterSteps(model, state.issueId, state.classAnswers).length;
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
    case 'reveal-class':
      return revealClass(state, ctx);
    default:
      return state;
  }
}

export function settle(state: ViewState, model: Model, frame: Frame, last?: PresenterLayout): Laid<PresenterLayout> {
  const s = { ...state, presentStep: clamp(state.presentStep, 0, presenterSteps(model, state.issueId, state.classAnswers).length) };
  const layout = presenterLayout(model, frame, presenterFocus(s), last);
  return { state: { ...s, presentTop: settlePresenter(model, frame, presenterFocus(s), layout) }, layout };
}

/** Show `n` steps; the last one shown is the focused item, so leaving presenter mode keeps the place. */
function showStep(state: ViewState, ctx: Context, n: number): ViewState {
  const step = presenterSteps(ctx.model, state.issueId, state.classAnswers)[n - 1];
  const next: ViewState = { ...state, presentStep: n, presentTop: null };
  if (step?.kind === 'item') return { ...next, actorId: step.item.actorId, itemId: step.item.id };
  return next;
}

function presentIssue(state: ViewState, ctx: Context, to: number, at: 'start' | 'end'): ViewState {
  const moved = moveIssue(state, ctx, to);
  if (moved === state) return state;
  const step = at === 'start' ? 0 : presenterSteps(ctx.model, moved.issueId, state.classAnswers).length;
  return { ...moved, presentStep: step, presentTop: null, issueScroll: {}, itemId: undefined };
}

/**
 * The reveal key: on the class's step it shows the distribution, or hides it
 * again; from another step of the issue it goes to that step and shows it.
 * Each issue is revealed on its own, and stays revealed when the teacher comes back to it.
 */
function revealClass(state: ViewState, ctx: Context): ViewState {
  const id = state.issueId;
  const at = presenterSteps(ctx.model, id, state.classAnswers).findIndex((s) => s.kind === 'class');
  if (id === undefined || at < 0) return state;
  const shown = state.classShown.includes(id);
  if (state.presentStep === at + 1 && shown) return { ...state, classShown: state.classShown.filter((x) => x !== id) };
  return { ...showStep(state, ctx, at + 1), classShown: shown ? state.classShown : [...state.classShown, id] };
}
