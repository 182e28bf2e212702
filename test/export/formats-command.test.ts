// `standpoint export` with the formats for people outside the terminal: the
// format from the file extension, --rows for CSV only, and the built CLI
// writing each one from the example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { capture, EXAMPLE, UNIFORMS } from './helpers.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'standpoint.js');
const out = mkdtempSync(join(tmpdir(), 'standpoint-formats-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('export formats for browsers, spreadsheets and argument tools', () => {
  it('chooses html, csv and aif from the --out extension', async () => {
    for (const [name, start] of [
      ['handout.html', '<!doctype html>'],
      ['handout.htm', '<!doctype html>'],
      ['table.csv', 'issue,issue_title,'],
      ['graph.aif', '{\n  "nodes": ['],
    ]) {
      const o = capture();
      expect(await runExport(UNIFORMS, { out: join(out, name as string) }, o), o.stderr).toBe(0);
      expect(readFileSync(join(out, name as string), 'utf8').startsWith(start as string)).toBe(true);
    }
  });

  it('takes --rows evidence for csv, and refuses --rows elsewhere or a row kind it does not know', async () => {
    const o = capture();
    expect(await runExport(UNIFORMS, { format: 'csv', rows: 'evidence' }, o)).toBe(0);
    expect(o.stdout.split('\r\n')[0]).toMatch(/^issue,issue_title,actor,actor_name,position,stance,part,/);
    const html = capture();
    expect(await runExport(UNIFORMS, { format: 'html', rows: 'evidence' }, html)).toBe(2);
    expect(html.stderr).toBe('standpoint: --rows is for --format csv only.\n');
    const bad = capture();
    expect(await runExport(UNIFORMS, { format: 'csv', rows: 'evidense' }, bad)).toBe(2);
    expect(bad.stderr).toMatch(/Unknown --rows "evidense": use positions or evidence\. Did you mean "evidence"\?/);
    expect(bad.stdout).toBe('');
  });

  it('writes each format from the example through the built CLI', () => {
    for (const format of ['html', 'csv', 'aif']) {
      const r = spawnSync(process.execPath, [CLI, 'export', EXAMPLE, '--format', format], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      if (format === 'html') expect(r.stdout).toContain('<table id="matrix">');
      if (format === 'csv') expect(parse(r.stdout, { columns: true }).length).toBeGreaterThan(5);
      if (format === 'aif') expect(JSON.parse(r.stdout).participants).toHaveLength(3);
    }
  });
});
