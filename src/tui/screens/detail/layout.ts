// Detail: the focused item whole, with its source, speaker, the position it
// belongs to, what it responds to and what responds to it.

import { findItem, type Item } from '../../../debate/reading.js';
import { alignedStanceMark } from '../../../debate/stance.js';
import { quoteKey } from '../../../model/quotes.js';
import { KIND_MEANING } from '../../../model/terms.js';
import type { EvidenceItem, Location, Model, Position } from '../../../model/types.js';
import { displayPath } from '../../../terminal/output.js';
import { width, wrapParagraphs } from '../../../text/measure.js';
import type { Frame } from '../../layout/frame.js';
import { stanceRole } from '../../layout/shared.js';
import { blank, fitLine, type Line, seg } from '../../lines.js';

// The widest label, "Counterpoints:", and a space: every text starts in the same column.
const LABEL = 15;

export function detailBody(model: Model, issueId: string | undefined, itemId: string | undefined, cols: number): Line[] {
  const found = findItem(model, issueId, itemId);
  if (!found) return [[seg(' '), seg('Nothing selected: go back and pick an item.', { role: 'muted' })]];
  return build(model, found.item, cols);
}

export function detailHeight(frame: Frame): number {
  return Math.max(1, frame.body - 1);
}

class Writer {
  readonly lines: Line[] = [];
  constructor(
    readonly cols: number,
    readonly model: Model,
  ) {}
  get textW() {
    return Math.max(10, this.cols - LABEL - 2);
  }
  title(text: string, extra = '') {
    this.lines.push([seg(' '), seg(text, { bold: true }), seg(extra ? `  ${extra}` : '', { role: 'muted' })]);
    this.lines.push([]);
  }
  /** "Label:     text" with the text wrapped under itself. */
  field(label: string, text: string | undefined, style: Parameters<typeof seg>[1] = {}) {
    if (text === undefined || text.trim() === '') return;
    const paras = wrapParagraphs(text, this.textW);
    let first = true;
    for (const para of paras) {
      if (!first) this.lines.push([seg(' '.repeat(LABEL + 1))]);
      for (const l of para) {
        this.lines.push([seg(' '), seg(first ? pad(label, LABEL) : ' '.repeat(LABEL), { role: 'muted', bold: first }), seg(l, style)]);
        first = false;
      }
    }
  }
  gap() {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1]?.length !== 0) this.lines.push([]);
  }
  position(label: string, p: Position) {
    const who = this.model.actors.find((a) => a.id === p.actorId);
    const issue = this.model.issues.find((i) => i.id === p.issueId);
    this.field(label, `${who?.name ?? p.actorId} on ${issue?.title ?? p.issueId}`, { bold: true });
    this.lines.push([seg(' '.repeat(LABEL + 1)), seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
    this.field('', p.claim);
  }
  evidence(e: EvidenceItem, label = 'Evidence') {
    this.field(label, `${e.kind} — ${KIND_MEANING[e.kind]}`, { bold: true, role: 'kind' });
    this.field('Text', e.kind === 'quote' ? `“${e.text}”` : e.text);
    this.field('Exact words', e.quote ? `“${e.quote}”` : undefined);
    this.field('Speaker', e.speaker);
    this.source(e.source, e.locator);
    const copy = e.source ? this.model.sources.get(e.source)?.text : undefined;
    if (copy && this.model.quotesFound?.has(quoteKey(e.loc))) this.field('Checked', `✓ found word for word in ${copy}`, { role: 'for' });
  }
  source(id: string | undefined, locator: string | undefined) {
    if (!id) {
      this.field('Source', locator ? `none given (${locator})` : 'none given', { role: 'muted' });
      return;
    }
    const s = this.model.sources.get(id);
    if (!s) {
      this.field('Source', id);
      return;
    }
    this.field('Source', `${s.title} (${s.kind})`);
    this.field('', [s.author, s.publisher, s.date].filter(Boolean).join(', ') || undefined, { role: 'muted' });
    this.field('', s.url, { role: 'accent' });
    this.field('Where', locator);
    this.field('About source', s.note, { role: 'muted' });
  }
  file(loc: Location) {
    this.gap();
    this.field('File', `${displayPath(loc.file)}:${loc.line}:${loc.col}`, { role: 'muted' });
  }
}

function pad(text: string, w: number): string {
  const t = text ? `${text}:` : '';
  return t + ' '.repeat(Math.max(1, w - width(t)));
}

function build(model: Model, item: Item, cols: number): Line[] {
  const w = new Writer(cols, model);
  const p = item.position;
  const actor = model.actors.find((a) => a.id === p.actorId);
  const issue = model.issues.find((i) => i.id === p.issueId);
  const on = `${actor?.name ?? p.actorId} · ${issue?.title ?? p.issueId}`;
  if (item.kind === 'claim' || item.kind === 'response') {
    const shown = item.kind === 'response' && item.response ? item.response : p;
    const who = model.actors.find((a) => a.id === shown.actorId);
    const where = model.issues.find((i) => i.id === shown.issueId);
    w.title(item.kind === 'claim' ? 'Claim' : 'Response', `${who?.name ?? shown.actorId} · ${where?.title ?? shown.issueId}`);
    w.field('Actor', who ? `${who.name}${who.role ? ` — ${who.role}` : ''}` : shown.actorId);
    w.field('Issue', where?.question);
    w.lines.push([
      seg(' '),
      seg(pad('Stance', LABEL), { role: 'muted', bold: true }),
      seg(alignedStanceMark(shown.stance), { bold: true, role: stanceRole(shown.stance) }),
    ]);
    w.field('Claim', shown.claim, { bold: true });
    positionContext(w, model, shown);
    w.file(shown.loc);
    return w.lines;
  }
  if (item.kind === 'evidence' && item.evidence) {
    w.title(`Evidence ${item.index + 1} of ${p.evidence.length}`, on);
    w.evidence(item.evidence, 'Kind');
    w.gap();
    w.position('Supports', p);
    w.file(item.evidence.loc);
    return w.lines;
  }
  if (item.kind === 'counterpoint' && item.counterpoint) {
    const c = item.counterpoint;
    w.title(`Counterpoint ${item.index + 1} of ${p.counterpoints.length}`, on);
    const by = c.byActor ? model.actors.find((a) => a.id === c.byActor)?.name : c.by;
    w.field('By', by ?? 'not given', by ? { bold: true } : { role: 'muted' });
    w.field('Text', c.text, { bold: true });
    c.evidence.forEach((e, i) => {
      w.gap();
      w.evidence(e, c.evidence.length > 1 ? `Evidence ${i + 1}` : 'Evidence');
    });
    w.gap();
    w.position('Against', p);
    w.file(c.loc);
    return w.lines;
  }
  return w.lines;
}

function positionContext(w: Writer, model: Model, p: Position) {
  if (p.evidence.length > 0) {
    w.gap();
    p.evidence.forEach((e, i) => {
      w.field(i === 0 ? 'Evidence' : '', `${e.kind}: ${e.text}`);
    });
  }
  if (p.counterpoints.length > 0) {
    w.gap();
    p.counterpoints.forEach((c, i) => {
      const by = c.byActor ? model.actors.find((a) => a.id === c.byActor)?.short : c.by;
      w.field(i === 0 ? 'Counterpoints' : '', `${by ? `${by}: ` : ''}${c.text}`);
    });
  }
  const link = (label: string, keys: readonly string[]) => {
    if (keys.length === 0) return;
    w.gap();
    keys.forEach((key, i) => {
      const other = model.positions.get(key);
      if (!other) return;
      const who = model.actors.find((a) => a.id === other.actorId);
      const issue = other.issueId === p.issueId ? '' : ` (on ${model.issues.find((x) => x.id === other.issueId)?.title ?? other.issueId})`;
      // The stance in brackets: a "-" glyph after a dash would read as one doubled dash.
      w.field(
        i === 0 ? label : '',
        `${who?.short ?? other.actorId}${issue} (${alignedStanceMark(other.stance).replace(/ +/, ' ')}): ${other.claim}`,
      );
    });
  };
  link('Responds to', p.respondsTo);
  link('Answered by', p.respondedBy);
}

export function detailLines(
  model: Model,
  frame: Frame,
  issueId: string | undefined,
  itemId: string | undefined,
  top: number,
  body = detailBody(model, issueId, itemId, frame.cols),
) {
  const h = detailHeight(frame);
  const out: Line[] = [];
  for (let l = top; l < Math.min(body.length, top + h); l++) out.push(fitLine(body[l] as Line, frame.cols));
  while (out.length < h) out.push(blank(frame.cols));
  const more = body.length > h ? `lines ${top + 1}–${Math.min(body.length, top + h)} of ${body.length} · ↑↓ scroll` : '';
  out.push(fitLine([seg(' '), seg(more, { role: 'muted' })], frame.cols));
  return { lines: out, where: 'detail' };
}
