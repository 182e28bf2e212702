// The class, scrolled.
import { plural } from '../../../text/measure.js';
import { blank, fitLine, type Line } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { classLines } from './layout.js';
import type { ClassLayout } from './update.js';

export function lines(state: ViewState, layout: ClassLayout | undefined, { model, frame }: Drawing): Drawn {
  const c = state.classOf ?? { top: 0 };
  const answers = state.classAnswers;
  const body = layout && layout.answers === answers ? layout.body : classLines(model, answers, frame.cols);
  const out: Line[] = [];
  for (let l = c.top; l < Math.min(body.length, c.top + frame.body); l++) out.push(fitLine(body[l] as Line, frame.cols));
  while (out.length < frame.body) out.push(blank(frame.cols));
  return { lines: out, where: answers ? `class · ${plural(answers.length, 'respondent')}` : 'class' };
}
