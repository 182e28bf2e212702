// Measuring, wrapping and cutting text by the columns it takes in a terminal
// (wide CJK, emoji), not by its length in UTF-16 units.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

export const width = stringWidth;

/** Cut to at most `max` columns, ending in an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  return stringWidth(text) <= max ? text : cliTruncate(text, max, { position: 'end' });
}

/** Pad on the right to exactly `cols` columns (truncating first if needed). */
export function padEnd(text: string, cols: number): string {
  const cut = truncate(text, cols);
  return cut + ' '.repeat(Math.max(0, cols - stringWidth(cut)));
}

/** Wrap to `cols` columns; words longer than a line are broken. */
export function wrapLines(text: string, cols: number): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [''];
  return wrapAnsi(flat, Math.max(1, cols), { hard: true, trim: true }).split('\n');
}

/**
 * A paragraph with a hanging indent: `lead` (e.g. "fact: ") starts the first
 * line after `indent` spaces, and later lines line up under the text.
 */
export function hang(indent: number, lead: string, text: string, total: number): string[] {
  const leadWidth = stringWidth(lead);
  const room = total - indent - leadWidth;
  if (room < 12) {
    // Too narrow to hang: put the lead on its own line.
    return [...wrapLines(lead, total - indent).map((l) => ' '.repeat(indent) + l), ...block(indent, text, total)];
  }
  return wrapLines(text, room).map((l, i) => ' '.repeat(indent) + (i === 0 ? lead : ' '.repeat(leadWidth)) + l);
}

/** Wrapped text indented by `indent` spaces, within `total` columns. */
export function block(indent: number, text: string, total: number): string[] {
  const room = Math.max(8, total - indent);
  const pad = ' '.repeat(Math.min(indent, Math.max(0, total - room)));
  return wrapLines(text, room).map((l) => pad + l);
}

/** Blank-line separated paragraphs of multi-line text (a literal YAML block keeps them). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
