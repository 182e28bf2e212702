// Presenter mode: one issue as a projected slide. The issue's title and
// question stay on top, a board says where each actor stands so far, and one
// point at a time fills a card: each claim, then the evidence, then the
// counterpoints and answers (the issue view's reading order), and last the
// discussion prompts. The step count sits at the bottom, the timer in the top
// corner. Text is kept to a readable measure and centred on wide screens.

import { actorIndex, type IssueColumn, issueData, issueIndex } from '../../../debate/reading.js';
import { alignedStanceMark } from '../../../debate/stance.js';
import { KIND_MEANING } from '../../../model/terms.js';
import type { Model } from '../../../model/types.js';
import { plural, width } from '../../../text/measure.js';
import { clamp, type Frame } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, type Segment, seg } from '../../lines.js';
import { type Timer, timerText } from '../../timer.js';
import { sourceRef } from '../issue/layout.js';
import { board, boardHeight } from './board.js';
import { presenterSteps, type Step } from './steps.js';

export { presenterSteps, type Step } from './steps.js';

/** The widest the text runs, so lines stay readable from the back of a room. */
const MEASURE = 100;
const BAR = '┃ ';

export interface PresenterFocus {
  issueId: string | undefined;
  /** Steps shown: 0 shows only the question. */
  step: number;
  /** First line shown; null keeps the current point in view. */
  top: number | null;
  timer?: Timer;
}

interface Slide {
  lines: Line[];
  /** Where the current point's card is, to keep it on screen. */
  card: { top: number; end: number };
}

export interface Box {
  left: number;
  w: number;
}

function boxOf(frame: Frame): Box {
  const w = Math.max(20, Math.min(MEASURE, frame.cols - 4));
  return { left: Math.max(1, Math.floor((frame.cols - w) / 2)), w };
}

/** Lines the slide may use: the body less the step line at the bottom. */
function slideHeight(frame: Frame): number {
  return Math.max(1, frame.body - 1);
}

