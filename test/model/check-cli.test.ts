// `standpoint check`: one broken actor file is reported and the others still
// load; and the built CLI's contract — exit codes 0 clean / 1 problems / 2 bad
// usage, the --json shape, --strict, --help, --version — with never a stack
// trace on stderr, whatever it is given.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { CLI, capture, cleanScratch, debateWith, FIXTURES, MINIMAL, ROOT, runCli, STACK_TRACE, scratch } from './helpers.js';

afterAll(cleanScratch);

const BROKEN_COUNCIL = 'name: Town council\npositions:\n  - id: worth-it\n    issue: cost\n    stance: maybe\n    claim: "never closed\n';

describe('runCheck on a folder with one broken actor file', () => {
  it("reports that file's problem at its place and still counts the other actor as loaded", async () => {
    const dir = debateWith({ 'council.yaml': BROKEN_COUNCIL });
    const out = capture();
    const code = await runCheck(dir, {}, out);
    expect(code).toBe(1);
    expect(out.stderr).toBe('');
    const lines = out.stdout.split('\n');
    expect(lines.filter((l) => / error: | warning: /.test(l))).toEqual([
      expect.stringMatching(/council\.yaml:6:12: error: This text opens with " but never closes it: .* \[yaml-syntax\]$/),
    ]);
    expect(out.stdout).toMatch(/: 1 actor \(residents\), 2 issues, 2 positions loaded; problems in 1 file\n1 error, 0 warnings\.\n$/);
  });

  it('shows the line in a code frame with a caret under the column', async () => {
    const out = capture();
    await runCheck(debateWith({ 'council.yaml': BROKEN_COUNCIL }), {}, out);
    expect(out.stdout).toContain('> 6 |     claim: "never closed\n    |            ^');
  });

  it('keeps the file that broke out of the model, and the rest whole', async () => {
    const out = capture();
    await runCheck(debateWith({ 'council.yaml': BROKEN_COUNCIL }), { json: true }, out);
    const report = parseOutput('check', out.stdout);
    expect(report.debates[0]).toMatchObject({ actors: ['residents'], issues: 2, positions: 2 });
    expect(report.debates[0].brokenFiles).toEqual([expect.stringMatching(/council\.yaml$/)]);
  });
});

describe('the built CLI', () => {
  it('exit 0 and "No problems found." for a clean debate', async () => {
    const run = await runCli(['check', MINIMAL]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/2 actors \(council, residents\), 2 issues, 4 positions loaded\nNo problems found\.\n$/);
  });

  it('exit 1 when a file has an error', async () => {
    const run = await runCli(['check', debateWith({ 'council.yaml': BROKEN_COUNCIL })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/council\.yaml:6:12: error: /);
  });

  it('exit 2 for bad usage, with a hint and no stack trace', async () => {
    for (const args of [['check', '--jsn', MINIMAL], ['chekc'], ['check', MINIMAL, 'extra', 'args']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^(error|standpoint): /);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
    expect((await runCli(['check', '--jsn'])).stderr).toMatch(/Did you mean --json\?/);
    expect((await runCli(['chekc'])).stderr).toMatch(/Did you mean `standpoint check`\?/);
  });

  it('names a file outside the working folder by its absolute path, one inside it relative', async () => {
    const cwd = join(scratch(), 'here');
    const outside = debateWith({ 'council.yaml': 'name: C\npositions:\n  - id: x\n    issue: cost\n    stance: fro\n    claim: c\n' });
    (await import('node:fs')).mkdirSync(cwd);
    const run = await runCli(['check', outside], cwd);
    expect(run.stdout).toContain(`${join(outside, 'council.yaml')}:5:13: error:`);
    expect(run.stdout).not.toContain('../');
    const inside = debateWith(
      { 'council.yaml': 'name: C\npositions:\n  - id: x\n    issue: cost\n    stance: fro\n    claim: c\n' },
      undefined,
      join(cwd, 'debate'),
    );
    const here = await runCli(['check', inside], cwd);
    expect(here.stdout).toContain('debate/council.yaml:5:13: error:');
    expect(here.stdout).not.toContain(cwd);
  });

  it('--json: the documented shape', async () => {
    const dir = debateWith({ 'council.yaml': BROKEN_COUNCIL });
    const run = await runCli(['check', '--json', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = parseOutput('check', run.stdout);
    expect(Object.keys(report)).toEqual(['formatVersion', 'ok', 'summary', 'debates', 'diagnostics']);
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
    expect(report.debates).toEqual([
      {
        dir: expect.any(String),
        title: 'Should the town build a bridge?',
        actors: ['residents'],
        issues: 2,
        positions: 2,
        brokenFiles: [expect.stringMatching(/council\.yaml$/)],
      },
    ]);
    expect(report.diagnostics).toEqual([
      {
        file: expect.stringMatching(/council\.yaml$/),
        line: 6,
        col: 12,
        severity: 'error',
        rule: 'yaml-syntax',
        message: 'This text opens with " but never closes it: add the closing " where the text ends.',
      },
    ]);
  });

  it('--json for a folder that holds no debate: the usual shape, the reason as a diagnostic, exit 2', async () => {
    const run = await runCli(['check', '--json', scratch()]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      formatVersion: 1,
      ok: false,
      summary: { errors: 1, warnings: 0 },
      debates: [],
      diagnostics: [
        expect.objectContaining({
          severity: 'error',
          rule: 'no-debate',
          message: expect.stringMatching(/^No debate in .*: a debate is a folder with a debate\.yaml/),
        }),
      ],
    });
  });

  it('--strict turns warnings into errors', async () => {
    const dir = join(FIXTURES, 'lint/unused-source');
    const plain = await runCli(['check', '--json', dir]);
    const strict = await runCli(['check', '--json', '--strict', dir]);
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    const [p, s] = [parseOutput('check', plain.stdout), parseOutput('check', strict.stdout)];
    expect(p.summary).toEqual({ errors: 0, warnings: 1 });
    expect(s.summary).toEqual({ errors: 1, warnings: 0 });
    expect(p.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual(['unused-source warning']);
    expect(s.diagnostics.map((d: { rule: string; severity: string }) => `${d.rule} ${d.severity}`)).toEqual(['unused-source error']);
    const text = await runCli(['check', '--strict', dir]);
    expect(text.stdout).toMatch(/1 error, 0 warnings \(warnings count as errors with --strict\)\.\n$/);
  });

  it('--help lists the options and every lint rule; exit 0', async () => {
    const run = await runCli(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: standpoint check \[options\] \[paths\.\.\.\]/);
    for (const flag of ['--json', '--strict']) expect(run.stdout).toContain(flag);
    for (const rule of ['evidence-without-source', 'quote-without-speaker', 'silent-actor', 'unused-source', 'unaddressed-issue'])
      expect(run.stdout).toContain(rule);
  });

  it('--version prints the version from package.json; exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag]);
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('a folder that does not exist, an empty folder: a sentence on stderr, exit 2 (usage), no stack trace', async () => {
    for (const [target, says] of [
      [join(scratch(), 'nope'), /^standpoint: Cannot open .*nope: it does not exist\.\n$/],
      [
        scratch(),
        /^standpoint: No debate in .*: a debate is a folder with a debate\.yaml\. Create one with `standpoint new debate ID`\.\n$/,
      ],
    ] as const) {
      const run = await runCli(['check', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(says);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('prints exactly the example shown in docs/rules.md', async () => {
    const doc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const shown = /```\n(positions\/bridge\/council\.yaml[\s\S]*?)```/.exec(doc)?.[1];
    const cwd = scratch();
    const dir = join(cwd, 'positions/bridge');
    debateWith({}, undefined, dir);
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(join(dir, file), 'utf8');
      writeFileSync(join(dir, file), text.replace(from, to));
    };
    edit('council.yaml', 'stance: leans-for', 'stance: leans-fro');
    edit('residents.yaml', 'source: minutes', 'source: minuts');
    edit('residents.yaml', 'settled.\n        source: minutes\n', 'settled.\n');
    const run = await runCli(['check', 'positions/bridge'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(shown);
  });

  it('a reader that stops early (check | head) ends it quietly, without a stack trace', async () => {
    const dir = debateWith();
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `actor-${i}.yaml`), `name: A ${i}\npositions: []\n`);
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'check', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => {
        err += s;
      });
      // Read one chunk, then hang up, as `head -1` does.
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', () => resolve(err));
    });
    expect(stderr).toBe('');
  });
});
