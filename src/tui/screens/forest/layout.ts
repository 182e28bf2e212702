// The forest of a debate on screen: the agreement map (an actor × actor grid
// that pages like the matrix), the issues from consensus to divisive with the
// cruxes, the drops, and the balance audit. Every figure comes from
// src/debate/ (memoised per model), the same ones `standpoint map` and
// `standpoint audit` print; cells carry glyphs and numbers, never colour alone.

import { BANDS, band, cellText, countsInWords, MIN_OVERLAP, score, TOO_LITTLE } from '../../../debate/agreement.js';
import { actorAuditLines, auditDebate } from '../../../debate/audit.js';
import { forestOf } from '../../../debate/forest.js';
import { spreadWords } from '../../../debate/spread.js';
import { stanceMark } from '../../../debate/stance.js';
import { singleLine } from '../../../model/sanitize.js';
import type { Location, Model, Position } from '../../../model/types.js';
import { displayPath } from '../../../terminal/output.js';
import { block, hang } from '../../../text/blocks.js';
import { truncate, width } from '../../../text/measure.js';
import { clamp, type Frame, keepVisible } from '../../layout/frame.js';
import { blank, fitLine, type Line, markFocus, seg } from '../../lines.js';
import { FOCUS } from '../../theme.js';
import type { ForestTab } from './state.js';

const TAB_NAMES: Record<ForestTab, string> = { map: 'Agreement map', issues: 'Issues & cruxes', drops: 'Drops', audit: 'Balance audit' };
/** Drops listed per actor before "… and N more" (`standpoint map --json` lists all). */
const DROPS_SHOWN = 10;
/** Lines above each section: the tab bar and a rule. */
const HEAD = 2;

export function tabLines(tab: ForestTab, cols: number): Line[] {
  const line: Line = [seg(' ')];
  (Object.keys(TAB_NAMES) as ForestTab[]).forEach((t, i) => {
    if (i > 0) line.push(seg(' │ ', { role: 'muted' }));
    line.push(t === tab ? seg(`[${TAB_NAMES[t]}]`, { bold: true, inverse: true }) : seg(TAB_NAMES[t], { role: 'muted' }));
  });
  return [fitLine(line, cols), fitLine([seg('─'.repeat(cols), { role: 'muted' })], cols)];
}

// ── The agreement map ──────────────────────────────────────────────────────

export interface MapGeometry {
  labelW: number;
  cellW: number;
  /** Actor columns and rows that fit. */
  across: number;
  down: number;
}

/** Lines under the grid: which rows and columns are shown, the focused pair in words (two), the key (two; three when narrow). */
const below = (frame: Frame) => (frame.cols < 80 ? 6 : 5);
const keyLines = (frame: Frame) => (frame.cols < 80 ? 3 : 2);

export function mapGeometry(model: Model, frame: Frame): MapGeometry {
  const names = model.actors.map((a) => width(singleLine(a.short)));
  const labelW = clamp(Math.max(5, ...names), 5, frame.cols < 80 ? 10 : 16);
  // The widest cell ("++ 12/13/14" with 50 issues) whole, and a short name where there is room; two columns for the brackets of the focus.
  const digits = String(model.issues.length).length;
  const cellW = 2 + Math.max(3 + 3 * digits + 2, Math.min(frame.cols < 80 ? 9 : 12, Math.max(0, ...names)));
  const across = Math.max(1, Math.floor((frame.cols - labelW - 3) / (cellW + 1)));
  const down = Math.max(1, frame.body - HEAD - 2 - below(frame));
  return { labelW, cellW, across, down };
}

export interface MapFocus {
  row: number;
  col: number;
  top: number;
  left: number;
}

export function settleMap(model: Model, frame: Frame, f: MapFocus): MapFocus {
  const n = model.actors.length;
  const g = mapGeometry(model, frame);
  const row = clamp(f.row, 0, Math.max(0, n - 1));
  const col = clamp(f.col, 0, Math.max(0, n - 1));
  return { row, col, top: keepVisible(f.top, row, row + 1, g.down, n), left: keepVisible(f.left, col, col + 1, g.across, n) };
}

export function mapKeyText(): string {
  const bands = BANDS.map((b) => `${b.glyph} ${b.word}`);
  return `Key: ${bands.join(' · ')} · ${TOO_LITTLE.glyph} under ${MIN_OVERLAP} shared issues; n/n/n: agree/partly/disagree`;
}

export function pairText(model: Model, row: number, col: number): string {
  const grid = forestOf(model).grid;
  const a = model.actors[row];
  const b = model.actors[col];
  if (!a || !b) return 'Comparing needs two actors; this debate has fewer.';
  if (row === col) return `${singleLine(a.name)} with itself: choose another column (← →).`;
  const c = grid.counts(row, col);
  const s = score(c);
  const figure = s === undefined ? '' : ` (${Math.round(s * 100)}%)`;
  const bd = band(c);
  return `${singleLine(a.short)} and ${singleLine(b.short)}: ${bd.glyph} ${bd.word}${figure}; ${countsInWords(c)}.`;
}

