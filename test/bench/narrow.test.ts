// The fast width path (src/text/narrow.ts) skips grapheme segmentation for text
// it deems plain. It must never disagree with string-width, which Ink lays out
// with: a wrong width would misalign every column after it.
import cliTruncate from 'cli-truncate';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { truncate, width } from '../../src/text/measure.js';
import { NARROW_RANGES, narrowWidth } from '../../src/text/narrow.js';

const NARROW_CHARS = NARROW_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));

describe('the fast width path', () => {
  it('measures every character it accepts as string-width does', () => {
    for (const c of NARROW_CHARS) expect({ c, w: narrowWidth(c) }).toEqual({ c, w: stringWidth(c) });
  });

  it('measures any mix of them as string-width does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NARROW_CHARS), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(narrowWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts such text as cli-truncate does, at every width', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NARROW_CHARS), { maxLength: 60 }), fc.integer({ min: 1, max: 62 }), (chars, max) => {
        const text = chars.join('');
        expect(truncate(text, max)).toBe(cliTruncate(text, max, { position: 'end', truncationCharacter: '…' }));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves to string-width whatever could be wide, joined or invisible', () => {
    for (const text of ['日本', 'a\u0301', '👍', '✔', '❤️', 'a\u200db', 'soft\u00adhyphen', 'bidi\u202e', 'tab\t', '\u2028', '⌚']) {
      expect(narrowWidth(text)).toBeUndefined();
      expect(width(text)).toBe(stringWidth(text));
    }
  });
});
