// What a user installs: the package holds one self-contained bundle and its
// launcher, the example debate, the schemas, the man page, the README, the manual
// (docs/) and LICENSE, and needs no other package.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** npm itself: the one running the tests when there is one (`npm test`), else the one on PATH. */
function npm(args: string[]) {
  const cli = process.env.npm_execpath;
  const [file, argv] = cli?.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args];
  return spawnSync(file, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
}

test('npm pack: one bundle, the launcher, the example, the schemas, the man page, README, the manual and LICENSE', () => {
  const r = npm(['pack', '--dry-run', '--json']);
  expect(r.status, r.stderr).toBe(0);
  const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
  const grouped = files.map((f) =>
    f.startsWith('positions/mexico-cartels/')
      ? 'positions/mexico-cartels/…'
      : f.startsWith('docs/')
        ? 'docs/…'
        : f.replace(/^dist\/app-[A-Z0-9]+\.cjs$/, 'dist/app-HASH.cjs'),
  );
  expect(grouped.filter((f) => f === 'dist/app-HASH.cjs')).toHaveLength(1);
  expect([...new Set(grouped)].sort()).toEqual(
    [
      'LICENSE',
      'README.md',
      'dist/app-HASH.cjs',
      'dist/package.json',
      'dist/standpoint.1',
      'dist/standpoint.js',
      'docs/…',
      'package.json',
      'positions/mexico-cartels/…',
      'schema/actor.schema.json',
      'schema/check.schema.json',
      'schema/compare.schema.json',
      'schema/debate.schema.json',
      'schema/export.schema.json',
      'schema/respondent.schema.json',
    ].sort(),
  );
  expect(files).toContain('positions/mexico-cartels/debate.yaml');
  expect(files).toContain('docs/README.md');
  // npm pack builds the bundle and the man page first (prepack): minutes on a busy machine.
}, 300_000);

test('installing the package adds no other package: the bundle holds them all', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.peerDependencies ?? {}).toEqual({});
  expect(pkg.optionalDependencies ?? {}).toEqual({});
  expect(pkg.engines.node).toBe('>=22');
  expect(pkg.license).toBe('MIT');
  expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
});