export function mapLines(model: Model, frame: Frame, f: MapFocus): Line[] {
  const { cols } = frame;
  const out: Line[] = [];
  const n = model.actors.length;
  if (n < 2) {
    out.push(fitLine([seg(' '), seg('The agreement map needs two actors; this debate has fewer.', { role: 'muted' })], cols));
    return out;
  }
  const g = mapGeometry(model, frame);
  const grid = forestOf(model).grid;
  const shown = model.actors.slice(f.left, f.left + g.across).map((_, k) => f.left + k);
  const label = (text: string, focus: boolean) =>
    seg(`${focus ? FOCUS : ' '}${truncate(text, g.labelW).padEnd(g.labelW)} `, { bold: focus });
  const cell = (text: string, focus: boolean, style = {}) => {
    const inner = truncate(text, g.cellW - 2);
    const padded = inner + ' '.repeat(Math.max(0, g.cellW - 2 - width(inner)));
    return seg(focus ? `[${padded}]` : ` ${padded} `, focus ? { bold: true, inverse: true } : style);
  };
  const head: Line = [label('Actor', false)];
  for (const j of shown) head.push(seg(' '), cell(singleLine(model.actors[j]?.short ?? ''), false, { bold: j === f.col, underline: true }));
  out.push(fitLine(head, cols));
  out.push(fitLine([seg(' '.repeat(g.labelW + 2)), seg(shown.map(() => ` ${'─'.repeat(g.cellW)}`).join(''), { role: 'muted' })], cols));
  for (let i = f.top; i < Math.min(n, f.top + g.down); i++) {
    const line: Line = [label(singleLine(model.actors[i]?.short ?? ''), i === f.row)];
    for (const j of shown) {
      const text = cellText(grid.counts(i, j), i === j);
      const b = i === j ? undefined : band(grid.counts(i, j));
      const role = !b
        ? 'muted'
        : b.glyph.startsWith('+')
          ? 'for'
          : b.glyph.startsWith('-')
            ? 'against'
            : b === TOO_LITTLE
              ? 'muted'
              : 'mixed';
      line.push(seg(' '), cell(text, i === f.row && j === f.col, { role }));
    }
    out.push(fitLine(line, cols));
  }
  // Under the last row, not at the foot of the screen: a small debate's map reads as one block.
  out.push(blank(cols));
  const rows = Math.min(n, f.top + g.down);
  const paged = n > g.down || n > g.across;
  const span = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  const showing = `Rows ${span(f.top + 1, rows)}, columns ${span(f.left + 1, f.left + shown.length)} of ${n} actors`;
  if (paged) out.push(fitLine([seg(` ${showing}`, { role: 'muted' })], cols));
  const words = block(1, pairText(model, f.row, f.col), cols);
  for (let k = 0; k < 2; k++) out.push(fitLine([seg(words[k] ?? '', { bold: k === 0 })], cols));
  const key = block(1, mapKeyText(), cols);
  for (let k = 0; k < keyLines(frame); k++) out.push(fitLine([seg(key[k] ?? '', { role: 'muted' })], cols));
  return out;
}

// ── The lists: issues and cruxes, drops, audit ─────────────────────────────

export interface Entry {
  top: number;
  end: number;
  /** Enter opens this issue. */
  issueId?: string;
  /** `e` opens the editor here. */
  loc?: Location;
}

export interface ListLayout {
  lines: Line[];
  entries: Entry[];
}

const lists = new WeakMap<Model, Map<string, ListLayout>>();

export function listLayout(model: Model, tab: Exclude<ForestTab, 'map'>, cols: number): ListLayout {
  let perModel = lists.get(model);
  if (!perModel) lists.set(model, (perModel = new Map()));
  const id = `${tab} ${cols}`;
  let l = perModel.get(id);
  if (!l) {
    l = tab === 'issues' ? issuesList(model, cols) : tab === 'drops' ? dropsList(model, cols) : auditList(model, cols);
    perModel.set(id, l);
  }
  return l;
}

class Builder {
  lines: Line[] = [];
  entries: Entry[] = [];
  constructor(readonly cols: number) {}
  heading(text: string): void {
    for (const l of block(1, text, this.cols)) this.lines.push([seg(l, { bold: true })]);
  }
  note(text: string, indent = 2): void {
    for (const l of block(indent, text, this.cols)) this.lines.push([seg(l, { role: 'muted' })]);
  }
  blank(): void {
    this.lines.push([]);
  }
  /** An entry the cursor stops on: its first line starts with a two-column indent the focus mark replaces. */
  entry(paragraphs: Array<[string, string]>, target: Omit<Entry, 'top' | 'end'>): void {
    const top = this.lines.length;
    paragraphs.forEach(([lead, text], p) => {
      for (const l of hang(p === 0 ? 2 : 4, lead, text, this.cols))
        this.lines.push(p === 0 ? [seg(l.slice(0, 2)), seg(l.slice(2))] : [seg(l.slice(0, 2)), seg(l.slice(2), { role: 'muted' })]);
    });
    this.entries.push({ top, end: this.lines.length, ...target });
  }
}