/** How a slide is fitted to the window; the same for every step of an issue, so nothing jumps. */
export interface Fit {
  /** Blank lines above the title. */
  padTop: number;
  /** Lines the board may take (0: no board). */
  boardMax: number;
  /** Lines of each revealed claim on the board. */
  claimLines: number;
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

function build(model: Model, frame: Frame, issueId: string | undefined, step: number, fit: Fit): Slide {
  const data = issueId ? issueData(model, issueId) : undefined;
  const box = boxOf(frame);
  const pad = seg(' '.repeat(box.left));
  if (!data) {
    const lines: Line[] = [[]];
    for (const l of wrapCached('No issues to present: debate.yaml could not be read. Press Esc, then p for the problems.', box.w))
      lines.push([pad, seg(l)]);
    return { lines, card: { top: 0, end: lines.length } };
  }
  const steps = presenterSteps(model, data.issue.id);
  const shown = clamp(step, 0, steps.length);
  const current = steps[shown - 1];
  const lines = headLines(data.issue, box, fit.padTop);

  if (shown === 0) {
    const top = lines.length;
    for (const l of wrapCached(`${plural(steps.length, 'step')}: ${whatComes(steps)}`, box.w)) lines.push([pad, seg(l, { role: 'muted' })]);
    return { lines, card: { top, end: lines.length } };
  }

  if (fit.boardMax > 0) {
    const focusActor = current?.kind === 'item' ? current.item.actorId : undefined;
    // Claims come first in the reading order: one is revealed when the steps shown reach it.
    const revealed = (c: IssueColumn) => (c.items[0]?.reading ?? Number.POSITIVE_INFINITY) < shown;
    lines.push(...board(data.columns, revealed, focusActor, box, fit));
    lines.push([]);
  }
  const top = lines.length;
  for (const l of card(model, current as Step, box.w - width(BAR))) lines.push([pad, seg(BAR, { role: 'accent', bold: true }), ...l]);
  return { lines, card: { top, end: lines.length } };
}

/** The current point, whole: what it is and whose, then its text. */
function card(model: Model, step: Step, w: number): Line[] {
  const out: Line[] = [];
  const text = (t: string, style: Parameters<typeof seg>[1] = {}) => {
    for (const l of wrapCached(t, w)) out.push([seg(l, style)]);
  };
  const name = (id: string | undefined) => model.actors[actorIndex(model, id)]?.name ?? id ?? '';
  const head = (label: string, rest: string) => {
    const lead = width(label) + 2;
    const more = rest ? wrapCached(rest, Math.max(8, w - lead)) : [];
    out.push([seg(label, { bold: true, role: 'heading' }), seg(more[0] ? `  ${more[0]}` : '', { bold: true })]);
    for (const l of more.slice(1)) out.push([seg(' '.repeat(lead)), seg(l, { bold: true })]);
    out.push([]);
  };
  if (step.kind === 'crux') {
    head('Allies split here', '');
    text(`${step.text}.`, { bold: true });
    return out;
  }
  if (step.kind === 'prompt') {
    const which = step.of > 1 ? `${step.n} of ${step.of}` : '';
    head('Discuss', step.whole ? ['the whole debate', which].filter(Boolean).join(' · ') : which);
    text(step.text, { bold: true });
    return out;
  }
  const { item } = step;
  const p = item.position;
  if (item.kind === 'claim') {
    head('Claim', name(item.actorId));
    out.push([seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
    text(p.claim);
    if (p.respondsTo.length > 0) {
      const names = [...new Set(p.respondsTo.map((key) => name(model.positions.get(key)?.actorId)))];
      out.push([]);
      text(`This answers ${names.join(', ')}.`, { role: 'muted' });
    }
  } else if (item.kind === 'evidence' && item.evidence) {
    const e = item.evidence;
    head('Evidence', `${e.kind} · ${KIND_MEANING[e.kind]}`);
    text(e.kind === 'quote' ? `“${e.text}”` : e.text);
    const from = [e.speaker ? `— ${e.speaker}` : '', sourceRef(e.source, e.locator)].filter(Boolean).join(' · ');
    if (from) text(from, { role: 'muted' });
    out.push([]);
    text(`backs the claim of ${name(item.actorId)} (${alignedStanceMark(p.stance)})`, { role: 'muted' });
  } else if (item.kind === 'counterpoint' && item.counterpoint) {
    const c = item.counterpoint;
    const by = c.byActor ? name(c.byActor) : c.by;
    head('Counterpoint', `against ${name(item.actorId)}${by ? `, by ${by}` : ''}`);
    text(c.text);
    for (const e of c.evidence) text(`${e.kind}: ${e.kind === 'quote' ? `“${e.text}”` : e.text}`, { role: 'muted' });
  } else if (item.kind === 'response' && item.response) {
    const r = item.response;
    head('Answer', `${name(r.actorId)} answers ${name(item.actorId)}`);
    out.push([seg(alignedStanceMark(r.stance), { bold: true, role: stanceRole(r.stance) })]);
    if (r.issueId !== item.issueId) text(`on ${model.issues[issueIndex(model, r.issueId)]?.title ?? r.issueId}`, { role: 'muted' });
    text(r.claim);
  }
  return out;
}

/**
 * The roomiest fit in which every step of the issue fits the window: the
 * board's claims get shorter, then the board lists fewer actors, before the
 * current point has to scroll. What is left over goes above the title.
 * Measured, not drawn: the board is at its tallest once every claim is shown.
 */
function fitFor(model: Model, frame: Frame, issueId: string | undefined): Fit {
  const data = issueId ? issueData(model, issueId) : undefined;
  if (!data) return { padTop: 1, boardMax: 0, claimLines: 1 };
  const h = slideHeight(frame);
  const box = boxOf(frame);
  const steps = presenterSteps(model, issueId);
  const head = headLines(data.issue, box, 0).length;
  const intro = wrapCached(`${plural(steps.length, 'step')}: ${whatComes(steps)}`, box.w).length;
  let cardMost = 0;
  for (const step of steps) cardMost = Math.max(cardMost, card(model, step, box.w - width(BAR)).length);
  const tallest = (boardLines: number) => head + Math.max(intro, (boardLines > 0 ? boardLines + 1 : 0) + cardMost);
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
  fit: Fit;
  slide: Slide;
}

export function presenterLayout(model: Model, frame: Frame, f: PresenterFocus, last?: PresenterLayout): PresenterLayout {
  const fit = last && last.issueId === f.issueId ? last.fit : fitFor(model, frame, f.issueId);
  return { issueId: f.issueId, step: f.step, fit, slide: build(model, frame, f.issueId, f.step, fit) };
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

/** The timer in the top right corner, over whatever the first line holds there. */
function withTimer(line: Line, timer: Timer, cols: number): Line {
  const done = timer.leftMs <= 0;
  const fresh = !timer.running && timer.leftMs === timer.setMs;
  const label = done ? ' time is up ' : timer.running ? ` ${timerText(timer)} ` : ` ${fresh ? 'timer' : 'paused'} ${timerText(timer)} `;
  const style = done || timer.running ? { bold: true, inverse: true, role: done ? ('warning' as const) : undefined } : { bold: true };
  const room = Math.max(0, cols - width(label) - 1);
  return fitLine([...fitLine(line, room), seg(label, style), seg(' ')], cols);
}

/** The bottom line: what comes next on the left, the count on the right ("4 / 11"). */
function stepLine(model: Model, frame: Frame, f: PresenterFocus, top: number, max: number): Line {
  const steps = presenterSteps(model, f.issueId);
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
  const kind = step.item.kind;
  if (kind === 'claim') return 'a claim';
  if (kind === 'evidence') return 'evidence';
  if (kind === 'counterpoint') return 'a counterpoint';
  return 'an answer';
}
