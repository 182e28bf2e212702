// The matrix: issues as rows, actors as columns, each cell a stance mark and
// the start of the claim. Wide windows show a grid; narrow ones stack each
// issue's actors under it. Only the rows and columns on screen are built.

import { alignedStanceMark, STANCE_MARK_WIDTH } from '../../../debate/stance.js';
import type { Actor, Model, Position } from '../../../model/types.js';
import { continued, fitWidth, plural, truncate, width } from '../../../text/measure.js';
import { clamp, type Frame, keepVisible } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, type Segment, seg, styleLine } from '../../lines.js';
import { FOCUS } from '../../theme.js';

const SEP = ' │ ';
const CELL_MIN = 18;

export interface MatrixGeometry {
  stacked: boolean;
  titleW: number;
  cellW: number;
  visibleActors: number;
  /** Wide: lines per issue row including a gap line; stacked: unused. */
  rowLines: number;
  contentLines: number;
  /** Wide: issue rows that fit; stacked: lines that fit. */
  visible: number;
  headLines: number;
  nameW: number;
}

export function matrixGeometry(model: Model, frame: Frame): MatrixGeometry {
  const nA = model.actors.length;
  const nI = Math.max(1, model.issues.length);
  if (frame.stacked) {
    const nameW = clamp(Math.floor(frame.cols * 0.22), 8, 18);
    return {
      stacked: true,
      titleW: frame.cols,
      cellW: frame.cols,
      visibleActors: nA,
      rowLines: 1 + nA,
      contentLines: 1,
      visible: frame.body,
      headLines: 0,
      nameW,
    };
  }
  const headLines = 2;
  const avail = Math.max(1, frame.body - headLines);
  const rowLines = clamp(Math.floor(avail / nI), 2, 6);
  const gap = rowLines >= 3 ? 1 : 0;
  const titleW = clamp(Math.floor(frame.cols * 0.22), 14, 32);
  const fits = Math.max(1, Math.floor((frame.cols - titleW) / (CELL_MIN + SEP.length)));
  const visibleActors = Math.min(nA, fits);
  const cellW = visibleActors > 0 ? Math.floor((frame.cols - titleW - SEP.length * visibleActors) / visibleActors) : 0;
  return {
    stacked: false,
    titleW,
    cellW,
    visibleActors,
    rowLines,
    contentLines: rowLines - gap,
    visible: Math.max(1, Math.floor(avail / rowLines)),
    headLines,
    nameW: 0,
  };
}

export interface MatrixFocus {
  issue: number;
  actor: number;
  top: number;
  left: number;
}

/** Scroll offsets that keep the focused cell on screen. */
export function settleMatrix(model: Model, frame: Frame, f: MatrixFocus): { top: number; left: number } {
  const g = matrixGeometry(model, frame);
  if (g.stacked) {
    const block = 1 + model.actors.length;
    const start = f.issue * block;
    const line = start + 1 + Math.max(0, f.actor);
    const total = model.issues.length * block;
    // Keep the issue's title in view with its focused actor when both fit.
    const from = line - start < g.visible ? start : line;
    return { top: keepVisible(f.top, from, line + 1, g.visible, total), left: 0 };
  }
  return {
    top: keepVisible(f.top, f.issue, f.issue + 1, g.visible, model.issues.length),
    left: keepVisible(f.left, f.actor, f.actor + 1, g.visibleActors, model.actors.length),
  };
}

export interface MatrixView {
  lines: Line[];
  /** Where the window is: "issues 1–7 of 7 · actors 1–3 of 5". */
  where: string;
}

export function matrixLines(model: Model, frame: Frame, f: MatrixFocus): MatrixView {
  const g = matrixGeometry(model, frame);
  if (model.issues.length === 0 || model.actors.length === 0) return emptyMatrix(model, frame);
  return g.stacked ? stacked(model, frame, g, f) : grid(model, frame, g, f);
}

