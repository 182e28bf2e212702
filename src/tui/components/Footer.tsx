// The bottom line: the main keys of this screen, from the key table, and a
// badge when loading found problems (words and a mark, not colour alone).

import { width } from '../../text/measure.js';
import { footerHints, type Hint, type Screen } from '../keys.js';
import { fitLine, type Line as LineT, type Segment, seg } from '../lines.js';
import { Line } from './Lines.js';

export interface Badge {
  text: string;
  severity: 'error' | 'warning';
}

const ALWAYS = new Set(['help', 'quit']);

function hintSegs(h: Hint): Segment[] {
  return [seg(h.keys, { bold: true }), seg(` ${h.label}`, { role: 'muted' }), seg('  ')];
}

export function footerLine(screen: Screen, cols: number, badge?: Badge, hints: Hint[] = footerHints(screen)): LineT {
  // Errors mean something is missing from the screen: they stand out. Warnings are advice for authors.
  const badgeSegs: Segment[] = badge
    ? [seg(` ${badge.text} `, { bold: badge.severity === 'error', inverse: badge.severity === 'error', role: badge.severity })]
    : [];
  const kept = hints.filter((h) => ALWAYS.has(h.label));
  let room = cols - 1 - width(badgeSegs.map((s) => s.text).join('')) - 1;
  for (const h of kept)
    room -= width(
      hintSegs(h)
        .map((s) => s.text)
        .join(''),
    );
  const optional: Hint[] = [];
  for (const h of hints) {
    if (ALWAYS.has(h.label)) continue;
    const w = width(
      hintSegs(h)
        .map((s) => s.text)
        .join(''),
    );
    if (w > room) break;
    optional.push(h);
    room -= w;
  }
  const shown = [...optional, ...kept];
  const left: Segment[] = [seg(' '), ...shown.flatMap(hintSegs)];
  const gap = Math.max(0, cols - width(left.map((s) => s.text).join('')) - width(badgeSegs.map((s) => s.text).join('')));
  return fitLine([...left, seg(' '.repeat(gap)), ...badgeSegs], cols);
}

export function Footer({ screen, cols, badge }: { screen: Screen; cols: number; badge?: Badge }) {
  return <Line line={footerLine(screen, cols, badge)} />;
}
