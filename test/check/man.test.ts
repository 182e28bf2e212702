// The man page the build makes from the --help texts: groff and man read it
// without a warning, package.json points man at it, and it names every command,
// exit code and environment variable that `--help` does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.js';

const PAGE = join(ROOT, 'dist/standpoint.1');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('standpoint(1)', () => {
  it('is what package.json installs as the man page', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).man).toBe('./dist/standpoint.1');
    expect(readFileSync(PAGE, 'utf8')).toMatch(/^\.TH "STANDPOINT" "1" /);
  });

  it.skipIf(!has('groff'))('groff reads it with every warning on and says nothing', () => {
    const r = spawnSync('groff', ['-man', '-ww', '-z', PAGE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('man'))('man -l renders every command, exit code and environment variable', () => {
    const r = spawnSync('man', ['--warnings', '-l', PAGE], {
      encoding: 'utf8',
      env: { ...process.env, MANWIDTH: '80', MAN_KEEP_FORMATTING: '' },
    });
    expect(r.stderr).toBe('');
    const page = r.stdout;
    const commands = [...(cli(['--help']).stdout.split('\nCommands:\n')[1] ?? '').matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1])
      .filter((c) => c !== 'help');
    expect(commands).toEqual(expect.arrayContaining(['check', 'print', 'export', 'compare', 'new', 'schema', 'completion']));
    for (const c of commands) expect(page).toContain(`standpoint ${c}`);
    for (const sub of ['new actor', 'new debate']) expect(page).toContain(`standpoint ${sub}`);
    for (const heading of ['NAME', 'SYNOPSIS', 'OPTIONS', 'COMMANDS', 'EXIT STATUS', 'ENVIRONMENT'])
      expect(page).toMatch(new RegExp(`^${heading}$`, 'm'));
    for (const name of ['VISUAL', 'EDITOR', 'NO_COLOR', 'FORCE_COLOR', 'XDG_CACHE_HOME']) expect(page).toContain(name);
    expect(page).toMatch(/• 2: bad usage/);
  });
});

describe('standpoint --help', () => {
  it('lists the exit codes and the environment variables that matter', () => {
    const help = cli(['--help']).stdout;
    expect(help).toMatch(/Exit codes:\n {2}0 +success.*\n {2}1 +problems found.*\n {2}2 +bad usage/);
    for (const name of ['VISUAL, EDITOR', 'NO_COLOR', 'FORCE_COLOR', 'XDG_CACHE_HOME'])
      expect(help).toMatch(new RegExp(`^ {2}${name} `, 'm'));
  });
});
