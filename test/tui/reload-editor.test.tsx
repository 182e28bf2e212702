// Which editor runs, with which arguments, and what is said when it cannot.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { editorCommand, launchEditor, locationArgs } from '../../src/tui/editor.js';

const at = { file: '/home/ana/debate/residents.yaml', line: 12, col: 5 };
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe('the editor command', () => {
  test('$VISUAL first, then $EDITOR, else vi; blank ones do not count', () => {
    expect(editorCommand({ VISUAL: 'nvim', EDITOR: 'nano' })).toEqual({ ok: true, argv: ['nvim'], from: 'VISUAL' });
    expect(editorCommand({ VISUAL: '  ', EDITOR: 'nano' })).toEqual({ ok: true, argv: ['nano'], from: 'EDITOR' });
    expect(editorCommand({})).toEqual({ ok: true, argv: ['vi'], from: 'default' });
  });

  test('arguments and quoting are split like a shell would, without running one', () => {
    expect(editorCommand({ EDITOR: 'code --wait' })).toMatchObject({ argv: ['code', '--wait'] });
    expect(editorCommand({ EDITOR: "'/opt/Sublime Text/subl' -w" })).toMatchObject({ argv: ['/opt/Sublime Text/subl', '-w'] });
    expect(editorCommand({ EDITOR: 'emacs -nw # the terminal one' })).toMatchObject({ argv: ['emacs', '-nw'] });
    expect(editorCommand({ EDITOR: '$HOME/bin/ed it', HOME: '/home/ana' })).toMatchObject({ argv: ['/home/ana/bin/ed', 'it'] });
  });

  test('shell syntax is refused with a message, never run', () => {
    for (const bad of ['vim; rm -rf ~', 'vim && curl x', 'vim | tee', 'vim > out']) {
      const c = editorCommand({ EDITOR: bad });
      expect(c.ok).toBe(false);
      if (!c.ok) expect(c.message).toMatch(/^\$EDITOR holds shell syntax \(".+"\) that is not run: set it to an editor/);
    }
  });
});

describe('the line, told each editor its own way', () => {
  test.each([
    ['vi', ['+12', at.file]],
    ['/usr/bin/nvim', ['+12', at.file]],
    ['nano', ['+12', at.file]],
    ['emacsclient', ['+12', at.file]],
    ['micro', ['+12', at.file]],
    ['kak', ['+12', at.file]],
    ['code', ['-g', `${at.file}:12:5`]],
    ['Code.exe', ['-g', `${at.file}:12:5`]],
    ['cursor', ['-g', `${at.file}:12:5`]],
    ['codium', ['-g', `${at.file}:12:5`]],
    ['subl', [`${at.file}:12:5`]],
    ['zed', [`${at.file}:12:5`]],
    ['hx', [`${at.file}:12:5`]],
    ['idea', ['--line', '12', at.file]],
    ['some-new-editor', [at.file]],
  ])('%s', (command, args) => {
    expect(locationArgs(command, at)).toEqual(args);
  });
});

describe('running it', () => {
  test('the editor gets its own arguments, then the location; no shell', () => {
    const calls: Array<{ cmd: string; args: readonly string[]; shell: unknown }> = [];
    const run = ((cmd: string, args: readonly string[], opts: { shell?: unknown }) => {
      calls.push({ cmd, args, shell: opts.shell });
      return { status: 0, signal: null, pid: 1, output: [], stdout: null, stderr: null };
    }) as unknown as typeof import('node:child_process').spawnSync;
    const r = launchEditor(at, { env: { EDITOR: 'code --wait' }, run });
    expect(r).toEqual({ ok: true, editor: 'code' });
    expect(calls).toEqual([{ cmd: 'code', args: ['--wait', '-g', `${at.file}:12:5`], shell: false }]);
  });

  test('a real program gets the arguments, file names with spaces and quotes intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-editor-'));
    temps.push(dir);
    const log = join(dir, 'argv.json');
    const script = join(dir, 'vim');
    writeFileSync(
      script,
      `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    chmodSync(script, 0o755);
    const file = join(dir, `it's a "debate"; $(x).yaml`);
    const r = launchEditor({ file, line: 3, col: 1 }, { env: { ...process.env, VISUAL: script } });
    expect(r).toEqual({ ok: true, editor: 'vim' });
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual(['+3', file]);
  });

  test('an editor that does not exist gives a message saying what to set', () => {
    const r = launchEditor(at, { env: { PATH: process.env.PATH, EDITOR: 'no-such-editor-here --flag' } });
    expect(r).toEqual({
      ok: false,
      message: 'Editor "no-such-editor-here" not found: check $EDITOR.',
    });
    const fallback = launchEditor(at, { env: { PATH: '/nonexistent' } });
    expect(fallback).toEqual({
      ok: false,
      message: 'Editor "vi" not found: set $VISUAL or $EDITOR.',
    });
  });

  test('an editor that exits with an error code is reported, not taken for a failure to start', () => {
    const r = launchEditor(at, { env: { PATH: process.env.PATH, EDITOR: 'false' } });
    expect(r).toEqual({ ok: true, editor: 'false', note: 'false exited with code 1' });
  });

  test('control characters in the editor name never reach the screen', () => {
    const r = launchEditor(at, { env: { PATH: '/nonexistent', EDITOR: 'evil\u001b]0;pwned\u0007' } });
    expect(r.ok).toBe(false);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left is the point
    if (!r.ok) expect(r.message).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
