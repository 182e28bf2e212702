// Which debate a command reads when no folder is named, and the exit codes
// when there is none: run as a user would, from inside a folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseOutput } from '../helpers/output-schemas.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'standpoint.js');
const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const d = mkdtempSync(join(tmpdir(), 'standpoint-default-dir-'));
  made.push(d);
  return d;
}

/** The minimal debate with one stance misspelt: `check` must find it. */
function brokenDebate(into: string): string {
  cpSync(MINIMAL, into, { recursive: true });
  const file = join(into, 'residents.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('stance: against', 'stance: aganst'));
  return into;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(BIN))('the default debate folder', () => {
  test('inside a debate folder, check checks that debate, not the example', () => {
    const dir = brokenDebate(join(folder(), 'my-debate'));
    const r = run(dir, 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('residents.yaml');
    expect(r.stdout).toMatch(/aganst/);
    expect(r.stdout).not.toContain('No problems found');
    // print reads it too, and says nothing about the example.
    const p = run(dir, 'print', '--width', '80');
    expect(p.stdout).toContain('Should the town build a bridge?');
    expect(p.stderr).not.toContain('example');
  });

  test('a ./positions folder is used when the current folder is not a debate', () => {
    const root = folder();
    mkdirSync(join(root, 'positions'));
    brokenDebate(join(root, 'positions', 'bridge'));
    const r = run(root, 'check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('positions/bridge');
  });

  test('from an empty folder, check, export and compare exit 2 saying where they looked', () => {
    const empty = folder();
    for (const args of [['check'], ['export', '--format', 'json'], ['compare', 'council', 'residents']]) {
      const r = run(empty, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toContain(`No debate here (looked for debate.yaml in ${empty} and for ./positions)`);
      expect(r.stderr).toContain('standpoint new debate ID');
    }
  });

  test('check --json keeps its documented shape when there is nothing to check', () => {
    const empty = folder();
    for (const args of [
      ['check', '--json'],
      ['check', '--json', 'no-such-folder'],
    ]) {
      const r = run(empty, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      const report = parseOutput('check', r.stdout);
      expect(Object.keys(report).sort()).toEqual(['debates', 'diagnostics', 'formatVersion', 'ok', 'summary']);
      expect(report.formatVersion).toBe(1);
      expect(report.ok).toBe(false);
      expect(report.summary).toEqual({ errors: 1, warnings: 0 });
      expect(report.debates).toEqual([]);
      expect(report.diagnostics).toHaveLength(1);
      expect(report.diagnostics[0]).toMatchObject({ line: 1, col: 1, severity: 'error' });
      expect(report.diagnostics[0].message).toMatch(args.length === 3 ? /no-such-folder: it does not exist/ : /No debate here/);
    }
  });

  test('print falls back to the example, and says so on stderr', () => {
    const r = run(folder(), 'print', '--width', '80');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stderr).toMatch(
      /^No debate here; showing the example\. \(Looked for debate\.yaml in .* and for \.\/positions\.\) Start your own with `standpoint new debate ID`/,
    );
  });

  test('a folder that does not exist is bad usage (2), for every command', () => {
    const cwd = folder();
    for (const args of [
      ['check', 'nope'],
      ['print', 'nope'],
      ['export', 'nope', '--format', 'json'],
      ['compare', 'a', 'b', 'nope'],
    ]) {
      const r = run(cwd, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Cannot open nope: it does not exist/);
    }
  });

  test('`help` and `help check` print what --help prints; every help states the default truthfully', () => {
    const cwd = folder();
    expect(run(cwd, 'help')).toEqual(run(cwd, '--help'));
    expect(run(cwd, 'help').code).toBe(0);
    const check = run(cwd, 'help', 'check');
    expect(check).toEqual(run(cwd, 'check', '--help'));
    expect(check.stdout).toMatch(/Usage: standpoint check/);
    const flat = (args: string[]) => run(cwd, ...args).stdout.replace(/\s+/g, ' ');
    for (const c of ['check', 'export', 'compare'])
      expect(flat([c, '--help'])).toContain('default: this folder if it holds debate.yaml, else ./positions; never the example');
    for (const args of [['print', '--help'], ['--help']])
      expect(flat(args)).toContain('default: this folder if it holds debate.yaml, else ./positions, else the example');
  });
});
