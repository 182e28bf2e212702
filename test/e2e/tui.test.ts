// The built CLI in a real pseudo-terminal: keys in, screen out, and the
// terminal given back on every way out.
import { spawnSync } from 'node:child_process';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { CLI, cursorShown, KEYS, leftAlternateScreen, type Session, scratch, sessionPerTest } from './harness.js';

const EXAMPLE = 'positions/mexico-cartels';
/** An SGR sequence that sets a foreground or background colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const COLOUR = /\u001b\[(?:[0-9;]*;)?(3[0-79]|9[0-7]|4[0-79]|10[0-7]|38;|48;)[0-9;]*m/;
let example: Model;

beforeAll(async () => {
  example = (await loadDebate(EXAMPLE)).model;
});

const open = sessionPerTest();

async function expectRestored(s: Session) {
  expect(await s.buffer()).toBe('normal');
  expect(leftAlternateScreen(s.raw())).toBe(true);
  expect(cursorShown(s.raw())).toBe(true);
}

function fits(rows: string[], cols: number): boolean {
  // The last row stays empty: the frame is one row shorter than the window.
  return rows.every((r) => stringWidth(r) <= cols) && rows[rows.length - 1] === '';
}

describe('the example, as a new reader would use it', () => {
  test('open, move through the matrix, open an issue, step to a counterpoint, help, resize, quit', async () => {
    const [first, second] = example.issues;
    const s = open({ cols: 100, rows: 30 });
    let rows = await s.ready(first?.title.split(' ')[0] ?? '');
    expect(await s.buffer()).toBe('alternate');
    expect(rows[0]).toContain(example.title.slice(0, 40));
    expect(fits(rows, 100)).toBe(true);
    expect(rows.join('\n')).toMatch(/(\+\+ for|-- against|\?\s+unclear)/);

    await s.press('j', 'l');
    rows = await s.waitFor((r) => r.some((l) => l.startsWith(`▸ ${second?.title.split(' ')[0]}`)), 'the second issue focused');

    await s.press(KEYS.enter);
    await s.waitForText(`issue 2 of ${example.issues.length}`);
    rows = await s.waitForText(second?.question.slice(0, 40) ?? '');
    // Column headers: full names, or short ones for every column when one full name does not fit.
    const secondActor = example.actors[1];
    expect([secondActor?.name, secondActor?.short].some((n) => n && rows.join('\n').includes(n))).toBe(true);

    // Step through until the first counterpoint appears.
    await s.press('s');
    await s.waitForText(/step 0 of \d+/);
    let text = '';
    for (let i = 0; i < 40 && !text.includes('✗ by'); i++) {
      await s.press(KEYS.space);
      text = (await s.screen()).join('\n');
    }
    expect(text).toContain('✗ by');
    expect(text).toMatch(/step \d+ of \d+/);

    await s.press('?');
    await s.waitForText('Esc or ? to close');
    await s.press(KEYS.esc);
    await s.waitForText(/step \d+ of \d+/);

    s.resize(60, 24);
    rows = await s.waitForText(/actor \d of \d/);
    expect(fits(rows, 60)).toBe(true);
    s.resize(140, 40);
    const third = example.actors[2];
    // The narrow layout can name the third actor too ("by Critics"), so the wide
    // one is known by the third actor shown with nothing of the narrow layout left.
    rows = await s.waitFor(
      (r) => r.some((l) => [third?.name, third?.short].some((n) => n && l.includes(n))) && !/actor \d of \d/.test(r.join('\n')),
      'three columns again, nothing of the narrow layout left',
    );
    expect(fits(rows, 140)).toBe(true);

    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  });

  test('npm start opens the example without arguments', async () => {
    const s = open({ cols: 80, rows: 24 });
    const rows = await s.ready(example.issues[0]?.title.split(' ')[0] ?? '');
    expect(rows.join('\n')).toContain('Enter open');
    expect(fits(rows, 80)).toBe(true);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});

describe('leaving gives the terminal back', () => {
  test('Ctrl-C quits, even while typing a search', async () => {
    const s = open({ args: ['test/fixtures/debates/minimal'] });
    await s.ready('Cost');
    await s.press('/', 'q', 'j');
    await s.waitForText('/ qj');
    await s.press(KEYS.ctrlC);
    expect((await s.exit()).code).toBe(0);
    await expectRestored(s);
  });

  test('SIGTERM restores the screen and exits with 143', async () => {
    const s = open({ args: ['test/fixtures/debates/minimal'] });
    await s.ready('Cost');
    s.kill('SIGTERM');
    expect((await s.exit()).code).toBe(143);
    await expectRestored(s);
  });

  test('SIGHUP restores the screen too', async () => {
    const s = open({ args: ['test/fixtures/debates/minimal'] });
    await s.ready('Cost');
    s.kill('SIGHUP');
    expect((await s.exit()).code).toBe(129);
    await expectRestored(s);
  });
});

describe('terminal behaviour', () => {
  test('a window too small says so, and the app appears when it grows', async () => {
    const s = open({ args: ['test/fixtures/debates/minimal'], cols: 30, rows: 8 });
    await s.ready('too small');
    s.resize(100, 30);
    const rows = await s.waitForText('Town council');
    expect(rows.join('\n')).not.toContain('too small');
    await s.press('q');
    await s.exit();
  });

  test('NO_COLOR: no colour codes at all, focus still marked', async () => {
    const s = open({ args: ['test/fixtures/debates/minimal'], env: { NO_COLOR: '1' } });
    await s.ready('▸ Cost');
    await s.press('q');
    await s.exit();
    expect(s.raw()).not.toMatch(COLOUR);
    expect(s.raw()).toContain('\u001b[7m');
  });

  test('from a folder with no debate, it opens the example and says so once the screen is given back', async () => {
    const empty = scratch();
    const s = open({ cwd: empty });
    await s.ready(example.title);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    expect((await s.screen()).join('\n')).toContain('No debate here; showing the example.');
    expect(s.raw()).toContain(`No debate here; showing the example. (Looked for debate.yaml in ${empty} and for ./positions.)`);
  });

  test('a folder of debates opens on a list to choose from', async () => {
    const s = open({ args: ['test/fixtures/tui'] });
    await s.ready('Choose a debate:');
    await s.press('j');
    await s.waitForText('▸ Should the old town go car-free?');
    await s.press(KEYS.enter);
    await s.waitForText('The ban itself');
    await s.press(KEYS.esc);
    await s.waitForText('Choose a debate:');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  test('the list of debates takes keys sent together: Down Enter opens the second; j and k move', async () => {
    let s = open({ args: ['test/fixtures/tui'] });
    await s.ready('Choose a debate:');
    // One write, as a fast typist or a script sends them.
    await s.press(KEYS.down + KEYS.enter);
    await s.waitForText('The ban itself');
    await s.press('q');
    await s.exit();

    s = open({ args: ['test/fixtures/tui'] });
    await s.ready('▸ A debate with a broken actor file');
    await s.press('j');
    await s.waitForText('▸ Should the old town go car-free?');
    await s.press('k');
    await s.waitForText('▸ A debate with a broken actor file');
    await s.press(`jjk${KEYS.enter}`);
    await s.waitFor((rows) => {
      const text = rows.join('\n');
      return !text.includes('Choose a debate:') && text.includes('A debate with a broken actor file');
    }, 'the first debate open');
  });

  test('problems: a badge, and the list with file:line:col', async () => {
    const s = open({ args: ['test/fixtures/tui/broken'] });
    await s.ready(/! 1 error(, \d+ warnings?)? · p/);
    await s.press('p');
    await s.waitForText('test/fixtures/tui/broken/readers.yaml:5:13');
    await s.press('q');
    await s.exit();
  });
});

describe('not a terminal', () => {
  test('piped, it prints a plain-text summary instead of starting the TUI', () => {
    const r = spawnSync(process.execPath, [CLI, 'test/fixtures/debates/minimal'], { encoding: 'utf8', env: { ...process.env, CI: '' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Should the town build a bridge?');
    expect(r.stdout).not.toContain('\u001b');
  });

  test('a folder that does not exist is a clear error, exit 2 (bad usage)', () => {
    const r = spawnSync(process.execPath, [CLI, 'no/such/folder'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a misspelt command is not taken for a folder', () => {
    const r = spawnSync(process.execPath, [CLI, 'chek'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean `standpoint check`?');
  });

  test('an unknown option exits 2', () => {
    const r = spawnSync(process.execPath, [CLI, '--frobnicate'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
  });
});
