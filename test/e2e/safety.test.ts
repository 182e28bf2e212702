// Hostile text: the fixture under test/fixtures/hostile carries OSC 52
// (clipboard), OSC 0/2 (title), OSC 8 (hyperlinks), cursor-moving CSI, bare
// CR/BS/BEL, C1 controls, DEL and bidi overrides in every text field, some as
// YAML escapes and some as raw bytes. Every screen of the TUI and every
// command that prints is run on it, and the bytes that reach the terminal are
// checked: only standpoint's own sequences, nothing hidden, nothing the
// terminal would act on.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseOutput } from '../helpers/output-schemas.js';
import { HIDDEN_WORDS, type TerminalEffects, unsafeBytes, watchEffects } from './escapes.js';
import { CLI, cursorShown, KEYS, leftAlternateScreen, type Session, type StartOptions, scratch, sessionPerTest, sleep } from './harness.js';

const HOSTILE = 'test/fixtures/hostile';
const MINIMAL = 'test/fixtures/debates/minimal';
const DEBATE = `${HOSTILE}/debate`;
const ESC_NAME = 'ev\u001b]0;PWNED\u0007il\u009b2J\u202e.yaml';

const session = sessionPerTest();

function open(opts: StartOptions): { s: Session; effects: TerminalEffects } {
  const s = session(opts);
  return { s, effects: watchEffects(s) };
}

function expectSafe(output: string, what: string, quotesFiles = false) {
  expect(unsafeBytes(output), `${what}: forbidden bytes`).toEqual([]);
  if (quotesFiles) return;
  for (const w of HIDDEN_WORDS) expect(output, `${what}: text hidden in an escape sequence`).not.toContain(w);
}

function expectNoEffects(effects: TerminalEffects) {
  expect(effects.osc, 'OSC commands the terminal received').toEqual([]);
  expect(effects.titles, 'window title changes').toEqual([]);
  expect(effects.bells, 'bells').toBe(0);
}

/** The debate with an extra actor file whose very name holds an escape sequence. */
function withEscapedFileName(): string {
  const dir = scratch('standpoint-hostile-');
  cpSync('test/fixtures/debates/minimal', dir, { recursive: true });
  cpSync(join(dir, 'council.yaml'), join(dir, ESC_NAME));
  return dir;
}

/** Press keys, then wait for the screen to show something. */
async function go(s: Session, keys: string[], expected: string | RegExp): Promise<string> {
  await s.press(...keys);
  return (await s.waitForText(expected)).join('\n');
}

/**
 * Esc, then wait for the screen it leads to: a key right behind Esc can
 * arrive in the same read and be taken for Alt-key.
 */
async function esc(s: Session, expected: string | RegExp): Promise<string> {
  return go(s, [KEYS.esc], expected);
}

const MATRIX = '2 issues · 3 actors';
const ISSUE_ONE = /issue 1 of 2/;
const CLAIM_DETAIL = /Claim\s+AlphaName LINK · IssueOneTitle LINK/;