function issuesList(model: Model, cols: number): ListLayout {
  const forest = forestOf(model);
  const b = new Builder(cols);
  b.heading('Issues from consensus to divisive (Enter opens the issue)');
  forest.ranking.forEach((s, i) => {
    const figure = s.spread === undefined ? '' : ` (spread ${Math.round(s.spread * 100)}%)`;
    b.entry([[`${i + 1}. `, `${singleLine(s.issue.title)}: ${spreadWords(s)}${figure}. ${singleLine(s.reason)}.`]], {
      issueId: s.issue.id,
    });
  });
  if (forest.ranking.length === 0) b.note('No issues.');
  b.blank();
  b.heading('Cruxes: issues that split actors who agree on most others');
  for (const c of forest.cruxes) b.entry([['* ', `${singleLine(c.issue.title)}: ${singleLine(c.reason)}.`]], { issueId: c.issue.id });
  if (forest.cruxes.length === 0) b.note('None: no two actors who agree on most issues take opposite sides on any.');
  return b;
}

function describe(model: Model, p: Position): string {
  const actor = model.actors.find((a) => a.id === p.actorId);
  return `${singleLine(actor?.short ?? p.actorId)}, ${stanceMark(p.stance)} ("${singleLine(p.id)}")`;
}

function dropsList(model: Model, cols: number): ListLayout {
  const b = new Builder(cols);
  b.heading('Drops: opposing positions an actor never answers (no counterpoint by it, no responds_to from it). e opens the file.');
  const titles = new Map(model.issues.map((i) => [i.id, i.title]));
  for (const { actor, drops, answered } of forestOf(model).drops) {
    const total = drops.length + answered;
    b.blank();
    b.heading(`${singleLine(actor.name)}: ${total === 0 ? 'no opposing positions' : `answers ${answered} of ${total} opposing positions`}`);
    for (const d of drops.slice(0, DROPS_SHOWN)) {
      const where = `${displayPath(d.at.file)}:${d.at.line}:${d.at.col}`;
      b.entry(
        [
          ['* ', `${singleLine(titles.get(d.own.issueId) ?? d.own.issueId)}: ${describe(model, d.unanswered)}.`],
          ['Answer: ', `add "${singleLine(d.unanswered.key)}" to responds_to in`],
          ['', where],
        ],
        { issueId: d.own.issueId, loc: d.at },
      );
    }
    if (drops.length > DROPS_SHOWN) b.note(`… and ${drops.length - DROPS_SHOWN} more (standpoint map --json lists all).`, 4);
  }
  return b;
}

function auditList(model: Model, cols: number): ListLayout {
  const audit = auditDebate(model);
  const b = new Builder(cols);
  b.heading('Asymmetries');
  for (const s of audit.asymmetries) b.entry([['* ', singleLine(s)]], {});
  if (audit.asymmetries.length === 0) b.note('None found: the actors are built alike.');
  b.blank();
  b.heading('Per actor');
  audit.actors.forEach((a, i) => {
    if (i > 0) b.blank();
    const name = singleLine(a.actor.name);
    const short = singleLine(a.actor.short);
    const rows = actorAuditLines(a, model.issues.length);
    b.entry([['', short !== name ? `${name} (${short})` : name], ...rows.map(([k, v]): [string, string] => [`${k}: `, v])], {
      loc: a.actor.loc,
    });
  });
  return b;
}

export function listBodyHeight(frame: Frame): number {
  return Math.max(1, frame.body - HEAD);
}

export function settleList(l: ListLayout, frame: Frame, pick: number, top: number): { pick: number; top: number } {
  const h = listBodyHeight(frame);
  const p = clamp(pick, 0, Math.max(0, l.entries.length - 1));
  const e = l.entries[p];
  return { pick: p, top: e ? keepVisible(top, e.top, e.end, h, l.lines.length) : clamp(top, 0, Math.max(0, l.lines.length - h)) };
}

export function listLines(l: ListLayout, frame: Frame, pick: number, top: number): Line[] {
  const h = listBodyHeight(frame);
  const focus = l.entries[pick];
  const out: Line[] = [];
  for (let k = top; k < Math.min(l.lines.length, top + h); k++) {
    const line = l.lines[k] as Line;
    out.push(fitLine(focus && k >= focus.top && k < focus.end ? markFocus(line, k === focus.top, FOCUS) : line, frame.cols));
  }
  return out;
}
