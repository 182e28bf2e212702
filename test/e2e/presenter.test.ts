// Presenter mode in a real pseudo-terminal, as a teacher would run it:
// `standpoint --present positions`, Space until the discussion prompt, quit,
// and the terminal is given back.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { presenterSteps } from '../../src/tui/screens/present/layout.js';
import { cursorShown, KEYS, leftAlternateScreen, sessionPerTest } from './harness.js';

const EXAMPLE = 'positions/mexico-cartels';
let example: Model;

beforeAll(async () => {
  example = (await loadDebate(EXAMPLE)).model;
});

const open = sessionPerTest();

/** The screen as one line of words, wherever it wrapped them. */
function words(rows: string[]): string {
  return rows.join(' ').replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');
}

function fits(rows: string[], cols: number): boolean {
  return rows.every((r) => stringWidth(r) <= cols) && rows[rows.length - 1] === '';
}

describe.each([
  [80, 24],
  [200, 50],
])('standpoint --present positions at %i×%i', (cols, rows) => {
  test('walks the first issue to its discussion prompt, one Space at a time, then quits cleanly', async () => {
    const issue = example.issues[0];
    const steps = presenterSteps(example, issue?.id).length;
    const prompt = (issue?.prompts.at(-1) ?? '').replace(/\s+/g, ' ').trim();
    expect(prompt).not.toBe('');
    const s = open({ args: ['--present', 'positions'], cols, rows });
    let screen = await s.ready(`0 / ${steps}`);
    expect(await s.buffer()).toBe('alternate');
    expect(screen.join('\n')).toContain(issue?.title);
    expect(fits(screen, cols)).toBe(true);

    // Space until the prompt shows, as a teacher would, watching the count go up.
    let pressed = 0;
    while (!words(screen).includes(prompt.slice(-40)) && pressed < steps + 2) {
      await s.press(KEYS.space);
      pressed++;
      screen = await s.waitForText(`${pressed} / ${steps}`);
      expect(fits(screen, cols)).toBe(true);
    }
    expect(pressed).toBe(steps);
    expect(screen.join('\n')).toContain(`${steps} / ${steps}`);
    expect(screen.join('\n')).toContain('Discuss');
    expect(words(screen)).toContain(prompt);
    expect(screen.join('\n')).toContain('End of this issue');

    // One step back, and the prompt is gone again.
    await s.press(KEYS.backspace);
    screen = await s.waitForText(`${steps - 1} / ${steps}`);
    expect(words(screen)).not.toContain(prompt);

    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    expect(await s.buffer()).toBe('normal');
    expect(leftAlternateScreen(s.raw())).toBe(true);
    expect(cursorShown(s.raw())).toBe(true);
  });
});

describe('classroom keys in a real terminal', () => {
  test('--lens names the lens in the header; c compares; the timer counts; Ctrl-C restores the terminal', async () => {
    const s = open({ args: ['--lens', 'quote', 'positions'], cols: 100, rows: 30, env: { NO_COLOR: '1' } });
    await s.ready('lens: quote');
    await s.press('c');
    await s.waitForText(/compared with/);
    await s.waitForText(/They agree on \d+ issue/);
    await s.press(KEYS.esc, 'P');
    await s.waitForText(/0 \/ \d+/);
    await s.press('t');
    // Real time passes here: wait for the countdown to move, without asserting how fast.
    await s.waitForText(/ 1:5\d/, 5000);
    await s.press(KEYS.ctrlC);
    expect((await s.exit()).code).toBe(0);
    expect(leftAlternateScreen(s.raw())).toBe(true);
    expect(cursorShown(s.raw())).toBe(true);
  });

  test('a misspelt lens is a usage error that names the kinds', async () => {
    const s = open({ args: ['--lens', 'quotes', 'positions'], cols: 100, rows: 30 });
    const info = await s.exit();
    expect(info.code).toBe(2);
    const text = s.raw();
    expect(text).toContain('Unknown evidence kind "quotes"');
    expect(text).toContain('quote, fact, statistic, claim, interpretation');
    expect(text).not.toContain('\u001b[?1049h');
  });
});
