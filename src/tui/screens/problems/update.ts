// The Problems screen's commands: choose a problem.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clamp, type Frame } from '../../layout/frame.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import type { Laid } from '../screen.js';
import { settleProblems } from './layout.js';

export function open(state: ViewState, _ctx: Context): ViewState {
  return { ...push(state, 'problems'), problemsTop: state.screen === 'problems' ? state.problemsTop : 0 };
}

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
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

export function settle(s: ViewState, model: Model, frame: Frame): Laid {
  return { state: { ...s, problemsTop: settleProblems(model, frame, s.problem, s.problemsTop) } };
}
