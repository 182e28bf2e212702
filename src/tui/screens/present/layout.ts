// Presenter mode: one issue as a projected slide. The issue's title and
// question stay on top, a board says where each actor stands so far, and one
// point at a time fills a card: each claim, then the evidence, then the
// counterpoints and answers (the issue view's reading order), and last the
// discussion prompts. With the class's quiz answers saved, a step shows how
// the class answered, hidden until the teacher reveals it. The step count
// sits at the bottom, the timer in the top corner. Text is kept to a readable
// measure and centred on wide screens.

import { type IssueColumn, issueData, issueIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import { plural, width } from '../../../text/measure.js';
import { clamp, type Frame } from '../../layout/frame.js';
import { wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, seg } from '../../lines.js';
import { board, boardHeight } from './board.js';
import { card } from './card.js';
import { type Box, boxOf, type Fit, type PresenterFocus, slideHeight } from './slide-frame.js';
import { stepLine, withTimer } from './step-line.js';
import { presenterSteps, type Step } from './steps.js';

export { presenterSteps, type Step } from './steps.js';

const BAR = '┃ ';

interface Slide {
  lines: Line[];
  /** Where the current point's card is, to keep it on screen. */
  card: { top: number; end: number };
}

/** What the steps of an issue hold, in the order they come: a promise kept, never a prompt the issue lacks. */
function whatComes(steps: readonly Step[]): string {
  const has = (kind: string) => steps.some((s) => s.kind === 'item' && s.item.kind === kind);
  const answers = steps.some(
    (s) => s.kind === 'item' && s.item.kind !== 'claim' && s.item.kind !== 'evidence' && s.item.kind !== 'counterpoint',
  );
  const prompts = steps.filter((s) => s.kind === 'prompt').length;
  const rest = [
    has('evidence') ? 'the evidence' : '',
    has('counterpoint') && answers
      ? 'the counterpoints and answers'
      : has('counterpoint')
        ? 'the counterpoints'
        : answers
          ? 'the answers'
          : '',
    steps.some((s) => s.kind === 'class') ? 'how the class answered' : '',
    prompts === 1 ? 'a question to discuss' : prompts > 1 ? 'questions to discuss' : '',
    steps.some((s) => s.kind === 'crux') ? 'where allies split' : '',
  ].filter((x) => x !== '');
  const first = has('claim') ? "each actor's claim" : 'no claim yet';
  if (rest.length === 0) return `${first}.`;
  const tail = rest.length === 1 ? rest[0] : `${rest.slice(0, -1).join(', ')}, and ${rest.at(-1)}`;
  return `${first}, then ${tail}.`;
}

function headLines(issue: { title: string; question: string }, box: Box, padTop: number): Line[] {
  const pad = seg(' '.repeat(box.left));
  const lines: Line[] = [];
  for (let i = 0; i < padTop; i++) lines.push([]);
  for (const l of wrapCached(issue.title, box.w)) lines.push([pad, seg(l, { bold: true, role: 'heading' })]);
  lines.push([]);
  for (const l of wrapCached(issue.question, box.w)) lines.push([pad, seg(l, { bold: true })]);
  lines.push([]);
  return lines;
}

function build(model: Model, frame: Frame, f: PresenterFocus, fit: Fit): Slide {
  const data = f.issueId ? issueData(model, f.issueId) : undefined;
  const box = boxOf(frame);
  const pad = seg(' '.repeat(box.left));
  if (!data) {
    const lines: Line[] = [[]];
    for (const l of wrapCached('No issues to present: debate.yaml could not be read. Press Esc, then p for the problems.', box.w))
      lines.push([pad, seg(l)]);
    return { lines, card: { top: 0, end: lines.length } };
  }
  const steps = presenterSteps(model, data.issue.id, f.classAnswers);
  const shown = clamp(f.step, 0, steps.length);
  const current = steps[shown - 1];
  const lines = headLines(data.issue, box, fit.padTop);

  if (shown === 0) {
    const top = lines.length;
    for (const l of wrapCached(`${plural(steps.length, 'step')}: ${whatComes(steps)}`, box.w)) lines.push([pad, seg(l, { role: 'muted' })]);
    return { lines, card: { top, end: lines.length } };
  }

  // The class's distribution places the actors itself: no board above it.
  if (fit.boardMax > 0 && current?.kind !== 'class') {
    const focusActor = current?.kind === 'item' ? current.item.actorId : undefined;
    // Claims come first in the reading order: one is revealed when the steps shown reach it.
    const revealed = (c: IssueColumn) => (c.items[0]?.reading ?? Number.POSITIVE_INFINITY) < shown;
    lines.push(...board(data.columns, revealed, focusActor, box, fit));
    lines.push([]);
  }
  const top = lines.length;
  for (const l of card(model, current as Step, box.w - width(BAR), f.classShown))
    lines.push([pad, seg(BAR, { role: 'accent', bold: true }), ...l]);
  return { lines, card: { top, end: lines.length } };
}

/**
 * The roomiest fit in which every step of the issue fits the window: the
 * board's claims get shorter, then the board lists fewer actors, before the
 * current point has to scroll. What is left over goes above the title.
 * Measured, not drawn: the board is at its tallest once every claim is shown.
 */
function fitFor(model: Model, frame: Frame, issueId: string | undefined, answers: PresenterFocus['classAnswers']): Fit {
  const data = issueId ? issueData(model, issueId) : undefined;
  if (!data) return { padTop: 1, boardMax: 0, claimLines: 1 };
  const h = slideHeight(frame);
  const box = boxOf(frame);
  const steps = presenterSteps(model, issueId, answers);
  const head = headLines(data.issue, box, 0).length;
  const intro = wrapCached(`${plural(steps.length, 'step')}: ${whatComes(steps)}`, box.w).length;
  let cardMost = 0;
  // The class's step has no board: it fits beside the others, as tall as when revealed.
  let alone = intro;
  for (const step of steps) {
    const h = card(model, step, box.w - width(BAR), true).length;
    if (step.kind === 'class') alone = Math.max(alone, h);
    else cardMost = Math.max(cardMost, h);
  }
  const tallest = (boardLines: number) => head + Math.max(alone, (boardLines > 0 ? boardLines + 1 : 0) + cardMost);
  let fit: Fit | undefined;
  for (const claimLines of [3, 2, 1]) {
    const b = boardHeight(data.columns, box, claimLines);
    if (tallest(b) <= h) {
      fit = { padTop: 0, boardMax: b, claimLines };
      break;
    }
  }
  if (!fit) {
    const room = h - tallest(0) - 1;
    fit = { padTop: 0, boardMax: room >= 2 ? room : 0, claimLines: 1 };
  }
  const free = h - tallest(Math.min(fit.boardMax, boardHeight(data.columns, box, fit.claimLines)));
  return { ...fit, padTop: free > 0 ? clamp(Math.floor(free / 3), 1, 8) : 0 };
}

/** A slide laid out for one step. The fit, measured over every step, is kept from frame to frame while the issue is. */
export interface PresenterLayout {
  issueId: string | undefined;
  step: number;
  classAnswers: PresenterFocus['classAnswers'];
  classShown: boolean | undefined;
  fit: Fit;
  slide: Slide;
}

/** Whether a layout is of this focus (the timer aside, which is drawn over it). */
export function layoutOf(laid: PresenterLayout, f: PresenterFocus): boolean {
  return laid.issueId === f.issueId && laid.step === f.step && laid.classAnswers === f.classAnswers && laid.classShown === f.classShown;
}

export function presenterLayout(model: Model, frame: Frame, f: PresenterFocus, last?: PresenterLayout): PresenterLayout {
  const same = last && last.issueId === f.issueId && last.classAnswers === f.classAnswers;
  const fit = same ? last.fit : fitFor(model, frame, f.issueId, f.classAnswers);
  const slide = build(model, frame, f, fit);
  return { issueId: f.issueId, step: f.step, classAnswers: f.classAnswers, classShown: f.classShown, fit, slide };
}

/** A manual scroll kept within range; none (follow the current point) when everything fits. */
export function settlePresenter(model: Model, frame: Frame, f: PresenterFocus, laid = presenterLayout(model, frame, f)): number | null {
  if (f.top === null) return null;
  const max = Math.max(0, laid.slide.lines.length - slideHeight(frame));
  return max === 0 ? null : clamp(f.top, 0, max);
}

function shownTop(slide: Slide, h: number, top: number | null): number {
  const max = Math.max(0, slide.lines.length - h);
  // By default the current point is in view: all of its card, or as much of it as fits from its top.
  return top === null ? clamp(slide.card.end - h, 0, Math.min(max, slide.card.top)) : clamp(top, 0, max);
}

/** The first line shown, for scrolling from where the slide is now. */
export function presenterShownTop(model: Model, frame: Frame, f: PresenterFocus): number {
  return shownTop(presenterLayout(model, frame, f).slide, slideHeight(frame), f.top);
}

export function presenterLines(
  model: Model,
  frame: Frame,
  f: PresenterFocus,
  laid = presenterLayout(model, frame, f),
): { lines: Line[]; where: string } {
  const { slide } = laid;
  const h = slideHeight(frame);
  const max = Math.max(0, slide.lines.length - h);
  const top = shownTop(slide, h, f.top);
  const out: Line[] = slide.lines.slice(top, top + h).map((l) => fitLine(l, frame.cols));
  while (out.length < h) out.push(blank(frame.cols));
  if (f.timer) out[0] = withTimer(out[0] as Line, f.timer, frame.cols);
  out.push(stepLine(model, frame, f, top, max));
  const i = issueIndex(model, f.issueId);
  return { lines: out, where: i >= 0 ? `presenting · issue ${i + 1} of ${model.issues.length}` : 'presenting' };
}
