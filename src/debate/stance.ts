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
export function stanceMark(stance: StanceT): string {
  return `${STANCE_GLYPH[stance]} ${stanceWord(stance)}`;
}

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
