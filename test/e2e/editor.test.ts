// `e` in a real terminal: $EDITOR is a tiny script written here that records
// how it was started (its arguments, whether the terminal was in raw mode)
// and may edit the file; the TUI must hand the terminal over, take it back,
// draw again, stay responsive, and show what the "editor" saved.
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KEYS, leftAlternateScreen, scratch, sessionPerTest } from './harness.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
const LEAVE_ALT = '\u001b[?1049l';
const ENTER_ALT = '\u001b[?1049h';

const open = sessionPerTest();

interface Setup {
  dir: string;
  bin: string;
  log: string;
}

function setup(): Setup {
  const root = scratch('standpoint-e2e-editor-');
  const dir = join(root, 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  return { dir, bin: join(root, 'bin'), log: join(root, 'argv.json') };
}

/**
 * An "editor" named `name`: records its arguments and the terminal's mode
 * (stty: "icanon" when not raw), then, if asked, replaces text in the file
 * it was given (its last argument) as a save would.
 */
function fakeEditor(s: Setup, name: string, replace?: [string, string]): string {
  const path = join(s.bin, name);
  mkdirSync(s.bin, { recursive: true });
  const body = `#!${process.execPath}
const fs = require('node:fs');
const { execSync } = require('node:child_process');
const args = process.argv.slice(2);
let stty = '';
try { stty = execSync('stty -a', { stdio: ['inherit', 'pipe', 'ignore'] }).toString(); } catch {}
fs.writeFileSync(${JSON.stringify(s.log)}, JSON.stringify({ args, tty: process.stdin.isTTY === true, cooked: /(^|\\s)icanon/.test(stty) }));
const replace = ${JSON.stringify(replace ?? null)};
if (replace) {
  const file = args[args.length - 1].replace(/:\\d+:\\d+$/, '');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(replace[0], replace[1]));
}
`;
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}

function lineOf(file: string, text: string): number {
  return (
    readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.trimStart().startsWith(text)) + 1
  );
}

describe('e opens the editor', () => {
  test('on a focused item: the editor gets +LINE and the absolute file, the TUI comes back, responsive, showing the save', async () => {
    const s = setup();
    const editor = fakeEditor(s, 'vim', ['The bridge costs 40 million.', 'The bridge costs 55 million.']);
    const residents = join(s.dir, 'residents.yaml');
    const t = open({ args: [s.dir], cols: 100, rows: 30, env: { EDITOR: editor, VISUAL: undefined } });
    await t.ready('Town council');
    await t.press('l', KEYS.enter, 'j');
    await t.waitForText(/▸ statistic · minutes/);
    const before = t.raw().length;
    await t.press('e');

    // The "editor" ran with the terminal in its normal mode, and was told where to go.
    const rows = await t.waitForText('55 million', 8000);
    expect(existsSync(s.log)).toBe(true);
    const got = JSON.parse(readFileSync(s.log, 'utf8'));
    expect(got.args).toEqual([`+${lineOf(residents, '- kind: statistic')}`, residents]);
    expect(got.tty).toBe(true);
    expect(got.cooked).toBe(true);

    // The screen was handed over and taken back, and is drawn again in full.
    const during = t.raw().slice(before);
    expect(during.indexOf(LEAVE_ALT)).toBeGreaterThanOrEqual(0);
    expect(during.indexOf(ENTER_ALT, during.indexOf(LEAVE_ALT))).toBeGreaterThan(0);
    expect(await t.buffer()).toBe('alternate');
    const text = rows.join('\n');
    expect(rows[0]).toContain('Should the town build a bridge?');
    expect(text).toMatch(/▸ statistic · minutes/);
    expect(text).toContain('Town council');

    // Still responsive.
    await t.press('j');
    await t.waitForText(/▸ ✗ by Council/);
    await t.press('q');
    expect((await t.exit()).code).toBe(0);
    expect(leftAlternateScreen(t.raw())).toBe(true);
  });

  test('$VISUAL with arguments, in the code family: its arguments, then -g file:line:col', async () => {
    const s = setup();
    const editor = fakeEditor(s, 'code');
    const council = join(s.dir, 'council.yaml');
    const t = open({ args: [s.dir], cols: 100, rows: 30, env: { VISUAL: `${editor} --wait`, EDITOR: 'nano' } });
    await t.ready('Town council');
    await t.press('e');
    await t.waitFor(() => existsSync(s.log), 'the editor to run', 8000);
    const got = JSON.parse(readFileSync(s.log, 'utf8'));
    expect(got.args).toEqual(['--wait', '-g', `${council}:${lineOf(council, '- id: worth-it')}:5`]);
    await t.waitForText('Town council');
    await t.press('?');
    await t.waitForText('Esc or ? to close');
  });

  test('an editor that cannot start: a message in the footer, and the TUI goes on', async () => {
    const s = setup();
    const t = open({ args: [s.dir], cols: 100, rows: 30, env: { EDITOR: 'no-such-editor-anywhere', VISUAL: undefined } });
    await t.ready('Town council');
    await t.press('e');
    const rows = await t.waitForText('not found');
    expect(rows[rows.length - 2]).toContain('Editor "no-such-editor-anywhere" not found: check $EDITOR.');
    expect(rows.join('\n')).toContain('Town council');
    expect(t.raw()).not.toMatch(/\n\s+at /);
    await t.press('j');
    await t.waitFor((r) => !r.join('\n').includes('not found'), 'the message to go at the next key');
    await t.press('q');
    expect((await t.exit()).code).toBe(0);
  });
});