function emptyMatrix(model: Model, frame: Frame): MatrixView {
  // An actor file that failed is one with an error of its own; with none, there are simply no actor files yet.
  const failed = model.diagnostics.some((d) => d.severity === 'error' && d.file !== model.file);
  const why =
    model.issues.length === 0
      ? 'No issues to show: debate.yaml could not be read.'
      : failed
        ? 'No actors to show: no actor file could be read.'
        : 'No actors yet: add an actor file to the folder (standpoint new actor ID DIR).';
  const lines: Line[] = [blank(frame.cols), fitLine([seg(`  ${why}`, { bold: true })], frame.cols)];
  if (model.diagnostics.length > 0) lines.push(fitLine([seg('  Press p to see the problems, with file:line:col.')], frame.cols));
  while (lines.length < frame.body) lines.push(blank(frame.cols));
  return { lines: lines.slice(0, frame.body), where: '' };
}

function range(first: number, count: number, total: number, what: string): string {
  if (total === 0) return `no ${what}s`;
  const last = Math.min(total, first + count);
  return first === 0 && last === total ? plural(total, what) : `${what}s ${first + 1}–${last} of ${total}`;
}

function grid(model: Model, frame: Frame, g: MatrixGeometry, f: MatrixFocus): MatrixView {
  const actors = model.actors.slice(f.left, f.left + g.visibleActors);
  const lines: Line[] = [];
  const sep = seg(SEP, { role: 'muted' });
  const head: Line = [seg(fitWidth('  Issue', g.titleW), { bold: true, role: 'heading' })];
  // Arrows at the edges say that more actors lie that way.
  const edges = actors.map((_, i) => ({
    before: i === 0 && f.left > 0 ? '◂ ' : '',
    after: i === actors.length - 1 && f.left + actors.length < model.actors.length ? ' ▸' : '',
  }));
  const roomOf = (i: number) => g.cellW - width(edges[i]?.before ?? '') - width(edges[i]?.after ?? '');
  const short = wantsShortNames(actors.map((actor, i) => ({ actor, room: roomOf(i) })));
  actors.forEach((a, i) => {
    const focused = f.left + i === f.actor;
    const { before, after } = edges[i] ?? { before: '', after: '' };
    const label = fitWidth(actorLabel(a, roomOf(i), short), roomOf(i));
    head.push(
      sep,
      seg(before, { bold: true }),
      seg(label, { bold: true, underline: focused, role: 'heading' }),
      seg(after, { bold: true }),
    );
  });
  lines.push(fitLine(head, frame.cols));
  const rule: Segment[] = [seg('─'.repeat(g.titleW), { role: 'muted' })];
  for (let i = 0; i < actors.length; i++) rule.push(seg(`─┼─${'─'.repeat(g.cellW)}`, { role: 'muted' }));
  lines.push(fitLine(rule, frame.cols));

  const last = Math.min(model.issues.length, f.top + g.visible);
  for (let r = f.top; r < last; r++) {
    const issue = model.issues[r];
    if (!issue) break;
    const rowFocused = r === f.issue;
    const title = clipLines(wrapCached(issue.title, g.titleW - 2), g.contentLines, g.titleW - 2);
    const cells = actors.map((a) => cellLines(a.byIssue.get(issue.id), g.cellW, g.contentLines));
    for (let l = 0; l < g.contentLines; l++) {
      const marker = l === 0 && rowFocused ? `${FOCUS} ` : '  ';
      const line: Line = [seg(marker, { bold: true }), seg(fitWidth(title[l] ?? '', g.titleW - 2), { bold: rowFocused })];
      cells.forEach((cell, i) => {
        const focused = rowFocused && f.left + i === f.actor;
        line.push(sep);
        const c = fitLine(cell[l] ?? [], g.cellW);
        line.push(...(focused ? styleLine(c, { inverse: true }) : c));
      });
      lines.push(fitLine(line, frame.cols));
    }
    for (let l = g.contentLines; l < g.rowLines; l++) {
      const line: Line = [seg(' '.repeat(g.titleW))];
      for (let i = 0; i < actors.length; i++) line.push(sep, seg(' '.repeat(g.cellW)));
      lines.push(fitLine(line, frame.cols));
    }
  }
  while (lines.length < frame.body) lines.push(blank(frame.cols));
  const where = `${range(f.top, g.visible, model.issues.length, 'issue')} · ${range(f.left, g.visibleActors, model.actors.length, 'actor')}`;
  return { lines: lines.slice(0, frame.body), where };
}

