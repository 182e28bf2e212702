// The Problems screen with 10,000 problems: it opens and moves by laying out
// only the entries on screen (it once laid out all of them, and re-split the
// file for every code frame: seconds to open, about a second a key).
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { FOCUS } from '../../src/tui/theme.js';
import { KEY, type Rendered, renderAt } from './render.js';

// Every problem's message is wrapped once when its entry is laid out: counting those calls counts the entries laid out.
vi.mock('../../src/tui/layout/shared.js', async (original) => {
  const actual = await original<typeof import('../../src/tui/layout/shared.js')>();
  return { ...actual, wrapCached: vi.fn(actual.wrapCached) };
});
const { wrapCached } = vi.mocked(await import('../../src/tui/layout/shared.js'));

const N = 10_000;
const FILE = join(resolve('test/fixtures/debates/minimal'), 'many.yaml');

async function manyProblems(): Promise<Rendered> {
  const loaded = await loadDebate('test/fixtures/debates/minimal');
  const diagnostics: Diagnostic[] = Array.from({ length: N }, (_, i) => ({
    file: FILE,
    line: i + 1,
    col: 3,
    severity: 'warning',
    rule: 'many',
    message: `Problem number ${i + 1}.`,
  }));
  const texts = new Map([...loaded.texts, [FILE, Array.from({ length: N }, (_, i) => `- entry ${i + 1}`).join('\n')]]);
  const many = { model: { ...loaded.model, diagnostics }, texts };
  return renderAt(<App debates={[]} initial={many} load={loadDebate} theme={{ color: false }} />, 100, 30);
}

/** The problem numbers listed on screen, top to bottom; those shown whole, message included; and the focused one. */
function listed(r: Rendered): { shown: number[]; whole: number[]; focused: number[] } {
  const shown: number[] = [];
  const whole: number[] = [];
  const focused: number[] = [];
  for (const line of r.lines()) {
    const message = /Problem number (\d+)\./.exec(line);
    if (message) whole.push(Number(message[1]));
    const m = /many\.yaml:(\d+):3/.exec(line);
    if (!m) continue;
    shown.push(Number(m[1]));
    if (line.trimStart().startsWith(FOCUS)) focused.push(Number(m[1]));
  }
  return { shown, whole, focused };
}

const laidOut = () => wrapCached.mock.calls.filter(([text]) => text.startsWith('Problem number')).length;

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

describe('Problems with 10,000 problems', () => {
  test('opens at the first, steps down, pages, jumps to the end and back, showing the right entries and code', async () => {
    const r = (current = await manyProblems());
    wrapCached.mockClear();
    await r.press('p');
    expect(r.screen()).toContain(`${N} warnings while loading.`);
    expect(r.screen()).toContain(`problem 1 of ${N}`);
    const first = listed(r);
    expect(first.focused).toEqual([1]);
    expect(first.shown[0]).toBe(1);
    expect(first.shown).toEqual(first.shown.map((_, i) => i + 1));
    expect(r.screen()).toMatch(/> 1 \| - entry 1$/m);

    await r.press(KEY.down, KEY.down, 'j');
    expect(r.screen()).toContain(`problem 4 of ${N}`);
    expect(listed(r).focused).toEqual([4]);
    expect(r.screen()).toMatch(/^\s+3 \| - entry 3\n\s*> 4 \| - entry 4\n.*\n\s+5 \| - entry 5$/m);

    // Down past the last entry on screen: the list scrolls by as little as keeps the focus in view.
    const perScreen = first.whole.length;
    for (let i = 4; i <= perScreen; i++) await r.press('j');
    const scrolled = listed(r);
    expect(scrolled.focused).toEqual([perScreen + 1]);
    expect(scrolled.whole.at(-1)).toBe(perScreen + 1);
    expect(scrolled.shown[0]).toBe(2);

    await r.press('G');
    expect(r.screen()).toContain(`problem ${N} of ${N}`);
    const last = listed(r);
    expect(last.focused).toEqual([N]);
    // The end of the list at the bottom of the screen, the screen full down to it.
    expect(last.whole.at(-1)).toBe(N);
    expect(last.whole.length).toBeGreaterThanOrEqual(perScreen);
    expect(last.whole).toEqual(last.whole.map((_, i) => N - last.whole.length + 1 + i));
    expect(r.screen()).toMatch(new RegExp(`^\\s*> ${N} \\| - entry ${N}$`, 'm'));

    await r.press(KEY.pageUp);
    expect(r.screen()).toContain(`problem ${N - 5} of ${N}`);
    expect(listed(r).focused).toEqual([N - 5]);

    await r.press('g');
    expect(listed(r).focused).toEqual([1]);
    expect(r.screen()).toContain(`problem 1 of ${N}`);

    // Only entries that were on screen were laid out: a few screenfuls, not 10,000.
    expect(laidOut()).toBeLessThanOrEqual(4 * perScreen);
  });
});