describe('hostile text never reaches the terminal', () => {
  test('every screen of the TUI: picker, matrix, problems, help, actor, issue stepped through, each kind of detail, search', async () => {
    const { s, effects } = open({ args: [HOSTILE], cols: 110, rows: 32 });
    const screens: string[] = [];
    screens.push((await s.ready('Choose a debate:')).join('\n'));
    expect(screens[0]).toContain('DebateTitle LINK');
    expect(screens[0]).toContain('SecondDebate LINK');

    screens.push(await go(s, [KEYS.enter], 'IssueOneTitle LINK'));
    expect(screens[1]).toContain('IssueTwoTitle');
    expect(screens[1]).toContain('AlphaName LINK');

    // Problems: code frames show the lines of the files as written, so the
    // escapes appear there as YAML notation (\e]0;…) and raw bytes as U+FFFD.
    await go(s, ['p'], 'saboteur.yaml:7:5');
    for (let i = 0; i < 12; i++) await s.press(KEYS.pageDown);
    const problems = await go(s, ['G'], /saboteur\.yaml:\d+:\d+/);
    expect(problems).toContain('\ufffd');
    await esc(s, MATRIX);
    screens.push(await go(s, ['?'], 'Esc or ? to close'));

    // The actor view of each actor.
    await esc(s, MATRIX);
    screens.push(await go(s, ['a'], 'AlphaRole LINK'));
    expect(screens.at(-1)).toContain('PersonName LINK');
    screens.push(await go(s, ['l'], 'BetaClaim LINK'));
    screens.push(await go(s, ['l'], 'actor 3 of 3'));
    await esc(s, MATRIX);

    // The issue view, stepped through item by item until everything is shown.
    await s.press('h', 'h', KEYS.enter);
    await s.waitForText('IssueOneQuestion LINK');
    await go(s, ['s'], /step 0 of \d+/);
    let text = '';
    for (let i = 0; i < 30 && !/step (\d+) of \1\b/.test(text); i++) {
      await s.press(KEYS.space);
      text = (await s.screen()).join('\n');
    }
    expect(text).toMatch(/step (\d+) of \1\b/);
    screens.push(text);
    // Stepping moved the focus along; back to the first actor's claim.
    await s.press('s');
    await s.waitFor((r) => !/step \d+ of/.test(r.join('\n')), 'every item shown');
    screens.push(await go(s, ['h', 'h', 'g'], 'AlphaClaim LINK'));

    // Each kind of item in full: claim, evidence (escaped and raw), counterpoint, response.
    screens.push(await go(s, [KEYS.enter], CLAIM_DETAIL));
    await esc(s, ISSUE_ONE);
    screens.push(await go(s, ['j', KEYS.enter], 'Evidence 1 of 2'));
    expect(screens.at(-1)).toContain('QuoteWords LINK');
    expect(screens.at(-1)).toContain('SourceNote LINK');
    await esc(s, ISSUE_ONE);
    screens.push(await go(s, ['j', KEYS.enter], 'Evidence 2 of 2'));
    expect(screens.at(-1)).toContain('RawEvidence');
    await esc(s, ISSUE_ONE);
    screens.push(await go(s, ['j', KEYS.enter], 'Counterpoint 1 of 1'));
    expect(screens.at(-1)).toContain('CounterEvidence LINK');
    await esc(s, ISSUE_ONE);
    screens.push(await go(s, ['j', KEYS.enter], /Response\s+BetaName/));
    await esc(s, ISSUE_ONE);
    screens.push(await go(s, [KEYS.tab], 'IssueTwoQuestion'));
    screens.push(await go(s, [KEYS.enter], /Claim\s+AlphaName LINK · Raw/));
    expect(screens.at(-1)).toContain('AlphaSecondClaim');

    // Search across everything, then go to a match.
    await esc(s, /issue 2 of 2/);
    screens.push(await go(s, ['/', ...'link'], /\d+ match/));
    screens.push(await go(s, [KEYS.down, KEYS.enter], 'IssueOneQuestion LINK'));

    // Narrow: every column stacked, text wrapped differently.
    s.resize(60, 20);
    screens.push(await go(s, [], /actor \d of \d/));
    await esc(s, MATRIX);
    screens.push(await esc(s, 'Choose a debate:'));
    // ink-select-input reads Enter with the selection of its last render: let it render.
    await go(s, ['j'], '▸ SecondDebate LINK');
    await sleep(100);
    screens.push(await go(s, [KEYS.enter], 'GammaClaim LINK'));
    await s.press('q');
    expect((await s.exit()).code).toBe(0);

    expect(unsafeBytes(s.raw())).toEqual([]);
    expectNoEffects(effects);
    // Outside the code frames of the problems screen, nothing of the hidden payloads shows.
    for (const screen of screens) for (const w of HIDDEN_WORDS) expect(screen).not.toContain(w);
    // The app's own alternate-screen switch happened once each way, the leaving one last.
    expect(s.raw().split('\u001b[?1049h')).toHaveLength(2);
    expect(s.raw().split('\u001b[?1049l')).toHaveLength(2);
    expect(leftAlternateScreen(s.raw())).toBe(true);
    expect(cursorShown(s.raw())).toBe(true);
  }, 60_000);

  test('an actor file whose name holds an escape sequence: the problem is shown, the name cleaned', async () => {
    const dir = withEscapedFileName();
    const { s, effects } = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready(/! 1 error/);
    const rows = await go(s, ['p'], /evil\.yaml:1:1/);
    expect(rows).toContain('lower-kebab-case');
    await s.press('q');
    await s.exit();
    expectSafe(s.raw(), 'TUI output');
    expectNoEffects(effects);
  });
});

interface Run {
  args: string[];
  /** Expected in the output, to show the text was there to be cleaned. */
  shows: string;
  /** The output quotes lines of the files (code frames): escapes appear in YAML notation there. */
  quotesFiles?: boolean;
}

const COMMANDS: Run[] = [
  { args: ['print', DEBATE], shows: 'AlphaClaim LINK' },
  { args: [DEBATE], shows: 'AlphaClaim LINK' },
  { args: ['check', HOSTILE], shows: 'saboteur.yaml:7:5', quotesFiles: true },
  { args: ['check', '--json', HOSTILE], shows: 'saboteur.yaml' },
  { args: ['check', '--strict', DEBATE], shows: 'control-characters', quotesFiles: true },
  { args: ['export', DEBATE, '--format', 'markdown'], shows: 'BetaCounter LINK' },
  { args: ['export', DEBATE, '--format', 'json'], shows: 'CounterEvidence LINK' },
  { args: ['export', DEBATE, '--format', 'argdown'], shows: 'Speaker LINK' },
  { args: ['export', DEBATE, '--format', 'markdown', '--lens', 'quote'], shows: 'QuoteWords LINK' },
  { args: ['compare', 'alpha', 'beta', DEBATE], shows: 'AlphaClaim LINK' },
  { args: ['compare', 'alpha', 'beta', DEBATE, '--json'], shows: 'BetaClaim LINK' },
];

