// The class view scrolls. Its answers are taken from the context when it
// opens (the respondents read with the debate), so settle and the view have them.
import { classView } from '../../../debate/class.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Line } from '../../lines.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import type { Laid } from '../screen.js';
import { classBody } from './layout.js';

export function open(state: ViewState, ctx: Context): ViewState {
  return { ...push(state, 'class'), classOf: { answers: (ctx.respondents ?? []).map((r) => r.answers), top: 0 } };
}

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  const c = state.classOf ?? { answers: [], top: 0 };
  const h = Math.max(1, frameOf(state.size).body - 1);
  const to = (top: number): ViewState => ({ ...state, classOf: { ...c, top } });
  switch (cmd) {
    case 'up':
    case 'down':
      return to(c.top + (cmd === 'up' ? -1 : 1));
    case 'page-up':
    case 'page-down':
      return to(c.top + (cmd === 'page-up' ? -1 : 1) * h);
    case 'top':
      return to(0);
    case 'bottom':
      return to(Number.MAX_SAFE_INTEGER);
    default:
      return state;
  }
}

export interface ClassLayout {
  answers: readonly unknown[];
  body: Line[];
}

export function settle(state: ViewState, model: Model, frame: Frame, last?: ClassLayout): Laid<ClassLayout> {
  const c = state.classOf ?? { answers: [], top: 0 };
  const body = last && last.answers === c.answers ? last.body : classBody(model, classView(model, c.answers), frame.cols);
  const top = clampOffset(c.top, frame.body, body.length);
  return { state: top === c.top && state.classOf ? state : { ...state, classOf: { ...c, top } }, layout: { answers: c.answers, body } };
}
