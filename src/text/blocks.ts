// Paragraph shapes for plain-text output: hanging indents, indented blocks and
// blank-line separated paragraphs, all measured in terminal columns (measure.ts).
import { width, wrap } from './measure.js';

/** Wrap to `cols` columns; words longer than a line are broken. Empty text is one empty line. */
export function wrapLines(text: string, cols: number): string[] {
  const lines = wrap(text, cols);
  return lines.length > 0 ? lines : [''];
}

/**
 * A paragraph with a hanging indent: `lead` (e.g. "fact: ") starts the first
 * line after `indent` spaces, and later lines line up under the text.
 */
export function hang(indent: number, lead: string, text: string, total: number): string[] {
  const leadWidth = width(lead);
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
