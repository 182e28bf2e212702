// The issue view: the issue's question, then every actor in a column with its
// stance, claim, evidence, counterpoints and the positions that answer it.
// Each column is laid out once per width; scrolling and step-through only
// choose which of its lines to show.

import { type IssueColumn, type IssueData, type Item, issueData, revealedInColumn } from '../../../debate/reading.js';
import { alignedStanceMark } from '../../../debate/stance.js';
import type { Model } from '../../../model/types.js';
import { continued, plural } from '../../../text/measure.js';
import { clamp, type Frame, keepVisible } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, markFocus, seg, sideBySide } from '../../lines.js';
import { FOCUS } from '../../theme.js';
import { actorLabel, wantsShortNames } from '../matrix/layout.js';

const SEP = ' │ ';
const COL_MIN = 24;
const GUTTER = 2;
const QUESTION_LINES = 2;

export interface ItemPlace {
  id: string;
  top: number;
  end: number;
}

export interface ColumnLayout {
  lines: Line[];
  items: ItemPlace[];
}

export interface IssueGeometry {
  stacked: boolean;
  /** Actor columns shown side by side. */
  columns: number;
  colW: number;
  headLines: number;
  /** Lines for the columns' contents. */
  colHeight: number;
}

export function issueGeometry(model: Model, issueId: string | undefined, frame: Frame): IssueGeometry {
  const nA = Math.max(1, model.actors.length);
  const columns = frame.stacked ? 1 : clamp(Math.floor((frame.cols + SEP.length) / (COL_MIN + SEP.length)), 1, nA);
  const colW = Math.floor((frame.cols - SEP.length * (columns - 1)) / columns);
  const issue = issueId ? issueData(model, issueId)?.issue : undefined;
  const q = issue ? Math.min(QUESTION_LINES, wrapCached(issue.question, frame.cols - 2).length) : 0;
  // title, question, status, actor names, rule
  const headLines = 1 + q + 1 + 1 + 1;
  return { stacked: frame.stacked, columns, colW, headLines, colHeight: Math.max(1, frame.body - headLines - 1) };
}

// --- one column ---------------------------------------------------------

const layoutCache = new WeakMap<Model, Map<string, ColumnLayout>>();

export function columnLayout(model: Model, data: IssueData, column: number, w: number): ColumnLayout {
  let perModel = layoutCache.get(model);
  if (!perModel) layoutCache.set(model, (perModel = new Map()));
  const col = data.columns[column] as IssueColumn;
  const key = `${data.issue.id}\u0000${col.actor.id}\u0000${w}`;
  let layout = perModel.get(key);
  if (!layout) {
    layout = buildColumn(model, col, w);
    perModel.set(key, layout);
  }
  return layout;
}

