// The bundle's sanitize (scripts/bundle/sanitize.mjs) gives back a clean line
// untouched without tokenising it, and every other text to Ink: its answer
// must be Ink's own for any text, escapes, controls and combining marks included.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFirst } from '../../scripts/bundle/sanitize.mjs';

// Ink's package exports only its entry; its sanitize is read from its file.
const inkSanitize: (text: string) => string = (await import(join(import.meta.dirname, '../../node_modules/ink/build/sanitize-ansi.js')))
  .default;
let asked = 0;
const sanitize = cleanFirst((text) => {
  asked++;
  return inkSanitize(text);
});

const piece = fc.constantFrom(
  'a',
  'Zé',
  ' ',
  '漢',
  '\t',
  '\n',
  '\u0301',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u001b',
  '\u001b[1m',
  '\u001b[0m',
  '\u001b[m',
  '\u001b[38;5;9m',
  '\u001b[38:5:9m',
  '\u001b[4:3m',
  '\u001b[2J',
  '\u001b[?25l',
  '\u001b]8;;http://x\u0007',
  '\u009b31m',
  '[',
  ';',
  'm',
);

describe('sanitize in the bundle', () => {
  it('answers as Ink does for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(sanitize(text)).toBe(inkSanitize(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives a line of coloured text back without asking Ink', () => {
    const before = asked;
    const line = '\u001b[1m\u001b[36m US admin\u001b[39m\u001b[22m │ \u001b[90m++ for\u001b[39m\ttab';
    expect(sanitize(line)).toBe(line);
    expect(asked).toBe(before);
    // A colour code before a combining mark is moved by Ink: that one is Ink's.
    sanitize('\u001b[1m\u0301x');
    expect(asked).toBe(before + 1);
  });
});