describe('commands that print never pass hostile text on', () => {
  test.each(COMMANDS)('piped: standpoint $args', ({ args, shows, quotesFiles }) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '90' } });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).toContain(shows);
    expectSafe(r.stdout, 'stdout', quotesFiles);
    expectSafe(r.stderr, 'stderr');
  });

  test.each(COMMANDS.filter((c) => c.args[0] !== DEBATE))(
    'in a terminal (with colour): standpoint $args',
    async ({ args, shows, quotesFiles }) => {
      // The shell outlives the command a moment, so the pseudo-terminal hands over all its output.
      const { s, effects } = open({
        shell: `standpoint ${args.map((a) => `'${a}'`).join(' ')}; s=$?; sleep 0.3; exit $s`,
        cols: 90,
        rows: 30,
      });
      await s.exit();
      expect(s.raw()).toContain(shows);
      expect(s.raw()).not.toMatch(/\n\s+at /);
      expectSafe(s.raw(), 'terminal output', quotesFiles);
      expectNoEffects(effects);
    },
  );

  test('JSON keeps the text as data: it parses, and holds no control characters, escaped or not', () => {
    const r = spawnSync(process.execPath, [CLI, 'export', DEBATE, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const data: unknown = parseOutput('export', r.stdout);
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
    };
    walk(data);
    expect(strings.join('\n')).toContain('AlphaName LINK');
    for (const str of strings) expect(unsafeBytes(str.replace(/[\t\n]/g, ' '))).toEqual([]);
  });

  test('check on a file name with an escape sequence: the name is cleaned in text and JSON', () => {
    const dir = withEscapedFileName();
    for (const args of [
      ['check', dir],
      ['check', '--json', dir],
      ['print', dir],
    ]) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expectSafe(r.stdout, `${args.join(' ')}: stdout`);
      expectSafe(r.stderr, `${args.join(' ')}: stderr`);
    }
    const json = spawnSync(process.execPath, [CLI, 'check', '--json', dir], { encoding: 'utf8' });
    expect(json.stdout).toContain('evil.yaml');
    expect(json.stdout).not.toContain('\\u001b');
  });
});

describe('messages that quote what was typed or named', () => {
  // A folder name from an archive, passed on by a script: it is data too.
  const E = 'ev\u001b]0;PWNED\u0007\u001b[2J\u009d0;x\u0007\u202e';
  test.each([
    [['check', E]],
    [['print', E]],
    [[E]],
    [['compare', 'a', 'b', E]],
    [['compare', E, 'council', MINIMAL]],
    [['export', MINIMAL, '--format', E]],
    [['export', MINIMAL, '--lens', E]],
    [['new', 'actor', E, MINIMAL]],
    [[`--${E}`]],
    [['check', MINIMAL, E]],
    [['frobnicate', E]],
  ])('standpoint %j: the message shows the escapes as text, and sends none', (args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/\S/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expectSafe(r.stdout, 'stdout');
    expect(unsafeBytes(r.stderr), 'stderr').toEqual([]);
  });

  test('a folder that does not exist is named with its escapes made visible', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', E], { encoding: 'utf8' });
    expect(r.stderr).toContain('ev\\x1b]0;PWNED\\x07');
    expect(r.stderr).toContain('\\u202e');
  });
});

/** Names, sizes, modification times and contents of every file under `dir`. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      hash.update(`${p}\0${st.size}\0${st.mtimeMs}\0`);
      if (st.isDirectory()) walk(p);
      else hash.update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('nothing is written', () => {
  test('a TUI session, check, print, export to stdout and compare leave the debate folder exactly as it was', async () => {
    const dir = scratch('standpoint-untouched-');
    cpSync(HOSTILE, dir, { recursive: true });
    const before = fingerprint(dir);
    const debate = join(dir, 'debate');

    const { s } = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready('Choose a debate:');
    await go(s, [KEYS.enter], 'IssueOneTitle LINK');
    await go(s, ['p'], 'saboteur.yaml');
    await esc(s, MATRIX);
    await go(s, [KEYS.enter], 'IssueOneQuestion');
    await go(s, [KEYS.enter], CLAIM_DETAIL);
    await esc(s, ISSUE_ONE);
    await esc(s, MATRIX);
    await go(s, ['/', ...'raw'], /\d+ match/);
    await s.press(KEYS.ctrlC);
    await s.exit();

    for (const args of [
      ['check', dir],
      ['check', '--json', '--strict', dir],
      ['print', debate],
      ['export', debate, '--format', 'markdown'],
      ['export', debate, '--format', 'json'],
      ['export', debate, '--format', 'argdown'],
      ['compare', 'alpha', 'beta', debate],
    ]) {
      spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    }
    expect(fingerprint(dir)).toBe(before);
  }, 30_000);
});
