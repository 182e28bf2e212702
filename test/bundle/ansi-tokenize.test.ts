// The bundle's ansi-tokenize (scripts/bundle/ansi-tokenize.mjs) must give Ink
// the same styled characters and the same strings as the library's own.
import * as real from '@alcalzone/ansi-tokenize';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fast from '../../scripts/bundle/ansi-tokenize.mjs';

const chalk = new Chalk({ level: 3 });
const STYLES = [
  (s: string) => s,
  (s: string) => chalk.bold(s),
  (s: string) => chalk.dim.bold.green(s),
  (s: string) => chalk.inverse.underline(s),
  (s: string) => chalk.bgAnsi256(120)(s),
  (s: string) => `\u001b[31m${s}\u001b[0m`,
];
const text = fc
  .array(fc.tuple(fc.stringMatching(/^[a-z 漢]{0,5}$/), fc.integer({ min: 0, max: STYLES.length - 1 })), { maxLength: 5 })
  .map((parts) => parts.map(([w, s]) => (STYLES[s] as (x: string) => string)(w)).join(''));

const codes = (chars: { value: string; styles: { code: string }[] }[]) => chars.map((c) => [c.value, c.styles.map((s) => s.code)]);

describe('the bundle’s ansi-tokenize', () => {
  it('styles each character as the library does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(codes(fast.styledCharsFromTokens(fast.tokenize(t)))).toEqual(codes(real.styledCharsFromTokens(real.tokenize(t))));
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('writes a row of styled characters back as the same string', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), (texts) => {
        // A row mixes characters of several writes, as Ink's grid does.
        const chars = texts.flatMap((t) => real.styledCharsFromTokens(real.tokenize(t)));
        expect(fast.styledCharsToString(chars)).toBe(real.styledCharsToString(chars));
        // And with the bundle's own characters, which share their styles.
        const shared = texts.flatMap((t) => fast.styledCharsFromTokens(fast.tokenize(t)));
        expect(fast.styledCharsToString(shared)).toBe(real.styledCharsToString(chars));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('remembers a line it has tokenised', () => {
    const line = chalk.bold('same line');
    expect(fast.tokenize(line)).toBe(fast.tokenize(line));
    expect(fast.styledCharsFromTokens(fast.tokenize(line))).toBe(fast.styledCharsFromTokens(fast.tokenize(line)));
  });
});
