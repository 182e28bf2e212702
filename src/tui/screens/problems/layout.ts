// Problems: what loading found, each with file:line:col, and the code around
// the focused one. The actors that loaded are still shown everywhere else.
import { basename } from 'node:path';
import { countBySeverity, type Diagnostic } from '../../../model/diagnostics.js';
import { codeFrame, frameSources } from '../../../model/format.js';
import { singleLine } from '../../../model/sanitize.js';
import type { Model } from '../../../model/types.js';
import { displayPath } from '../../../terminal/output.js';
import { plural, width } from '../../../text/measure.js';
import type { Frame } from '../../layout/frame.js';
import { wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, markFocus, seg } from '../../lines.js';
import { FOCUS } from '../../theme.js';

const FRAME_LINES = 5;

const ordered = new WeakMap<Model, Diagnostic[]>();

/** Errors first (they explain what is missing from the screen), then warnings; each in file order. */
export function problemList(model: Model): Diagnostic[] {
  let list = ordered.get(model);
  if (!list) {
    list = [...model.diagnostics.filter((d) => d.severity === 'error'), ...model.diagnostics.filter((d) => d.severity !== 'error')];
    ordered.set(model, list);
  }
  return list;
}

const summaries = new WeakMap<readonly Diagnostic[], string>();

/** "1 error, 2 warnings": counted once per list, not on every frame. */
export function problemsSummary(diagnostics: readonly Diagnostic[]): string {
  let summary = summaries.get(diagnostics);
  if (summary === undefined) {
    const { errors, warnings } = countBySeverity(diagnostics);
    summary = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
    summaries.set(diagnostics, summary);
  }
  return summary;
}

// Entries are laid out when first shown and kept per model and width: with
// thousands of problems, opening the screen or moving one down lays out only
// the few on screen, never the whole list.
const laidOut = new WeakMap<Model, Map<number, Map<number, Line[]>>>();

/** The lines of entry `i`: the severity and location, then the message wrapped under them. */
function entry(model: Model, cols: number, i: number): Line[] {
  let perModel = laidOut.get(model);
  if (!perModel) laidOut.set(model, (perModel = new Map()));
  let perWidth = perModel.get(cols);
  if (!perWidth) perModel.set(cols, (perWidth = new Map()));
  let lines = perWidth.get(i);
  if (lines) return lines;
  const d = problemList(model)[i];
  if (!d) return [];
  // The location must stay readable: a long path gives way from the left, never the line:col.
  const where = keepEnd(`${displayPath(d.file)}:${d.line}:${d.col}`, Math.max(8, cols - 13));
  lines = [
    [
      seg('  '),
      seg(d.severity === 'error' ? 'error  ' : 'warning', { bold: true, role: d.severity === 'error' ? 'error' : 'warning' }),
      seg('  '),
      seg(where, { bold: true }),
    ],
  ];
  for (const l of wrapCached(`${d.message} [${d.rule}]`, Math.max(10, cols - 13))) lines.push([seg(' '.repeat(13)), seg(l)]);
  perWidth.set(i, lines);
  return lines;
}

const sources = new WeakMap<ReadonlyMap<string, string>, ReturnType<typeof frameSources>>();

/** The focused problem's code frame, each file split into lines once for all its problems. */
function frameOf(texts: ReadonlyMap<string, string> | undefined, d: Diagnostic | undefined): string {
  if (!d || !texts) return '';
  let linesOf = sources.get(texts);
  if (!linesOf) sources.set(texts, (linesOf = frameSources(texts)));
  return codeFrame(linesOf(d.file), d);
}

/** Files broken on disk whose last good version is on screen (live reload), or a blank line. */
function staleLine(model: Model, cols: number): Line {
  const files = [...(model.debateStale ? [model.file] : []), ...model.actors.filter((a) => a.stale).map((a) => a.file)];
  if (files.length === 0) return blank(cols);
  // They all sit in the debate folder: the file names say enough.
  const names = files.map((f) => singleLine(basename(f))).join(', ');
  return fitLine([seg(' '), seg(`Last good version shown, stale until fixed: ${names}`, { role: 'warning' })], cols);
}

function keepEnd(text: string, w: number): string {
  if (width(text) <= w) return text;
  const chars = [...text];
  let out = '';
  for (let i = chars.length - 1; i >= 0 && width(`…${chars[i]}${out}`) <= w; i--) out = `${chars[i]}${out}`;
  return `…${out}`;
}

