// Code frames are cut from a few lines, not from the whole file: a file with
// thousands of problems once made `check` quadratic (each frame re-split the
// file: 1.3 s at 1,000 problems, 81 s at 9,000). Same frames, linear work.
import * as babel from '@babel/code-frame';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { codeFrame, frameSources } from '../../src/model/format.js';
import { capture, cleanScratch, debateWith } from './helpers.js';

vi.mock('@babel/code-frame', async (original) => {
  const actual = await original<typeof import('@babel/code-frame')>();
  return { ...actual, codeFrameColumns: vi.fn(actual.codeFrameColumns) };
});
const { codeFrameColumns } = vi.mocked(babel);
const real = await vi.importActual<typeof import('@babel/code-frame')>('@babel/code-frame');

afterAll(cleanScratch);
afterEach(() => {
  codeFrameColumns.mockClear();
});

/** One actor file with `n` positions, none with evidence or an answer: two warnings each. */
function stubs(n: number): string {
  const ids = Array.from({ length: n }, (_, i) => `issue-${i + 1}`);
  return debateWith({
    'debate.yaml': [
      'title: Many',
      'question: Many?',
      'issues:',
      ...ids.flatMap((id) => [`  - id: ${id}`, `    title: ${id}`, `    question: ${id}?`]),
      '',
    ].join('\n'),
    'council.yaml': [
      'name: Council',
      'positions:',
      ...ids.flatMap((id) => [`  - id: ${id}`, `    issue: ${id}`, '    stance: for', '    claim: Yes.']),
      '',
    ].join('\n'),
    'residents.yaml': null,
  });
}

const at = (line: number, col: number): Diagnostic => ({ file: 'f.yaml', line, col, severity: 'warning', rule: 'r', message: 'm' });

describe('check with thousands of problems in one file', () => {
  it('builds every code frame from at most three lines, numbered as in the file', async () => {
    const n = 2000;
    const out = capture();
    expect(await runCheck(stubs(n), {}, out)).toBe(0);
    expect(out.stdout).toContain(`0 errors, ${2 * n} warnings.`);
    expect(codeFrameColumns).toHaveBeenCalledTimes(2 * n);
    const sizes = codeFrameColumns.mock.calls.map(([raw]) => raw.split('\n').length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    // The last position starts on line 2 + 4(n-1) + 1 of the 4n + 2-line file.
    const last = 4 * n - 1;
    expect(out.stdout).toContain(
      `  ${last - 1} |     claim: Yes.\n> ${last} |   - id: issue-${n}\n       |     ^\n  ${last + 1} |     issue: issue-${n}\n`,
    );
  });

  it('splits each file into lines once, however many frames are cut from it', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n');
    let reads = 0;
    const texts = new Map([['f.yaml', text]]);
    const counting = {
      get: (file: string) => {
        reads++;
        return texts.get(file);
      },
    } as unknown as ReadonlyMap<string, string>;
    const linesOf = frameSources(counting);
    for (let line = 1; line <= 50; line++)
      expect(codeFrame(linesOf('f.yaml'), at(line, 1))).toMatch(new RegExp(`^> +${line} \\| line ${line}$`, 'm'));
    expect(reads).toBe(1);
  });
});

describe('a frame cut from a few lines is the frame of the whole file', () => {
  const lines = [
    'first: line',
    '  second: "with a tab\tand more"',
    `  long: ${'x'.repeat(300)}`,
    '  control: a\u001bb\u0085c',
    ...Array.from({ length: 120 }, (_, i) => `  item${i}: ${i}`),
    'last: line',
  ];
  // The whole file, as codeFrame once did it: every line cleaned, the frame cut by @babel/code-frame.
  const whole = (d: Diagnostic) => {
    const shown = lines.map((l) =>
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      (l.length > 200 ? `${l.slice(0, 200)}…` : l).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd'),
    );
    const column = Math.min(d.col, (shown[d.line - 1]?.length ?? 0) + 1);
    return real.codeFrameColumns(
      shown.join('\n'),
      { start: { line: d.line, column } },
      { highlightCode: false, linesAbove: 1, linesBelow: 1 },
    );
  };
  it.each([
    [1, 1],
    [2, 14],
    [3, 250],
    [4, 12],
    [9, 3],
    [10, 3],
    [99, 5],
    [100, 1],
    [lines.length, 1],
    [lines.length, 99],
  ])('line %i, column %i', (line, col) => {
    expect(codeFrame(lines, at(line, col))).toBe(whole(at(line, col)));
  });

  it('a line past the end of the file, or no file text, gives no frame', () => {
    expect(codeFrame(lines, at(lines.length + 1, 1))).toBe('');
    expect(codeFrame(undefined, at(1, 1))).toBe('');
  });
});
