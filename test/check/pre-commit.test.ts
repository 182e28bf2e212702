// The hook in .pre-commit-hooks.yaml, installed and run by pre-commit itself
// (`pre-commit try-repo`, as a user trying the hook would): it passes a clean
// debate and fails, naming file:line:col, when a commit brings a mistake.
// pre-commit installs the package with npm, so this test takes minutes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'standpoint-pre-commit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  // pre-commit uses the system's node only when it is not under $HOME (where version managers keep shims).
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  try {
    symlinkSync(process.execPath, join(bin, 'node'));
  } catch {}
  const env = {
    ...process.env,
    PATH: `${bin}${delimiter}${process.env.PATH}`,
    PRE_COMMIT_HOME: join(work, 'cache'),
    // pre-commit reads `npm pack`'s standard output as the file name; npm's banner for the build step must not be on it.
    NPM_CONFIG_LOGLEVEL: 'silent',
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares one hook with the fields pre-commit requires, whose entry is this CLI', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'standpoint-check', name: expect.any(String), language: 'node', entry: 'standpoint check --strict' }),
    ]);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.standpoint).toBeDefined();
  });

  it.skipIf(!hasPreCommit)(
    'pre-commit try-repo installs the hook; it passes a clean debate and fails a broken one at file:line:col',
    () => {
      const repo = join(work, 'repo');
      mkdirSync(repo);
      cpSync(join(ROOT, 'test/fixtures/debates/minimal'), join(repo, 'positions/bridge'), { recursive: true });
      writeFileSync(join(repo, 'README.md'), 'Our debates.\n');
      expect(run('git', ['init', '-q'], repo).status).toBe(0);
      run('git', ['add', '-A'], repo);
      expect(run('git', ['commit', '-qm', 'debates'], repo).status).toBe(0);

      // One revision for both runs, so pre-commit installs the hook once: this checkout's commit, with its
      // uncommitted changes to tracked files when there are any (`git stash create` makes that commit, touching nothing).
      const rev = run('git', ['stash', 'create'], ROOT).stdout.trim() || run('git', ['rev-parse', 'HEAD'], ROOT).stdout.trim();
      const tryRepo = (...args: string[]) => run('pre-commit', ['try-repo', ROOT, 'standpoint-check', '--ref', rev, ...args], repo);
      const clean = tryRepo('--all-files');
      expect(clean.stdout + clean.stderr).toMatch(/standpoint check\.+Passed/);
      expect(clean.status).toBe(0);

      const council = join(repo, 'positions/bridge/council.yaml');
      const text = readFileSync(council, 'utf8');
      writeFileSync(council, text.replace(/stance: [a-z-]+/, 'stance: leans-fro'));
      const line = text.slice(0, text.search(/stance: [a-z-]+/)).split('\n').length;
      run('git', ['add', '-A'], repo);
      const broken = tryRepo('--files', 'positions/bridge/council.yaml');
      expect(broken.stderr).toBe('');
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/standpoint check\.+Failed/);
      expect(broken.stdout).toContain(`positions/bridge/council.yaml:${line}:13: error: "stance" in position "worth-it" must be one of`);
    },
    900_000,
  );
});
