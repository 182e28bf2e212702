// Search: the query being typed and the matching items, two lines each.

import { type SearchHit, search } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';
import { plural } from '../../../text/measure.js';
import { type Frame, keepVisible } from '../../layout/frame.js';
import { blank, fitLine, type Line, seg } from '../../lines.js';
import { FOCUS } from '../../theme.js';

const HIT_LINES = 2;

export function hitsVisible(frame: Frame): number {
  return Math.max(1, Math.floor((frame.body - 3) / HIT_LINES));
}

export function settleSearch(model: Model, frame: Frame, query: string, hit: number, top: number): { hit: number; top: number } {
  const hits = search(model, query);
  const h = Math.max(0, Math.min(hit, hits.reach(hit + 1) - 1));
  const n = hitsVisible(frame);
  // Only the hits up to a screenful past the chosen one need finding (the rest are counted in idle time).
  return { hit: h, top: keepVisible(top, h, h + 1, n, hits.reach(Math.max(top, h + 1) + n)) };
}

export function searchLines(model: Model, frame: Frame, query: string, hit: number, top: number) {
  const hits = search(model, query);
  const out: Line[] = [];
  out.push(fitLine([seg(' / ', { bold: true, role: 'accent' }), seg(query, { bold: true }), seg(' ', { inverse: true })], frame.cols));
  const n = hitsVisible(frame);
  const shown = Math.min(hits.reach(top + n), top + n);
  const count = hits.count;
  const status =
    query.trim() === ''
      ? 'Type to search claims, evidence and counterpoints.'
      : shown === 0
        ? 'No matches.'
        : `${count === undefined ? `${plural(shown, 'match', 'matches')} so far, counting…` : `${plural(count, 'match', 'matches')}.`} ↑↓ choose · Enter go to it · Esc close`;
  out.push(fitLine([seg(' '), seg(status, { role: 'muted' })], frame.cols));
  out.push(fitLine([seg('─'.repeat(frame.cols), { role: 'muted' })], frame.cols));
  for (let i = top; i < shown; i++) {
    const h = hits.at(i) as SearchHit;
    const focused = i === hit;
    const actor = model.actors.find((a) => a.id === h.entry.actorId);
    const issue = model.issues.find((x) => x.id === h.entry.issueId);
    out.push(
      fitLine(
        [
          seg(focused ? `${FOCUS} ` : '  ', { bold: true, role: 'accent' }),
          seg(h.entry.label, { bold: true, role: 'kind', inverse: focused }),
          seg(` · ${actor?.short ?? h.entry.actorId} · ${issue?.title ?? h.entry.issueId}`, { role: 'muted', inverse: focused }),
        ],
        frame.cols,
      ),
    );
    out.push(fitLine([seg('    '), ...snippet(h, query, frame.cols - 4)], frame.cols));
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  return { lines: out.slice(0, frame.body), where: 'search' };
}

/** The text around the match, the match itself underlined. */
function snippet(h: SearchHit, query: string, w: number): Line {
  const text = h.entry.text;
  const word = query.trim().split(/\s+/)[0] ?? '';
  let start = Math.max(0, h.at - Math.floor(w / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < h.at ? space + 1 : start;
  }
  const lead = start > 0 ? '…' : '';
  const at = h.at - start;
  const shown = text.slice(start);
  if (at < 0 || word === '') return [seg(lead + shown)];
  return [
    seg(lead + shown.slice(0, at)),
    seg(shown.slice(at, at + word.length), { bold: true, underline: true }),
    seg(shown.slice(at + word.length)),
  ];
}
