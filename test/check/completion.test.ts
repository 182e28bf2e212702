// Shell completion as the shells run it: bash's completion function called for
// real on a command line (COMP_WORDS/COMP_CWORD set, COMPREPLY read back), and
// the zsh and fish scripts parsed by zsh -n and fish -n.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cli, ROOT } from './helpers.js';

const BASH_COMPLETION = '/usr/share/bash-completion/bash_completion';
const has = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const work = mkdtempSync(join(tmpdir(), 'standpoint-completion-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A class's repository: two debates under positions/.
const repo = join(work, 'class');
cpSync(join(ROOT, 'test/fixtures/debates/minimal'), join(repo, 'positions/bridge'), { recursive: true });
cpSync(join(ROOT, 'test/fixtures/lint/unused-source'), join(repo, 'positions/phones'), { recursive: true });
mkdirSync(join(repo, 'notes'));

/** What bash offers for `line` (the cursor at its end), through the script `standpoint completion bash` prints. */
function bashComplete(line: string): string[] {
  const script = join(work, 'standpoint.bash');
  writeFileSync(script, cli(['completion', 'bash']).stdout);
  const words = line.split(' ');
  const program = [
    `source ${BASH_COMPLETION}`,
    // The completion script runs `standpoint`; here that is the built CLI.
    `standpoint() { ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"; }`,
    `source ${JSON.stringify(script)}`,
    // compopt (display options: no space after, no file names) works only inside a completion bash started itself.
    'compopt() { :; }',
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    `COMP_LINE='${line}'`,
    `COMP_POINT=${line.length}`,
    '__standpoint_complete',
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join('\n');
  const r = spawnSync('bash', ['-c', program], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe.skipIf(!has('bash', ['--version']) || spawnSync('test', ['-f', BASH_COMPLETION]).status !== 0)('bash completion', () => {
  it('completes commands', () => {
    expect(bashComplete('standpoint ch')).toEqual(['check']);
    expect(bashComplete('standpoint c')).toEqual(['check', 'compare', 'class', 'completion']);
  });

  it("completes a command's options, and --format's values", () => {
    expect(bashComplete('standpoint check --')).toEqual(
      expect.arrayContaining(['--format', '--json', '--strict', '--color', '--no-color']),
    );
    expect(bashComplete('standpoint check --format ')).toEqual(['text', 'json', 'github', 'sarif']);
    expect(bashComplete('standpoint check --format s')).toEqual(['sarif']);
    expect(bashComplete('standpoint export --format ')).toEqual(['markdown', 'json', 'argdown', 'html', 'csv', 'aif']);
  });

  it('completes debate folders for a folder argument, not other folders', () => {
    expect(bashComplete('standpoint check ')).toEqual(['positions', 'positions/bridge', 'positions/phones']);
    expect(bashComplete('standpoint print positions/b')).toEqual(['positions/bridge']);
  });

  it('completes actor ids for compare from the debate it would open', () => {
    // positions/ holds two debates; compare opens the first, bridge: its actors are council and residents.
    expect(bashComplete('standpoint compare ')).toEqual(['council', 'residents']);
    expect(bashComplete('standpoint compare council r')).toEqual(['residents']);
  });
});

describe('zsh and fish scripts', () => {
  it.skipIf(!has('zsh', ['--version']))('zsh -n parses the zsh script', () => {
    const file = join(work, '_standpoint');
    writeFileSync(file, cli(['completion', 'zsh']).stdout);
    const r = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('fish', ['--version']))('fish -n parses the fish script', () => {
    const file = join(work, 'standpoint.fish');
    writeFileSync(file, cli(['completion', 'fish']).stdout);
    const r = spawnSync('fish', ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('an unknown shell is a usage error that names the shells', () => {
    const r = cli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/use bash, zsh, fish/);
  });
});