function stacked(model: Model, frame: Frame, g: MatrixGeometry, f: MatrixFocus): MatrixView {
  const nA = model.actors.length;
  const block = 1 + nA;
  const lines: Line[] = [];
  const markW = STANCE_MARK_WIDTH;
  const claimW = Math.max(4, frame.cols - 4 - g.nameW - 1 - markW - 1);
  for (let n = f.top; n < f.top + g.visible && lines.length < frame.body; n++) {
    const i = Math.floor(n / block);
    const a = (n % block) - 1;
    const issue = model.issues[i];
    if (!issue) break;
    if (a < 0) {
      const focused = i === f.issue;
      lines.push(fitLine([seg(focused ? `${FOCUS} ` : '  ', { bold: true }), seg(issue.title, { bold: true })], frame.cols));
      continue;
    }
    const actor = model.actors[a] as Actor;
    const p = actor.byIssue.get(issue.id);
    const focused = i === f.issue && a === f.actor;
    const cell: Line = [seg(fitWidth(actor.short, g.nameW), { bold: focused }), seg(' ')];
    // Its file is broken on disk: say so before the claim, which is the last good one.
    if (actor.stale) cell.push(seg('(stale) ', { role: 'warning', bold: true }));
    if (p)
      cell.push(
        seg(fitWidth(alignedStanceMark(p.stance), markW), { role: stanceRole(p.stance), bold: true }),
        seg(' '),
        seg(truncate(flat(p.claim), claimW)),
      );
    else cell.push(seg('·  no position', { role: 'muted' }));
    const fitted = fitLine(cell, frame.cols - 4);
    lines.push([seg(focused ? `  ${FOCUS} ` : '    ', { bold: true }), ...(focused ? styleLine(fitted, { inverse: true }) : fitted)]);
  }
  while (lines.length < frame.body) lines.push(blank(frame.cols));
  const issuesShown = Math.max(1, Math.floor(g.visible / block));
  const firstIssue = Math.floor(f.top / block);
  return { lines, where: `${range(firstIssue, issuesShown, model.issues.length, 'issue')} · ${plural(nA, 'actor')}` };
}

/** An actor's column header: the full name, or the short one when `short` (or when the name does not fit). */
export function actorLabel(a: Actor, w: number, short = false): string {
  // The stale mark must survive a narrow column: the name gives way first.
  const mark = a.stale ? ' (stale)' : '';
  const room = Math.max(1, w - width(mark));
  const name = !short && width(a.name) <= room ? a.name : truncate(a.short, room);
  return `${name}${mark}`;
}

/** One rule for every column of a screen: short names for all as soon as one full name does not fit its room. */
export function wantsShortNames(columns: ReadonlyArray<{ actor: Actor; room: number }>): boolean {
  return columns.some(({ actor, room }) => width(actor.name) + (actor.stale ? width(' (stale)') : 0) > room);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `n` lines; when text was left out, the last line ends in an ellipsis. */
function clipLines(lines: readonly string[], n: number, w: number): string[] {
  if (lines.length <= n) return [...lines];
  const kept = lines.slice(0, n);
  kept[n - 1] = continued(kept[n - 1] ?? '', w);
  return kept;
}

function cellLines(p: Position | undefined, w: number, n: number): Line[] {
  if (!p) return [[seg('·  no position', { role: 'muted' })]];
  const mark = seg(alignedStanceMark(p.stance), { role: stanceRole(p.stance), bold: true });
  if (n === 1) return [[mark, seg('  '), seg(truncate(flat(p.claim), Math.max(0, w - width(mark.text) - 2)))]];
  const claim = clipLines(wrapCached(p.claim, w), n - 1, w);
  return [[mark], ...claim.map((l) => [seg(l)])];
}
