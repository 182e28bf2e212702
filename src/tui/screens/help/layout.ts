// Help: every binding of the key table, grouped, plus how to read the marks.

import { alignedStanceMark } from '../../../debate/stance.js';
import { EVIDENCE_KINDS, KIND_MEANING, STANCES } from '../../../model/terms.js';
import { fitWidth } from '../../../text/measure.js';
import { GROUPS, KEYS, keysText, type Screen, whereText } from '../../keys.js';
import type { Frame } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, seg } from '../../lines.js';

const KEYS_W = 14;
const BROWSING: readonly Screen[] = ['matrix', 'issue', 'actor', 'detail'];

export function helpBody(cols: number): Line[] {
  const lines: Line[] = [];
  const textW = Math.max(10, cols - KEYS_W - 4);
  for (const group of GROUPS) {
    lines.push([seg(' '), seg(group, { bold: true, role: 'heading' })]);
    for (const b of KEYS.filter((x) => x.group === group)) {
      // Where a key works matters only when it does not work on every screen of a debate.
      const where = BROWSING.every((x) => b.screens.includes(x)) ? '' : whereText(b);
      const text = wrapCached(where ? `${b.help} (${where})` : b.help, textW);
      text.forEach((t, i) => {
        lines.push([seg('   '), seg(fitWidth(i === 0 ? keysText(b) : '', KEYS_W), { bold: true }), seg(' '), seg(t)]);
      });
    }
    lines.push([]);
  }
  lines.push([seg(' '), seg('Stances (always relative to the issue’s question)', { bold: true, role: 'heading' })]);
  for (const s of STANCES) lines.push([seg('   '), seg(alignedStanceMark(s), { bold: true, role: stanceRole(s) })]);
  lines.push([]);
  lines.push([seg(' '), seg('Kinds of evidence', { bold: true, role: 'heading' })]);
  for (const k of EVIDENCE_KINDS) lines.push([seg('   '), seg(fitWidth(k, 16), { bold: true, role: 'kind' }), seg(KIND_MEANING[k])]);
  return lines;
}

export function helpHeight(frame: Frame): number {
  return Math.max(1, frame.body - 1);
}

export function helpLines(frame: Frame, top: number, body = helpBody(frame.cols)) {
  const h = helpHeight(frame);
  const out: Line[] = [];
  for (let l = top; l < Math.min(body.length, top + h); l++) out.push(fitLine(body[l] as Line, frame.cols));
  while (out.length < h) out.push(blank(frame.cols));
  const more = body.length > h ? `lines ${top + 1}–${Math.min(body.length, top + h)} of ${body.length} · ↑↓ scroll · ` : '';
  out.push(fitLine([seg(' '), seg(`${more}Esc or ? to close`, { role: 'muted' })], frame.cols));
  return { lines: out, where: 'help' };
}
