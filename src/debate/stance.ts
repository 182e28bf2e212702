// How a stance is shown outside colour: a short ASCII glyph plus the word, so a
// matrix reads the same printed, piped, projected in greyscale or read aloud.
import type { StanceT } from '../model/schema.js';
import { STANCES } from '../model/terms.js';

export const STANCE_GLYPH: Record<StanceT, string> = {
  for: '++',
  'leans-for': '+',
  mixed: '~',
  'leans-against': '-',
  against: '--',
  unclear: '?',
};

export function stanceWord(stance: StanceT): string {
  return stance.replace('-', ' ');
}

/** "++ for", "- leans against": glyph and word together, never the glyph alone. */
export function stanceMark(stance: StanceT, glyphColumns = 0): string {
  return `${STANCE_GLYPH[stance].padEnd(glyphColumns)} ${stanceWord(stance)}`;
}

/** The glyph padded to two columns so a column of marks lines up: "++ for", "-  leans against". */
export function alignedStanceMark(stance: StanceT): string {
  return stanceMark(stance, 2);
}

/** The widest aligned mark, so a column of marks can be padded to it. */
export const STANCE_MARK_WIDTH = Math.max(...STANCES.map((s) => alignedStanceMark(s).length));

/** Which side of the question: +1 yes, -1 no, 0 in between, null unknown. */
export function stanceSide(stance: StanceT): 1 | 0 | -1 | null {
  switch (stance) {
    case 'for':
    case 'leans-for':
      return 1;
    case 'against':
    case 'leans-against':
      return -1;
    case 'mixed':
      return 0;
    default:
      return null;
  }
}

/** The legend printed under every matrix. */
export function stanceKey(): string {
  return STANCES.map(stanceMark).join(', ');
}
