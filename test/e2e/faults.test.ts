// Broken terminals: resize storms, windows far too small, signals, no
// keyboard, and readers that stop reading. standpoint must not crash or print
// a stack trace, and wherever it started the TUI it must give the terminal
// back: cursor shown, main screen, raw mode off.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unsafeBytes } from './escapes.js';
import { CLI, cursorShown, KEYS, leftAlternateScreen, type Session, sessionPerTest, sleep, start } from './harness.js';

const EXAMPLE = 'positions/mexico-cartels';
const MINIMAL = 'test/fixtures/debates/minimal';
const STACK = /\n\s+at |node:internal|Error: /;

let big: string;
const temps: string[] = [];

beforeAll(() => {
  // More output than a pipe holds (64 KiB) from every command below, compare included
  // (80 KiB: it grows with the issues), so a writer really meets a closed pipe; and small
  // enough to load quickly: 2 actors, 320 evidence items.
  big = mkdtempSync(join(tmpdir(), 'standpoint-big-'));
  const r = spawnSync(process.execPath, ['scripts/generate-debate.mjs', big, '--actors', '2', '--issues', '160', '--evidence', '320'], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
});

afterAll(() => {
  for (const t of [big, ...temps]) if (t) rmSync(t, { recursive: true, force: true });
});

const open = sessionPerTest();

function fits(rows: string[], cols: number): boolean {
  return rows.every((r) => stringWidth(r) <= cols) && rows[rows.length - 1] === '';
}

async function expectRestored(s: Session) {
  expect(await s.buffer()).toBe('normal');
  expect(leftAlternateScreen(s.raw())).toBe(true);
  expect(cursorShown(s.raw())).toBe(true);
  expect(s.raw()).not.toMatch(STACK);
}

/** What a fresh start at this size draws, to compare a storm-tossed screen with. */
async function freshScreen(args: string[], cols: number, rows: number, ready: string): Promise<string[]> {
  const s = start({ args, cols, rows });
  try {
    await s.ready(ready);
    return await s.screen();
  } finally {
    s.kill('SIGKILL');
    await s.exited;
  }
}

describe('resizes', () => {
  test('a storm of 60 resizes ends on exactly the screen a fresh start at the last size draws', async () => {
    const s = open({ args: [EXAMPLE], cols: 100, rows: 30 });
    await s.ready('Enter open');
    for (let i = 0; i < 60; i++) {
      // Wide, narrow (stacked), too small and back, some while a frame is still being drawn.
      s.resize(30 + ((i * 37) % 150), 6 + ((i * 11) % 45));
      if (i % 7 === 0) await sleep(15);
    }
    s.resize(90, 28);
    await sleep(400);
    const rows = await s.waitFor((r) => fits(r, 90) && r.join('\n').includes('Enter open'), 'the matrix at 90×28');
    expect(rows).toEqual(await freshScreen([EXAMPLE], 90, 28, 'Enter open'));
    // Still answering keys.
    await s.press('j', KEYS.enter);
    await s.waitForText(/issue 2 of \d+/);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  }, 30_000);

  test('a storm in the issue view while stepping keeps every frame inside the window', async () => {
    const s = open({ args: [EXAMPLE], cols: 120, rows: 35 });
    await s.ready('Enter open');
    await s.press(KEYS.enter, 's');
    await s.waitForText(/step 0 of \d+/);
    for (let i = 0; i < 40; i++) {
      s.resize(40 + ((i * 53) % 140), 10 + ((i * 7) % 40));
      if (i % 3 === 0) await s.press(KEYS.space);
    }
    s.resize(70, 20);
    await sleep(400);
    const rows = await s.waitFor((r) => fits(r, 70) && /step \d+ of \d+/.test(r.join('\n')), 'the issue view at 70×20');
    expect(rows.join('\n')).toMatch(/actor \d of \d/);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  }, 30_000);
});

describe('windows far too small', () => {
  test.each([
    [20, 5],
    [1, 1],
    [39, 10],
    [40, 9],
  ])('%i×%i: says so within the window, q quits, the terminal is restored', async (cols, rows) => {
    const s = open({ args: [MINIMAL], cols, rows });
    const screen = await s.ready(/\S/);
    await sleep(200);
    expect(screen.every((r) => stringWidth(r) <= cols)).toBe(true);
    // Even a tiny window says how to leave.
    if (cols > 1) expect(screen.map((r) => r.trim()).join(' ')).toMatch(/[Tt]oo small.*(press q to quit|q quits)/);
    await s.press('j', KEYS.enter, KEYS.esc, '/');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  });

  test('shrinking to 1×1 and growing back: the app reappears where it was', async () => {
    const s = open({ args: [MINIMAL], cols: 100, rows: 30 });
    await s.ready('Enter open');
    await s.press(KEYS.enter);
    await s.waitForText('issue 1 of 2');
    for (const [c, r] of [
      [1, 1],
      [20, 5],
      [1, 30],
      [100, 1],
    ] as const) {
      s.resize(c, r);
      await sleep(60);
    }
    s.resize(100, 30);
    const rows = await s.waitForText('issue 1 of 2');
    expect(fits(rows, 100)).toBe(true);
    expect(rows.join('\n')).not.toContain('too small');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  });
});

// The shell prints its pid, runs standpoint in the foreground, then reports
// the exit status and the terminal's mode once standpoint is gone.
const AFTERWARDS = 'echo "exit=$?"; stty -a; sleep 0.3';

/** standpoint's pid: the shell's only child. */
async function childPid(s: Session): Promise<number> {
  const rows = await s.waitForText(/SHELL=\d+/);
  const shell = /SHELL=(\d+)/.exec(rows.join('\n'))?.[1];
  const file = `/proc/${shell}/task/${shell}/children`;
  for (let i = 0; i < 100; i++) {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    if (pid > 0) return pid;
    await sleep(20);
  }
  throw new Error('standpoint did not start');
}

function expectCookedMode(after: string) {
  // stty -a lists settings that are off with a leading minus.
  expect(after).toMatch(/(^|\s)icanon(\s|$)/m);
  expect(after).toMatch(/(^|\s)echo(\s|$)/m);
  expect(after).not.toMatch(/(^|\s)-icanon(\s|$)/m);
}

describe('signals', () => {
  test.skipIf(!existsSync('/proc/self/task')).each([
    ['SIGINT', 130, 'search, while typing'],
    ['SIGTERM', 143, 'detail'],
    ['SIGHUP', 129, 'the list of debates'],
    ['SIGQUIT', 131, 'detail'],
    ['SIGUSR2', 140, 'detail'],
  ] as const)('%s (exit %i) on %s: terminal restored, raw mode off', async (signal, code, where) => {
    const dir = where === 'the list of debates' ? 'test/fixtures/tui' : MINIMAL;
    const s = open({ shell: `echo "SHELL=$$"; standpoint '${dir}'; ${AFTERWARDS}`, cols: 100, rows: 30 });
    const pid = await childPid(s);
    if (where === 'the list of debates') await s.ready('Choose a debate:');
    else {
      await s.ready('Enter open');
      if (where === 'detail') await s.press(KEYS.enter, KEYS.enter);
      else await s.press('/', 'b', 'r');
      await s.waitForText(where === 'detail' ? 'Claim' : '/ br');
    }
    process.kill(pid, signal);
    const rows = await s.waitForText(`exit=${code}`);
    await sleep(300);
    expect(await s.buffer()).toBe('normal');
    expect(leftAlternateScreen(s.raw())).toBe(true);
    expect(cursorShown(s.raw())).toBe(true);
    expect(s.raw()).not.toMatch(STACK);
    expectCookedMode((await s.screen()).join('\n') || rows.join('\n'));
    await s.exit();
  });

  test.skipIf(!existsSync('/proc/self/task'))('q leaves raw mode off as well', async () => {
    const s = open({ shell: `echo "SHELL=$$"; standpoint '${MINIMAL}'; ${AFTERWARDS}`, cols: 100, rows: 40 });
    await childPid(s);
    await s.ready('Enter open');
    await s.press('q');
    await s.waitForText('exit=0');
    await sleep(300);
    expectCookedMode((await s.screen()).join('\n'));
    await s.exit();
  });
});

describe('suspend and resume', () => {
  // Through an interactive shell, so that the job can be stopped and brought back with fg.
  test.skipIf(!existsSync('/bin/bash')).each([
    ['Ctrl-Z', (s: Session): Promise<void> => s.press('\u001a')],
    ['kill -TSTP', async (_s: Session, pid: number): Promise<void> => void process.kill(pid, 'SIGTSTP')],
  ] as const)('%s: the shell gets the terminal in cooked mode; fg redraws and keys work again', async (_how, stop) => {
    const s = open({ shell: 'echo "SHELL=$$"; exec bash --norc --noprofile -i', cols: 100, rows: 30, env: { PS1: 'prompt$ ' } });
    await s.waitForText('prompt$');
    await s.press(`standpoint() { "${process.execPath}" "${CLI}" "$@"; }\r`, `standpoint '${MINIMAL}'\r`);
    const pid = await childPid(s);
    await s.ready('Enter open');
    await stop(s, pid);
    await s.waitForText(/Stopped/);
    expect(await s.buffer()).toBe('normal');
    expect(cursorShown(s.raw())).toBe(true);
    await s.press('stty -a\r');
    expectCookedMode(await s.waitForText(/icanon/).then((r) => r.join('\n')));
    await s.press('fg\r');
    // Resumed: the alternate screen again, drawn whole, and answering keys at once (raw mode).
    const rows = await s.waitForText('Enter open');
    expect(await s.buffer()).toBe('alternate');
    expect(rows.join('\n')).toContain('Town council');
    await s.press('?');
    await s.waitForText('Esc or ? to close');
    await s.press('q', 'q');
    await s.waitForText('prompt$');
    expect(await s.buffer()).toBe('normal');
  });
});

describe('odd terminals', () => {
  test('TERM=dumb: the plain summary, no full-screen UI', async () => {
    // The pseudo-terminal sets TERM itself: the shell sets it again.
    const s = open({ shell: `TERM=dumb standpoint '${MINIMAL}'`, cols: 100, rows: 30 });
    expect((await s.exit()).code).toBe(0);
    expect(s.raw()).toContain('Should the town build a bridge?');
    expect(s.raw()).not.toContain('\u001b[');
  });

  test('CI=true in a real terminal: the TUI still draws and answers keys', async () => {
    const s = open({ args: [MINIMAL], cols: 100, rows: 30, env: { CI: 'true' } });
    await s.ready('Enter open');
    expect(await s.buffer()).toBe('alternate');
    await s.press('?');
    await s.waitForText('Esc or ? to close');
    await s.press('q', 'q');
    expect((await s.exit()).code).toBe(0);
  });

  test('stderr redirected to a file gets no escape bytes', async () => {
    const err = join(mkdtempSync(join(tmpdir(), 'standpoint-stderr-')), 'err.txt');
    temps.push(dirname(err));
    const s = open({ shell: `standpoint '${MINIMAL}' 2>'${err}'; echo "exit=$?"`, cols: 100, rows: 30 });
    await s.ready('Enter open');
    await s.press('q');
    await s.waitForText('exit=0');
    expect(readFileSync(err, 'utf8')).toBe('');
  });
});

describe('no keyboard', () => {
  test.each(['< /dev/null', '<&-'])('stdin %s: prints the plain summary instead of starting the TUI', async (redirect) => {
    const s = open({ shell: `standpoint '${MINIMAL}' ${redirect}; echo "exit=$?"; sleep 0.3`, cols: 100, rows: 40 });
    await s.waitForText('exit=0');
    await s.exit();
    expect(s.raw()).toContain('Should the town build a bridge?');
    expect(s.raw()).not.toContain('\u001b[?1049h');
    expect(s.raw()).not.toMatch(STACK);
  });
});

describe('a reader that stops reading', () => {
  const BIG_COMMANDS: Array<[string, string[]]> = [
    ['print', ['print', '$BIG']],
    ['the default command, piped', ['$BIG']],
    ['check --strict', ['check', '--strict', '$BIG']],
    ['check --json', ['check', '--json', '$BIG']],
    ['export markdown', ['export', '$BIG', '--format', 'markdown']],
    ['export json', ['export', '$BIG', '--format', 'json']],
    ['export argdown', ['export', '$BIG', '--format', 'argdown']],
    ['compare', ['compare', 'actor-001', 'actor-002', '$BIG']],
  ];

  function piped(args: string[], reader: string) {
    const cmd = [CLI, ...args].map((a) => (a === '$BIG' ? `"${big}"` : `'${a}'`)).join(' ');
    return spawnSync('bash', ['-c', `"${process.execPath}" ${cmd} | ${reader}; echo "status=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
  }

  test.each(BIG_COMMANDS)('%s | head -1: stops quietly, no stack trace', (_name, args) => {
    const r = piped(args, 'head -1');
    expect(r.stdout.split('\n').length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/status=0\n$/);
  });

  test('check reports problems through its exit status even when the reader stops early', () => {
    // 1500 warnings with code frames, errors under --strict: far more than a pipe holds.
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-warnings-'));
    temps.push(dir);
    cpSync(MINIMAL, dir, { recursive: true });
    const evidence = Array.from({ length: 1500 }, (_, i) => `      - kind: fact\n        text: Fact number ${i}.\n`);
    writeFileSync(
      join(dir, 'many.yaml'),
      `name: Many\npositions:\n  - id: p\n    issue: cost\n    stance: for\n    claim: Yes.\n    evidence:\n${evidence.join('')}`,
    );
    const r = piped(['check', '--strict', dir], 'head -1');
    expect(r.stdout).toMatch(/many\.yaml:\d+:\d+: error: /);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toMatch(/status=1\n$/);
  });

  test.each([
    ['--help', ['--help']],
    ['--version', ['--version']],
    ['schema --print actor', ['schema', '--print', 'actor']],
    ['check', ['check', MINIMAL]],
    ['an unknown option', ['--frobnicate']],
  ])('%s | true (the reader is gone before the first write): no stack trace', (_name, args) => {
    for (let i = 0; i < 3; i++) {
      const r = piped(args, 'true');
      expect(r.stderr).not.toMatch(STACK);
      expect(unsafeBytes(r.stderr)).toEqual([]);
    }
  });
});
