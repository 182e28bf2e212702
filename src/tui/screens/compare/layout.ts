// The compare view: two actors, issue by issue, with a verdict on each (agree,
// partly agree, disagree, unclear, or one says nothing) and both claims side
// by side (one under the other when narrow). The verdicts come from
// compareActors, the same definition `standpoint compare` prints.
import { type Agreement, type Comparison, compareActors, tally } from '../../../debate/compare.js';
import { actorIndex, issueIndex } from '../../../debate/reading.js';
import { alignedStanceMark } from '../../../debate/stance.js';
import type { Actor, Model, Position } from '../../../model/types.js';
import { continued, truncate, width } from '../../../text/measure.js';
import { type Frame, keepVisible } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, markFocus, seg, sideBySide } from '../../lines.js';
import { FOCUS, type Role } from '../../theme.js';

const SEP = ' │ ';
const INDENT = 4;
/** A claim is cut after this many lines; Enter opens the issue to read it whole. */
const CLAIM_LINES = 4;

const VERDICT: Record<Agreement, { mark: string; word: string; role: Role }> = {
  agree: { mark: '=', word: 'agree', role: 'for' },
  partial: { mark: '≈', word: 'partly agree', role: 'mixed' },
  disagree: { mark: '≠', word: 'disagree', role: 'against' },
  unclear: { mark: '?', word: 'unclear', role: 'unclear' },
  silent: { mark: '·', word: 'one has no position', role: 'muted' },
};

/** The other actor `c` shows by default: the next one after `a`, wrapping round. */
export function nextOther(model: Model, a: string | undefined, from: string | undefined, d: 1 | -1): string | undefined {
  const n = model.actors.length;
  const ia = actorIndex(model, a);
  if (n < 2 || ia < 0) return undefined;
  let i = actorIndex(model, from);
  if (i < 0) i = ia;
  for (let k = 0; k < n; k++) {
    i = (i + d + n) % n;
    if (i !== ia) return model.actors[i]?.id;
  }
  return undefined;
}

const comparisons = new WeakMap<Model, Map<string, Comparison>>();

export function comparison(model: Model, a: string, b: string): Comparison | undefined {
  if (actorIndex(model, a) < 0 || actorIndex(model, b) < 0 || a === b) return undefined;
  let perModel = comparisons.get(model);
  if (!perModel) comparisons.set(model, (perModel = new Map()));
  const key = `${a}\u0000${b}`;
  let c = perModel.get(key);
  if (!c) {
    c = compareActors(model, a, b);
    perModel.set(key, c);
  }
  return c;
}

export interface CompareBlocks {
  lines: Line[];
  /** Line range of each issue's block, in issue order (the blank line after it excluded). */
  blocks: Array<{ top: number; end: number }>;
}

function verdictText(c: Comparison, agreement: Agreement, a?: Position, b?: Position): string {
  if (agreement !== 'silent') return VERDICT[agreement].word;
  if (!a && !b) return 'no position from either';
  return `no position from ${(a ? c.b : c.a).short}`;
}

