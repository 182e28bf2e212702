import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport, writeAtomically } from '../../src/commands/export.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { capture, UNIFORMS, writeDebate } from './helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'standpoint.js');
const scratch = () => mkdtempSync(join(tmpdir(), 'standpoint-out-'));

describe('standpoint export', () => {
  it('writes to standard output by default', async () => {
    const o = capture();
    expect(await runExport(UNIFORMS, { format: 'markdown' }, o)).toBe(0);
    expect(o.stdout.startsWith('# School uniforms\n')).toBe(true);
    expect(o.stderr).toBe('');
  });

  it('writes --out and leaves no temporary file behind', async () => {
    const dir = scratch();
    const out = join(dir, 'handout.md');
    const o = capture();
    expect(await runExport(UNIFORMS, { out }, o)).toBe(0); // format from the extension
    expect(readFileSync(out, 'utf8')).toMatch(/^# School uniforms\n/);
    expect(readdirSync(dir)).toEqual(['handout.md']);
    expect(o.stderr).toMatch(/Wrote .*handout\.md \(markdown\)/);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const dir = scratch();
    const out = join(dir, 'data.json');
    writeFileSync(out, 'precious');
    const o = capture();
    expect(await runExport(UNIFORMS, { format: 'json', out }, o)).toBe(1);
    expect(o.stderr).toMatch(/data\.json already exists: add --force to replace it/);
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect(await runExport(UNIFORMS, { format: 'json', out, force: true }, capture())).toBe(0);
    expect(parseOutput('export', readFileSync(out, 'utf8')).formatVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('does not replace a file that appears between the check and the write', async () => {
    const dir = scratch();
    const out = join(dir, 'race.md');
    writeFileSync(out, 'first');
    const r = await writeAtomically(out, 'second', false);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/already exists/) });
    expect(readFileSync(out, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['race.md']);
  });

  it('says which folder is missing instead of failing with a stack trace', async () => {
    const o = capture();
    expect(await runExport(UNIFORMS, { format: 'markdown', out: join(scratch(), 'no', 'such', 'x.md') }, o)).toBe(1);
    expect(o.stderr).toMatch(/^standpoint: Cannot write .*x\.md: the folder .*such does not exist\.\n$/);
  });

  it('asks for a format it cannot guess, and suggests one for a typo', async () => {
    const o = capture();
    expect(await runExport(UNIFORMS, {}, o)).toBe(2);
    expect(o.stderr).toContain('Choose a format: --format markdown|json|argdown');
    const typo = capture();
    expect(await runExport(UNIFORMS, { format: 'markdwon' }, typo)).toBe(2);
    expect(typo.stderr).toContain('Did you mean "markdown"?');
  });

  it('asks which debate to export when the folder holds several', async () => {
    const root = scratch();
    for (const name of ['one', 'two']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'debate.yaml'), `title: ${name}\nquestion: Q?\nissues:\n  - id: a\n    title: A\n    question: A?\n`);
    }
    const o = capture();
    expect(await runExport(root, { format: 'json' }, o)).toBe(2);
    expect(o.stderr).toMatch(/holds 2 debates; name one:\n {2}.*one\n {2}.*two\n/);
  });

  it('exports a debate with a broken file as far as it loads', async () => {
    const dir = writeDebate({
      'debate.yaml': 'title: T\nquestion: Q?\nissues:\n  - id: one\n    title: One\n    question: One?\n',
      'good.yaml': 'name: Good\npositions:\n  - id: p\n    issue: one\n    stance: for\n    claim: Fine.\n',
      'bad.yaml': ': : :\n',
    });
    const o = capture();
    expect(await runExport(dir, { format: 'argdown' }, o)).toBe(0);
    expect(o.stdout).toContain('[Good on One]: Good: Fine.');
    expect(o.stderr).toMatch(/problems? in .*Run: standpoint check/);
  });

  it.skipIf(!existsSync(BIN))('is registered on the command line with --lens', () => {
    const r = spawnSync('node', [BIN, 'export', UNIFORMS, '--format', 'json', '--lens', 'fakt'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Did you mean "fact"?');
    const ok = spawnSync('node', [BIN, 'export', UNIFORMS, '-f', 'json', '--lens', 'quote'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(parseOutput('export', ok.stdout).lens).toBe('quote');
  });
});
