// The class view scrolls. Its answers are the view state's `classAnswers`,
// read when it first opens and again whenever responses/ changes (App.tsx).
import type { Answers } from '../../../debate/closeness.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Line } from '../../lines.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import type { Laid } from '../screen.js';
import { classLines } from './layout.js';

export function open(state: ViewState, _ctx: Context): ViewState {
  return { ...push(state, 'class'), classOf: { top: 0 } };
}

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  const c = state.classOf ?? { top: 0 };
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
  answers: readonly Answers[] | undefined;
  body: Line[];
}

export function settle(state: ViewState, model: Model, frame: Frame, last?: ClassLayout): Laid<ClassLayout> {
  const c = state.classOf ?? { top: 0 };
  const answers = state.classAnswers;
  const body = last && last.answers === answers ? last.body : classLines(model, answers, frame.cols);
  const top = clampOffset(c.top, frame.body, body.length);
  return { state: top === c.top && state.classOf ? state : { ...state, classOf: { top } }, layout: { answers, body } };
}