/** Every issue's block: built once per frame (see screens/compare/update.ts), and kept while the comparison and width are. */
export function compareBlocks(c: Comparison, cols: number): CompareBlocks {
  const lines: Line[] = [];
  const blocks: CompareBlocks['blocks'] = [];
  const stacked = cols < 80;
  const inner = Math.max(10, cols - INDENT - 1);
  const colW = Math.floor((inner - SEP.length) / 2);
  const indent = seg(' '.repeat(INDENT));
  c.rows.forEach((row, i) => {
    const top = lines.length;
    const v = VERDICT[row.agreement];
    const verdict = `${v.mark} ${verdictText(c, row.agreement, row.a, row.b)}`;
    const title = `${i + 1}. ${row.issue.title}`;
    // The verdict is the point of the line: a long title gives way to it, or it goes below.
    const room = cols - 2 - width(verdict) - 3;
    const verdictSeg = seg(verdict, { bold: true, role: v.role });
    if (room >= 12) {
      const shown = truncate(title, room);
      lines.push([seg('  '), seg(shown, { bold: true }), seg(' '.repeat(cols - 2 - width(shown) - width(verdict) - 1)), verdictSeg]);
    } else lines.push([seg('  '), seg(title, { bold: true })], [indent, verdictSeg]);
    const q = wrapCached(row.issue.question, inner);
    if (q[0]) lines.push([indent, seg(q.length > 1 ? continued(q[0], inner) : q[0], { role: 'muted' })]);
    const side = (actor: Actor, p: Position | undefined, w: number): Line[] => {
      const head: Line = [seg(actor.short, { bold: true, underline: true }), seg('  ')];
      if (!p) return [[...head, seg('no position', { role: 'muted' })]];
      const claim = wrapCached(p.claim, w);
      const shown = claim.slice(0, CLAIM_LINES).map((l, k): Line => {
        const cut = k === CLAIM_LINES - 1 && claim.length > CLAIM_LINES;
        return [seg(cut ? continued(l, w) : l)];
      });
      return [[...head, seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })], ...shown];
    };
    if (stacked) {
      for (const l of [...side(c.a, row.a, inner), ...side(c.b, row.b, inner)]) lines.push([indent, ...l]);
    } else {
      const left = side(c.a, row.a, colW);
      const right = side(c.b, row.b, colW);
      const h = Math.max(left.length, right.length);
      for (const l of sideBySide([left, right], [colW, colW], seg(SEP, { role: 'muted' }), h)) lines.push([indent, ...l]);
    }
    const answers = (from: Actor, to: Actor, keys: readonly string[]) => {
      for (const key of keys) {
        const on = c.rows.find((r) => (from === c.a ? r.b : r.a)?.key === key)?.issue.title;
        const where = on && on !== row.issue.title ? ` on ${on}` : '';
        for (const l of wrapCached(`↳ here ${from.short} answers ${to.short}${where}`, inner))
          lines.push([indent, seg(l, { role: 'muted' })]);
      }
    };
    answers(c.a, c.b, row.aAnswersB);
    answers(c.b, c.a, row.bAnswersA);
    blocks.push({ top, end: lines.length });
    lines.push([]);
  });
  return { lines, blocks };
}

export interface CompareFocus {
  a: string | undefined;
  b: string | undefined;
  issueId: string | undefined;
  top: number;
}

function headLines(c: Comparison, cols: number): Line[] {
  const head: Line[] = [];
  head.push(
    fitLine(
      [seg(' '), seg(c.a.name, { bold: true }), seg('  compared with  ', { role: 'muted' }), seg(c.b.name, { bold: true, role: 'accent' })],
      cols,
    ),
  );
  const t = wrapCached(tally(c), cols - 2);
  t.slice(0, 2).forEach((l, i) => {
    head.push(fitLine([seg(' '), seg(i === 1 && t.length > 2 ? continued(l, cols - 2) : l)], cols));
  });
  head.push(fitLine([seg('─'.repeat(cols), { role: 'muted' })], cols));
  return head;
}

export function compareBodyHeight(c: Comparison, frame: Frame): number {
  return Math.max(1, frame.body - headLines(c, frame.cols).length);
}

/** The first line shown, so the focused issue's block is on screen. */
export function settleCompare(model: Model, frame: Frame, f: CompareFocus, built?: CompareBlocks): number {
  const c = f.a && f.b ? comparison(model, f.a, f.b) : undefined;
  if (!c) return 0;
  const { lines, blocks } = built ?? compareBlocks(c, frame.cols);
  const b = blocks[issueIndex(model, f.issueId)];
  const h = compareBodyHeight(c, frame);
  if (!b) return Math.max(0, Math.min(f.top, lines.length - h));
  // The blank line after the last block is not worth scrolling for.
  return keepVisible(f.top, b.top, b.end, h, lines.length);
}

export function compareLines(model: Model, frame: Frame, f: CompareFocus, built?: CompareBlocks): { lines: Line[]; where: string } {
  const c = f.a && f.b ? comparison(model, f.a, f.b) : undefined;
  if (!c) {
    const why = model.actors.length < 2 ? 'Comparing needs two actors; this debate has fewer.' : 'Choose an actor to compare.';
    const out = [fitLine([seg(' '), seg(why, { role: 'muted' })], frame.cols)];
    while (out.length < frame.body) out.push(blank(frame.cols));
    return { lines: out, where: 'compare' };
  }
  const head = headLines(c, frame.cols);
  const { lines, blocks } = built ?? compareBlocks(c, frame.cols);
  const h = frame.body - head.length;
  const focus = blocks[issueIndex(model, f.issueId)];
  const out: Line[] = [...head];
  for (let l = f.top; l < Math.min(lines.length, f.top + h); l++) {
    const line = lines[l] as Line;
    if (focus && l >= focus.top && l < focus.end) out.push(fitLine(markFocus(line, l === focus.top, FOCUS), frame.cols));
    else out.push(fitLine(line, frame.cols));
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  return { lines: out.slice(0, frame.body), where: `compare · issue ${issueIndex(model, f.issueId) + 1} of ${model.issues.length}` };
}
