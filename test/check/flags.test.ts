// Small promises every command keeps: --color/--no-color and FORCE_COLOR,
// `export --out -` as standard output, `export -f md`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { themeFromEnv } from '../../src/tui/theme.js';
import { cli, ROOT } from './helpers.js';

const ESC = '\u001b[';
const WARNING = 'test/fixtures/lint/unused-source';
const EXAMPLE = join(ROOT, 'positions/mexico-cartels');
const work = mkdtempSync(join(tmpdir(), 'standpoint-flags-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('colour', () => {
  it('check colours a pipe with --color or FORCE_COLOR=1, and never with --no-color', () => {
    expect(cli(['check', WARNING]).stdout).not.toContain(ESC);
    expect(cli(['check', '--color', WARNING]).stdout).toContain(ESC);
    expect(cli(['check', WARNING], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } }).stdout).toContain(ESC);
    expect(cli(['check', '--no-color', WARNING], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(cli(['--no-color', 'check', WARNING], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  // One run per test: fourteen starts of the CLI in one test outlast its time limit on a busy machine.
  it.each(
    [
      ['print'],
      ['export', '-f', 'json'],
      ['compare', 'us-administration', 'mexico-government'],
      ['check', WARNING],
      ['schema', '--print', 'actor'],
      ['completion', 'bash'],
      ['new', 'debate', 'x', join(work, 'new'), '--help'],
    ].flatMap((args) => ['--color', '--no-color'].map((flag): [string, string[]] => [[...args, flag].join(' '), [...args, flag]])),
  )('every command accepts --color and --no-color: %s', (_name, args) => {
    expect(cli(args).code).toBe(0);
  });

  it('the TUI takes FORCE_COLOR=0 as no colour, and FORCE_COLOR=1 over NO_COLOR', () => {
    expect(themeFromEnv({ FORCE_COLOR: '0' }).color).toBe(false);
    expect(themeFromEnv({ NO_COLOR: '1', FORCE_COLOR: '1' }).color).toBe(true);
    expect(themeFromEnv({ NO_COLOR: '1' }).color).toBe(false);
    expect(themeFromEnv({}).color).toBe(true);
  });
});

describe('export', () => {
  it('--out - writes to standard output and creates no file named "-"', () => {
    // In a folder with no debate (export never falls back to the example), so the debate is named.
    const r = cli(['export', EXAMPLE, '-f', 'json', '--out', '-'], { cwd: work });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).formatVersion).toBe(1);
    expect(existsSync(join(work, '-'))).toBe(false);
  });

  it('-f md is markdown', () => {
    const md = cli(['export', '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(cli(['export', '--format', 'markdown']).stdout);
  });
});
