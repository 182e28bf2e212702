// Measuring, cutting and wrapping by terminal columns (CJK and emoji take two),
// with the same string-width Ink lays out with, so padded columns line up in the
// TUI and in every plain-text export alike.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { narrowWidth } from './narrow.js';

// string-width segments graphemes with Intl.Segmenter, which costs tens of
// microseconds a call for anything beyond plain text (see narrow.ts); a frame
// measures the same separators, marks and wrapped lines over and over, so
// remember them.
const widths = new Map<string, number>();
const WIDTH_CACHE_MAX = 50_000;

export function width(text: string): number {
  const narrow = narrowWidth(text);
  if (narrow !== undefined) return narrow;
  let w = widths.get(text);
  if (w === undefined) {
    if (widths.size >= WIDTH_CACHE_MAX) widths.clear();
    w = stringWidth(text);
    widths.set(text, w);
  }
  return w;
}

/** At most `max` columns; an ellipsis marks the cut, which never splits a character. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (width(text) <= max) return text;
  if (max === 1) return '…';
  // One column a character (narrow.ts): cut as cli-truncate would, without its
  // grapheme segmentation (whose first use loads ICU's rules, some 15 ms at start).
  if (narrowWidth(text) !== undefined) return `${text.slice(0, max - 1)}…`;
  return cliTruncate(text, max, { position: 'end', truncationCharacter: '…' });
}

/** Exactly `cols` columns: cut with an ellipsis, then padded with spaces. */
export function fitWidth(text: string, cols: number): string {
  const cut = truncate(text, cols);
  return cut + ' '.repeat(Math.max(0, cols - width(cut)));
}

/** One paragraph wrapped to `cols` columns; a word longer than a line is broken. */
export function wrap(text: string, cols: number): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [];
  const lines = wrapAnsi(flat, Math.max(1, cols), { hard: true, trim: true }).split('\n');
  // wrap-ansi measures with an older string-width: re-cut anything it let through too wide.
  return lines.map((l) => (width(l) > cols ? truncate(l, cols) : l));
}

/** Text that may hold blank-line separated paragraphs (YAML literal blocks keep them). */
export function wrapParagraphs(text: string, cols: number): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => wrap(p, cols))
    .filter((p) => p.length > 0);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A line that more text followed: it ends in an ellipsis, within `cols`. */
export function continued(line: string, cols: number): string {
  return width(line) + 1 <= cols ? `${line}…` : truncate(`${line}  `, cols);
}
