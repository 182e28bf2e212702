// Problems: what loading found, each with file:line:col, and the code around
// the focused one. The actors that loaded are still shown everywhere else.
import { basename } from 'node:path';
import { displayPath } from '../../../cli/output.js';
import { countBySeverity, type Diagnostic } from '../../../model/diagnostics.js';
import { codeFrame } from '../../../model/format.js';
import { singleLine } from '../../../model/sanitize.js';
import type { Model } from '../../../model/types.js';
import { type Frame, keepVisible } from '../../layout/frame.js';
import { wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, markFocus, seg } from '../../lines.js';
import { plural, width } from '../../text.js';
import { FOCUS } from '../../theme.js';

const FRAME_LINES = 5;
const cache = new WeakMap<Model, Map<number, { lines: Line[]; blocks: Array<{ top: number; end: number }> }>>();

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

export function problemsSummary(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean);
  return parts.join(', ');
}

function listOf(model: Model, cols: number) {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  let built = perModel.get(cols);
  if (built) return built;
  const lines: Line[] = [];
  const blocks: Array<{ top: number; end: number }> = [];
  for (const d of problemList(model)) {
    const top = lines.length;
    // The location must stay readable: a long path gives way from the left, never the line:col.
    const where = keepEnd(`${displayPath(d.file)}:${d.line}:${d.col}`, Math.max(8, cols - 13));
    lines.push([
      seg('  '),
      seg(d.severity === 'error' ? 'error  ' : 'warning', { bold: true, role: d.severity === 'error' ? 'error' : 'warning' }),
      seg('  '),
      seg(where, { bold: true }),
    ]);
    const message = wrapCached(`${d.message} [${d.rule}]`, Math.max(10, cols - 13));
    for (const l of message) lines.push([seg(' '.repeat(13)), seg(l)]);
    blocks.push({ top, end: lines.length });
  }
  built = { lines, blocks };
  perModel.set(cols, built);
  return built;
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

export function settleProblems(model: Model, frame: Frame, focus: number, top: number): number {
  const { lines, blocks } = listOf(model, frame.cols);
  const b = blocks[focus];
  const g = problemsGeometry(frame);
  if (!b) return 0;
  return keepVisible(top, b.top, b.end, g.listHeight, lines.length);
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
  const { lines, blocks } = listOf(model, frame.cols);
  const b = blocks[focus];
  for (let l = top; l < Math.min(lines.length, top + g.listHeight); l++) {
    const line = lines[l] as Line;
    if (b && l >= b.top && l < b.end) {
      out.push(fitLine(markFocus(line, l === b.top, FOCUS), frame.cols));
    } else out.push(fitLine(line, frame.cols));
  }
  while (out.length < 2 + g.listHeight) out.push(blank(frame.cols));
  if (g.showFrame) {
    out.push(fitLine([seg('─'.repeat(frame.cols), { role: 'muted' })], frame.cols));
    const d = problemList(model)[focus];
    const code = d ? codeFrame(texts?.get(d.file), d) : '';
    const codeLines = code ? code.replace(/\t/g, '  ').split('\n').slice(0, FRAME_LINES) : [];
    for (let i = 0; i < FRAME_LINES; i++)
      out.push(fitLine([seg(' '), seg(codeLines[i] ?? '', { role: i === 0 && !code ? 'muted' : undefined })], frame.cols));
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  const where = model.diagnostics.length ? `problem ${focus + 1} of ${model.diagnostics.length}` : '';
  return { lines: out.slice(0, frame.body), where };
}
