// The top line: the debate's title, and where the reader is. A note (the
// framing lens) stands out in inverse video, so it reads without colour too.

import { truncate, width } from '../../text/measure.js';
import { fitLine, type Line as LineT, seg } from '../lines.js';
import { useHeaderNote } from './HeaderNote.js';
import { Line } from './Lines.js';

export function headerLine(title: string, where: string, cols: number, note?: string): LineT {
  const noteText = note ? ` ${truncate(note, Math.max(0, Math.floor(cols / 3)))} ` : '';
  const right = truncate(where, Math.max(0, Math.floor(cols / 2) - width(noteText)));
  const shownTitle = truncate(title, Math.max(1, cols - width(right) - width(noteText) - 5));
  const gap = Math.max(1, cols - 1 - width(shownTitle) - width(noteText) - (noteText ? 1 : 0) - width(right) - 1);
  return fitLine(
    [
      seg(' '),
      seg(shownTitle, { bold: true, role: 'accent' }),
      seg(' '.repeat(gap)),
      ...(noteText ? [seg(noteText, { bold: true, inverse: true, role: 'warning' }), seg(' ')] : []),
      seg(right, { role: 'muted' }),
    ],
    cols,
  );
}

export function Header({ title, where, cols }: { title: string; where: string; cols: number }) {
  return <Line line={headerLine(title, where, cols, useHeaderNote())} />;
}