function buildColumn(model: Model, col: IssueColumn, w: number): ColumnLayout {
  const lines: Line[] = [];
  const items: ItemPlace[] = [];
  const textW = Math.max(4, w - GUTTER);
  const gutter = () => seg(' '.repeat(GUTTER));
  const text = (t: string, style = {}) => {
    for (const l of wrapCached(t, textW)) lines.push([gutter(), seg(l, style)]);
  };
  if (!col.position) {
    lines.push([gutter(), seg('no position on this issue', { role: 'muted' })]);
    return { lines, items };
  }
  const p = col.position;
  let section: Item['kind'] = 'claim';
  for (const item of col.items) {
    if (item.kind !== section) {
      section = item.kind;
      const count = col.items.filter((x) => x.kind === section).length;
      lines.push([]);
      lines.push([gutter(), seg(sectionTitle(section, count), { bold: true, role: 'heading' })]);
    }
    const top = lines.length;
    if (item.kind === 'claim') {
      lines.push([gutter(), seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
      text(p.claim);
      if (p.respondsTo.length > 0) {
        const names = p.respondsTo.map((key) => model.actors.find((a) => a.id === model.positions.get(key)?.actorId)?.short ?? key);
        text(`answers ${[...new Set(names)].join(', ')}`, { role: 'muted' });
      }
    } else if (item.kind === 'evidence' && item.evidence) {
      const e = item.evidence;
      const meta = [e.speaker, sourceRef(e.source, e.locator)].filter(Boolean).join(' · ');
      lines.push([gutter(), seg(e.kind, { bold: true, role: 'kind' }), seg(meta ? ` · ${meta}` : '', { role: 'muted' })]);
      text(e.kind === 'quote' ? `“${e.text}”` : e.text);
    } else if (item.kind === 'counterpoint' && item.counterpoint) {
      const c = item.counterpoint;
      const by = c.byActor ? (model.actors.find((a) => a.id === c.byActor)?.short ?? c.by) : c.by;
      lines.push([gutter(), seg(by ? `✗ by ${by}` : '✗ counterpoint', { bold: true })]);
      text(c.text);
      for (const e of c.evidence) lines.push([gutter(), seg(`  ${e.kind}: ${flat(e.text)}`, { role: 'muted' })]);
    } else if (item.kind === 'response' && item.response) {
      const r = item.response;
      const who = model.actors.find((a) => a.id === r.actorId);
      lines.push([
        gutter(),
        seg(`↳ ${who?.short ?? r.actorId}`, { bold: true }),
        seg('  '),
        seg(alignedStanceMark(r.stance), { role: stanceRole(r.stance) }),
      ]);
      if (r.issueId !== item.issueId) {
        const on = model.issues.find((i) => i.id === r.issueId);
        lines.push([gutter(), seg(`on ${on?.title ?? r.issueId}`, { role: 'muted' })]);
      }
      text(r.claim);
    }
    items.push({ id: item.id, top, end: lines.length });
  }
  return { lines, items };
}

function sectionTitle(kind: Item['kind'], n: number): string {
  if (kind === 'evidence') return `Evidence (${n})`;
  if (kind === 'counterpoint') return `Counterpoints (${n})`;
  if (kind === 'response') return `Answered by (${n})`;
  return 'Claim';
}

export function sourceRef(source: string | undefined, locator: string | undefined): string {
  if (!source) return locator ?? '';
  return locator ? `${source}, ${locator}` : source;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lines a column shows with `shown` of its items revealed, and a note of what is still hidden. */
export function shownLines(layout: ColumnLayout, shown: number): { lines: Line[]; hidden: number } {
  if (shown >= layout.items.length) return { lines: layout.lines, hidden: 0 };
  const end = shown === 0 ? 0 : (layout.items[shown - 1] as ItemPlace).end;
  const hidden = layout.items.length - shown;
  const note: Line = [seg(' '.repeat(GUTTER)), seg(`· · · ${hidden} more to reveal`, { role: 'muted' })];
  return { lines: [...layout.lines.slice(0, end), [], note], hidden };
}

// --- the whole view -----------------------------------------------------

export interface IssueFocus {
  issueId: string;
  actor: number;
  itemId?: string;
  reveal: number | null;
  left: number;
  scroll: Readonly<Record<string, number>>;
}

/** First visible column and each visible column's scroll, so the focus is on screen. */
export function settleIssue(model: Model, frame: Frame, f: IssueFocus): { left: number; scroll: Record<string, number> } {
  const data = issueData(model, f.issueId);
  const g = issueGeometry(model, f.issueId, frame);
  const left = keepVisible(f.left, f.actor, f.actor + 1, g.columns, model.actors.length);
  const scroll: Record<string, number> = {};
  if (!data) return { left, scroll };
  for (let c = left; c < Math.min(data.columns.length, left + g.columns); c++) {
    const col = data.columns[c] as IssueColumn;
    const layout = columnLayout(model, data, c, g.colW);
    const { lines } = shownLines(layout, revealedInColumn(col, f.reveal));
    let top = f.scroll[col.actor.id] ?? 0;
    const place = c === f.actor && f.itemId ? layout.items.find((x) => x.id === f.itemId) : undefined;
    if (place) {
      // Show the section heading too when the item opens a section.
      const start =
        place.top >= 2 && (lines[place.top - 1]?.length ?? 0) > 0 && lines[place.top - 2]?.length === 0 ? place.top - 2 : place.top;
      top = keepVisible(top, start, place.end, g.colHeight, lines.length);
      if (place.end - place.top >= g.colHeight) top = Math.min(place.top, Math.max(0, lines.length - g.colHeight));
    } else top = Math.max(0, Math.min(top, lines.length - g.colHeight));
    scroll[col.actor.id] = top;
  }
  return { left, scroll };
}

export interface IssueView {
  lines: Line[];
  where: string;
}

export function issueLines(model: Model, frame: Frame, f: IssueFocus): IssueView {
  const data = issueData(model, f.issueId);
  const out: Line[] = [];
  if (!data) return { lines: Array.from({ length: frame.body }, () => blank(frame.cols)), where: '' };
  const g = issueGeometry(model, f.issueId, frame);
  const issueNo = model.issues.indexOf(data.issue) + 1;
  const total = data.order.length;

  // A long title is cut at a word, with an ellipsis, as the question below it is.
  const [titleLine = '', ...titleRest] = wrapCached(data.issue.title, frame.cols - 2);
  const title = titleRest.length > 0 ? continued(titleLine, frame.cols - 2) : titleLine;
  out.push(fitLine([seg(' '), seg(title, { bold: true })], frame.cols));
  const q = wrapCached(data.issue.question, frame.cols - 2);
  q.slice(0, QUESTION_LINES).forEach((l, i) => {
    const cut = i === QUESTION_LINES - 1 && q.length > QUESTION_LINES ? continued(l, frame.cols - 2) : l;
    out.push(fitLine([seg(' '), seg(cut, { role: 'accent' })], frame.cols));
  });

  const nA = model.actors.length;
  const shownTo = Math.min(nA, f.left + g.columns);
  const status: Line = [seg(' ')];
  if (g.stacked) status.push(seg(`actor ${f.actor + 1} of ${nA}`, { bold: true }), seg(nA > 1 ? ' (← →)' : '', { role: 'muted' }));
  else if (shownTo - f.left < nA)
    status.push(seg(`actors ${f.left + 1}–${shownTo} of ${nA}`, { bold: true }), seg(' (← → scroll)', { role: 'muted' }));
  else status.push(seg(plural(nA, 'actor'), { role: 'muted' }));
  if (f.reveal === null) status.push(seg(` · ${plural(total, 'item')} · Space steps through them`, { role: 'muted' }));
  else {
    status.push(seg('  '), seg(` step ${Math.min(f.reveal, total)} of ${total} `, { bold: true, inverse: true }));
    status.push(seg(f.reveal >= total ? '  all shown · s leaves' : '  Space next · Backspace back · s all', { role: 'muted' }));
  }
  out.push(fitLine(status, frame.cols));

  const cols: Line[][] = [];
  const widths: number[] = [];
  const names: Line[] = [];
  const rules: Line[] = [];
  const notes: Line[] = [];
  const short = wantsShortNames(data.columns.slice(f.left, shownTo).map((col) => ({ actor: col.actor, room: g.colW - 2 })));
  for (let c = f.left; c < shownTo; c++) {
    const col = data.columns[c] as IssueColumn;
    const layout = columnLayout(model, data, c, g.colW);
    const { lines } = shownLines(layout, revealedInColumn(col, f.reveal));
    const top = f.scroll[col.actor.id] ?? 0;
    const focusedCol = c === f.actor;
    const place = focusedCol && f.itemId ? layout.items.find((x) => x.id === f.itemId) : undefined;
    const view: Line[] = [];
    for (let l = top; l < Math.min(lines.length, top + g.colHeight); l++) {
      const line = lines[l] as Line;
      if (place && l >= place.top && l < place.end) view.push(focusLine(line, l === place.top, g.colW));
      else view.push(line);
    }
    cols.push(view);
    widths.push(g.colW);
    const label = g.stacked
      ? `${f.actor > 0 ? '◂ ' : ''}${col.actor.name}${col.actor.stale ? ' (stale)' : ''}${f.actor < nA - 1 ? ' ▸' : ''}`
      : actorLabel(col.actor, g.colW - 2, short);
    const marker = focusedCol && !g.stacked ? `${FOCUS} ` : '  ';
    names.push([seg(marker, { bold: true }), seg(label, { bold: true, underline: focusedCol && !g.stacked, role: 'heading' })]);
    rules.push([seg('─'.repeat(g.colW), { role: 'muted' })]);
    const above = top;
    const below = Math.max(0, lines.length - top - g.colHeight);
    const note = [above > 0 ? `↑ ${above} more` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean).join(' · ');
    notes.push(note ? [seg('  '), seg(note, { role: 'muted' })] : []);
  }
  const sep = seg(SEP, { role: 'muted' });
  const rulesep = seg('─┼─', { role: 'muted' });
  out.push(
    ...sideBySide(
      names.map((n) => [n]),
      widths,
      sep,
      1,
    ).map((l) => fitLine(l, frame.cols)),
  );
  out.push(
    ...sideBySide(
      rules.map((r) => [r]),
      widths,
      rulesep,
      1,
    ).map((l) => fitLine(l, frame.cols)),
  );
  out.push(...sideBySide(cols, widths, sep, g.colHeight).map((l) => fitLine(l, frame.cols)));
  out.push(
    ...sideBySide(
      notes.map((n) => [n]),
      widths,
      seg(' '.repeat(SEP.length)),
      1,
    ).map((l) => fitLine(l, frame.cols)),
  );
  while (out.length < frame.body) out.push(blank(frame.cols));
  const where = `issue ${issueNo} of ${model.issues.length}`;
  return { lines: out.slice(0, frame.body), where };
}

/** The focused item: marked like every focused block, its first line in inverse to the column's edge. */
function focusLine(line: Line, first: boolean, w: number): Line {
  const marked = markFocus(line, first, FOCUS);
  return first ? [...marked, seg(' '.repeat(w), { inverse: true })] : marked;
}