export interface ProblemsGeometry {
  listHeight: number;
  showFrame: boolean;
}

export function problemsGeometry(frame: Frame): ProblemsGeometry {
  const showFrame = frame.body >= 16;
  const listHeight = Math.max(1, frame.body - 2 - (showFrame ? FRAME_LINES + 1 : 0));
  return { listHeight, showFrame };
}

/** Whether every entry fits the list at once; lays out at most a screenful to find out. */
function fitsWhole(model: Model, cols: number, listHeight: number): boolean {
  const n = problemList(model).length;
  let used = 0;
  for (let i = 0; i < n; i++) if ((used += entry(model, cols, i).length) > listHeight) return false;
  return true;
}

/** Rows of the list itself: one fewer when it overflows, for the line that says more is there. */
function listRows(model: Model, frame: Frame): number {
  const { listHeight } = problemsGeometry(frame);
  return fitsWhole(model, frame.cols, listHeight) ? listHeight : Math.max(1, listHeight - 1);
}

/**
 * The first entry on screen (problemsTop counts entries, not lines), moved as
 * little as keeps the focused entry whole in view and no space left empty
 * below the last. Only entries between the old top and the focus, at most a
 * screenful, are laid out.
 */
export function settleProblems(model: Model, frame: Frame, focus: number, top: number): number {
  const n = problemList(model).length;
  if (n === 0) return 0;
  const listHeight = listRows(model, frame);
  const height = (i: number) => entry(model, frame.cols, i).length;
  /** The highest entry from which everything down to `last` still fits. */
  const reachingDown = (last: number, floor: number) => {
    let first = last;
    let used = height(last);
    while (first > floor && used + height(first - 1) <= listHeight) used += height(--first);
    return first;
  };
  let first = Math.max(0, Math.min(top, n - 1));
  if (focus < first) first = focus;
  else first = Math.max(first, reachingDown(focus, first));
  return Math.min(first, reachingDown(n - 1, 0));
}

export function problemsLines(model: Model, frame: Frame, focus: number, top: number, texts?: ReadonlyMap<string, string>) {
  const g = problemsGeometry(frame);
  const out: Line[] = [];
  const summary = problemsSummary(model.diagnostics);
  out.push(
    fitLine(
      [
        seg(' '),
        seg(summary ? `${summary} while loading.` : 'No problems found.', { bold: true }),
        seg(summary ? ' What loaded is shown; fix and save to update.' : '', { role: 'muted' }),
      ],
      frame.cols,
    ),
  );
  out.push(staleLine(model, frame.cols));
  const list = problemList(model);
  const rows = listRows(model, frame);
  let whole = top;
  for (let i = top; i < list.length && out.length < 2 + rows; i++) {
    const lines = entry(model, frame.cols, i);
    if (out.length + lines.length <= 2 + rows) whole = i + 1;
    lines.forEach((line, l) => {
      if (out.length < 2 + rows) out.push(fitLine(i === focus ? markFocus(line, l === 0, FOCUS) : line, frame.cols));
    });
  }
  while (out.length < 2 + rows) out.push(blank(frame.cols));
  if (rows < g.listHeight) {
    // Problems cut off below (or above) the list are counted, so none goes unseen.
    const below = list.length - whole;
    const text = [below > 0 ? `↓ ${below} more below` : '', top > 0 ? `↑ ${top} more above` : ''].filter(Boolean).join(' · ');
    out.push(fitLine([seg(' '.repeat(13)), seg(text, { role: 'muted' })], frame.cols));
  }
  while (out.length < 2 + g.listHeight) out.push(blank(frame.cols));
  if (g.showFrame) {
    out.push(fitLine([seg('─'.repeat(frame.cols), { role: 'muted' })], frame.cols));
    const code = frameOf(texts, list[focus]);
    const codeLines = code ? code.replace(/\t/g, '  ').split('\n').slice(0, FRAME_LINES) : [];
    for (let i = 0; i < FRAME_LINES; i++)
      out.push(fitLine([seg(' '), seg(codeLines[i] ?? '', { role: i === 0 && !code ? 'muted' : undefined })], frame.cols));
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  const where = model.diagnostics.length ? `problem ${focus + 1} of ${model.diagnostics.length}` : '';
  return { lines: out.slice(0, frame.body), where };
}
