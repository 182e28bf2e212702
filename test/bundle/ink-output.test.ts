// The bundle's Output (scripts/bundle/ink-output.mjs) must draw exactly the
// screen Ink's own Output draws: both are fed the same writes, and their
// frames are played into a real terminal emulator and compared cell by cell.
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { closesItsStyles, fastOutput } from '../../scripts/bundle/ink-output.mjs';

// Ink's package exports only its entry; its Output is read from its file.
const InkOutput = (await import(join(import.meta.dirname, '../../node_modules/ink/build/output.js'))).default;
const FastOutput = fastOutput(InkOutput, stringWidth);
const chalk = new Chalk({ level: 3 });

type Op =
  | { type: 'write'; x: number; y: number; text: string; shout: boolean }
  | { type: 'clip'; x1: number; x2: number; y1: number; y2: number }
  | { type: 'unclip' };

const WIDTH = 24;
const HEIGHT = 6;

function draw(Output: typeof InkOutput, ops: Op[]): string {
  const out = new Output({ width: WIDTH, height: HEIGHT });
  for (const op of ops) {
    if (op.type === 'write') out.write(op.x, op.y, op.text, { transformers: op.shout ? [(s: string) => chalk.bold(s.toUpperCase())] : [] });
    else if (op.type === 'clip') out.clip(op);
    else out.unclip();
  }
  return out.get().output;
}

/** Every cell of the screen a frame draws: its character and its looks. */
async function cells(frame: string): Promise<string[]> {
  const term = new xterm.Terminal({ cols: 60, rows: HEIGHT + 2, allowProposedApi: true });
  await new Promise<void>((r) => term.write(frame.replaceAll('\n', '\r\n'), r));
  const buf = term.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buf.getLine(y);
    for (let x = 0; x < term.cols; x++) {
      const c = line?.getCell(x);
      if (!c) continue;
      out.push(
        [
          c.getChars() || ' ',
          c.getWidth(),
          c.getFgColor(),
          c.getBgColor(),
          c.isBold(),
          c.isDim(),
          c.isItalic(),
          c.isUnderline(),
          c.isInverse(),
        ].join(':'),
      );
    }
  }
  term.dispose();
  return out;
}

const STYLES = [
  (s: string) => s,
  (s: string) => chalk.bold(s),
  (s: string) => chalk.dim.cyan(s),
  (s: string) => chalk.inverse(s),
  (s: string) => chalk.bgRgb(10, 20, 30).underline(s),
  (s: string) => chalk.italic(`${s}${chalk.red('!')}`),
];
const word = fc.stringMatching(/^[a-z ─漢]{0,6}$/);
const styledLine = fc
  .array(fc.tuple(word, fc.integer({ min: 0, max: STYLES.length - 1 })), { maxLength: 3 })
  .map((parts) => parts.map(([w, s]) => (STYLES[s] as (x: string) => string)(w)).join(''));
const write = fc.record({
  type: fc.constant('write' as const),
  x: fc.integer({ min: 0, max: 20 }),
  y: fc.integer({ min: -1, max: HEIGHT }),
  text: fc.array(styledLine, { minLength: 1, maxLength: 2 }).map((lines) => lines.join('\n')),
  shout: fc.boolean(),
});
const clip = fc.record({
  type: fc.constant('clip' as const),
  x1: fc.integer({ min: 0, max: 10 }),
  x2: fc.integer({ min: 10, max: 24 }),
  y1: fc.integer({ min: 0, max: 2 }),
  y2: fc.integer({ min: 2, max: 6 }),
});

describe('the bundle’s Output', () => {
  it('draws the same cells as Ink’s own, whatever is written where', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 6, arbitrary: write }, { weight: 1, arbitrary: clip }), { maxLength: 8 }),
        async (ops) => {
          const all: Op[] = [...ops, ...ops.filter((o) => o.type === 'clip').map(() => ({ type: 'unclip' as const }))];
          expect(await cells(draw(FastOutput, all))).toEqual(await cells(draw(InkOutput, all)));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('joins rows itself when the texts sit side by side, as standpoint’s lines do', () => {
    const out = new FastOutput({ width: WIDTH, height: 3 });
    out.write(0, 0, chalk.bold('title'), { transformers: [] });
    out.write(10, 0, 'where', { transformers: [] });
    out.write(0, 2, `${chalk.inverse(' cursor ')}   `, { transformers: [] });
    expect(out.sideBySide()).toBe(`${chalk.bold('title')}     where\n\n${chalk.inverse(' cursor ')}`);
  });

  it('leaves overlapping texts, clipping and open styles to Ink', () => {
    const overlap = new FastOutput({ width: WIDTH, height: 1 });
    overlap.write(0, 0, 'abcdef', { transformers: [] });
    overlap.write(3, 0, 'X', { transformers: [] });
    expect(overlap.sideBySide()).toBeUndefined();
    expect(overlap.get().output).toBe('abcXef');

    const clipped = new FastOutput({ width: WIDTH, height: 1 });
    clipped.clip({ x1: 0, x2: 3 });
    clipped.write(0, 0, 'abcdef', { transformers: [] });
    expect(clipped.sideBySide()).toBeUndefined();

    const open = new FastOutput({ width: WIDTH, height: 1 });
    open.write(0, 0, '\u001b[7mopen', { transformers: [] });
    expect(open.sideBySide()).toBeUndefined();
  });
});

describe('closesItsStyles', () => {
  it('accepts what chalk writes, however nested', () => {
    for (const text of [
      'plain',
      chalk.bold.red('x'),
      chalk.inverse('  '),
      chalk.rgb(1, 2, 3)('a'),
      chalk.bgAnsi256(200)('b'),
      chalk.bold(`a${chalk.dim('b')}c`),
    ]) {
      expect(closesItsStyles(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('refuses a style left open, and any escape that is not a style', () => {
    for (const text of ['\u001b[1mbold', '\u001b[31;1mred\u001b[39m', '\u001b]8;;https://x\u0007link\u001b]8;;\u0007', '\u001b[2Jclear']) {
      expect(closesItsStyles(text), JSON.stringify(text)).toBe(false);
    }
  });
});
