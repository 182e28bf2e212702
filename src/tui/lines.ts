// Every screen is built as a list of lines of styled segments, each line cut
// and padded to an exact width here. Ink then only stacks them: nothing wraps
// on its own, so side-by-side columns stay aligned whatever the text holds.

import { truncate, width } from '../text/measure.js';
import type { Role } from './theme.js';

export interface Style {
  role?: Role;
  bold?: boolean;
  dim?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Segment extends Style {
  text: string;
}

export type Line = Segment[];

export function seg(text: string, style: Style = {}): Segment {
  return { text, ...style };
}

export function lineWidth(line: Line): number {
  let w = 0;
  for (const s of line) w += width(s.text);
  return w;
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/**
 * Exactly `cols` columns: when the text is wider, it is cut and ends in an
 * ellipsis (never half a wide character); otherwise it is padded with spaces.
 */
export function fitLine(line: Line, cols: number, pad: Style = {}): Line {
  if (cols <= 0) return [];
  const content = visibleWidth(line);
  const out: Line = [];
  let used = 0;
  for (const s of line) {
    if (used >= cols) break;
    const w = width(s.text);
    if (content <= cols || used + w < cols) {
      if (used + w <= cols) {
        if (w > 0) out.push(s);
        used += w;
        continue;
      }
      // Only trailing spaces overflow: cut them at the edge, keeping their style, no ellipsis.
      const kept = s.text.trimEnd();
      out.push({ ...s, text: kept + ' '.repeat(Math.max(0, cols - used - width(kept))) });
      used = cols;
      break;
    }
    // This segment reaches the edge and more text follows: it ends in an ellipsis.
    const cut = cutWithEllipsis(s.text, cols - used);
    out.push({ ...s, text: cut });
    used += width(cut);
    break;
  }
  if (used < cols) out.push({ ...pad, text: ' '.repeat(cols - used) });
  return out;
}

/** Width without trailing spaces: cutting padding needs no ellipsis. */
function visibleWidth(line: Line): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] as Segment).text.trim() === '') end--;
  let w = 0;
  for (let i = 0; i < end; i++) w += width((line[i] as Segment).text);
  if (end > 0) w -= width((line[end - 1] as Segment).text) - width((line[end - 1] as Segment).text.trimEnd());
  return w;
}

/** `text` cut to `room` columns ending in an ellipsis (more follows it even if it fits). */
function cutWithEllipsis(text: string, room: number): string {
  if (room <= 1) return room === 1 ? '…' : '';
  // Two extra columns force a cut, so the ellipsis replaces the last character that fits.
  return truncate(`${text}  `, room);
}

/** The same style added to every segment (e.g. inverse for the focused item). */
export function styleLine(line: Line, style: Style): Line {
  return line.map((s) => ({ ...s, ...style }));
}

/**
 * The focus mark on a line of a focused block: ▸ on its first line, a bar
 * down the rest, in place of the line's leading indent (same width, so the
 * text does not move). The first line is also in inverse video.
 */
export function markFocus(line: Line, first: boolean, marker: string): Line {
  const [lead, ...rest] = line;
  const w = lead ? width(lead.text) : 0;
  const mark = (first ? marker : '┃').padEnd(Math.max(2, w));
  return [{ text: mark, bold: true, role: 'accent' }, ...rest.map((s) => ({ ...s, bold: true, inverse: first || s.inverse }))];
}

export function blank(cols: number): Line {
  return [{ text: ' '.repeat(Math.max(0, cols)) }];
}

/**
 * Columns side by side: each column's lines are fitted to its width and joined
 * with `sep`; shorter columns are padded with blank lines.
 */
export function sideBySide(columns: readonly Line[][], widths: readonly number[], sep: Segment, height: number): Line[] {
  const out: Line[] = [];
  for (let row = 0; row < height; row++) {
    const line: Line = [];
    columns.forEach((col, i) => {
      if (i > 0) line.push(sep);
      const w = widths[i] ?? 0;
      line.push(...fitLine(col[row] ?? [], w));
    });
    out.push(line);
  }
  return out;
}
