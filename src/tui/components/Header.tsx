// The top line: the debate's title, and where the reader is.
import { fitLine, type Line as LineT, seg } from '../lines.js';
import { truncate, width } from '../text.js';
import { Line } from './Lines.js';

export function headerLine(title: string, where: string, cols: number): LineT {
  const right = truncate(where, Math.max(0, Math.floor(cols / 2)));
  const shownTitle = truncate(title, Math.max(1, cols - width(right) - 4));
  const gap = Math.max(1, cols - 1 - width(shownTitle) - width(right) - 1);
  return fitLine([seg(' '), seg(shownTitle, { bold: true, role: 'accent' }), seg(' '.repeat(gap)), seg(right, { role: 'muted' })], cols);
}

export function Header({ title, where, cols }: { title: string; where: string; cols: number }) {
  return <Line line={headerLine(title, where, cols)} />;
}
