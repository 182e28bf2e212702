// The class, scrolled.
import { classView } from '../../../debate/class.js';
import { blank, fitLine, type Line } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { classBody } from './layout.js';
import type { ClassLayout } from './update.js';

export function lines(state: ViewState, layout: ClassLayout | undefined, { model, frame }: Drawing): Drawn {
  const c = state.classOf ?? { answers: [], top: 0 };
  const body = layout?.answers === c.answers ? layout.body : classBody(model, classView(model, c.answers), frame.cols);
  const out: Line[] = [];
  for (let l = c.top; l < Math.min(body.length, c.top + frame.body); l++) out.push(fitLine(body[l] as Line, frame.cols));
  while (out.length < frame.body) out.push(blank(frame.cols));
  return { lines: out, where: `class · ${c.answers.length} respondents` };
}
