// The slide's edges: the timer in the top corner and the step count at the bottom.

import { issueIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import { width } from '../../../text/measure.js';
import { clamp, type Frame } from '../../layout/frame.js';
import { fitLine, type Line, type Segment, seg } from '../../lines.js';
import { type Timer, timerText } from '../../timer.js';
import { boxOf, type PresenterFocus } from './slide-frame.js';
import { presenterSteps, type Step } from './steps.js';

/** The timer in the top right corner, over whatever the first line holds there. */
export function withTimer(line: Line, timer: Timer, cols: number): Line {
  const done = timer.leftMs <= 0;
  const fresh = !timer.running && timer.leftMs === timer.setMs;
  const label = done ? ' time is up ' : timer.running ? ` ${timerText(timer)} ` : ` ${fresh ? 'timer' : 'paused'} ${timerText(timer)} `;
  const style = done || timer.running ? { bold: true, inverse: true, role: done ? ('warning' as const) : undefined } : { bold: true };
  const room = Math.max(0, cols - width(label) - 1);
  return fitLine([...fitLine(line, room), seg(label, style), seg(' ')], cols);
}

/** The bottom line: what comes next on the left, the count on the right ("4 / 11"). */
export function stepLine(model: Model, frame: Frame, f: PresenterFocus, top: number, max: number): Line {
  const steps = presenterSteps(model, f.issueId, f.classAnswers);
  const step = clamp(f.step, 0, steps.length);
  const next = steps[step];
  const last = issueIndex(model, f.issueId) >= model.issues.length - 1;
  let hint: string;
  if (steps.length === 0) hint = 'Nothing to reveal on this issue';
  else if (next) hint = step === 0 ? 'Space: the first point' : `next: ${nextLabel(next)}`;
  else hint = last ? 'End of the debate' : 'End of this issue · Space: next issue';
  const scroll = max > 0 ? `${top > 0 ? '↑' : ' '}${top < max ? '↓' : ' '} more  ` : '';
  const count = ` ${step} / ${steps.length} `;
  // The count ends where the text does, under the slide rather than far off in a wide window's corner.
  const box = boxOf(frame);
  const left: Segment[] = [seg(' '.repeat(box.left)), seg(hint, { role: 'muted' })];
  const right: Segment[] = [seg(scroll, { role: 'muted' }), seg(count, { bold: true, inverse: true })];
  const used = width([...left, ...right].map((s) => s.text).join(''));
  const gap = Math.min(box.left + box.w, frame.cols - 1) - used;
  if (gap < 1) return fitLine([seg(' '), ...right], frame.cols);
  return fitLine([...left, seg(' '.repeat(gap)), ...right], frame.cols);
}

function nextLabel(step: Step): string {
  if (step.kind === 'prompt') return 'a question to discuss';
  if (step.kind === 'crux') return 'where allies split';
  if (step.kind === 'class') return 'how the class answered';
  const kind = step.item.kind;
  if (kind === 'claim') return 'a claim';
  if (kind === 'evidence') return 'evidence';
  if (kind === 'counterpoint') return 'a counterpoint';
  return 'an answer';
}
