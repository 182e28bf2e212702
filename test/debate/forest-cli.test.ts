// `standpoint map` and `standpoint audit` as a user runs them (the built CLI in
// a child process), and the exports that carry the forest: on the example, on a
// hostile debate, and on a generated 200-actor debate.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forestToJson } from '../../src/export/forest-json.js';
import { renderMapPlain } from '../../src/export/forest-text.js';
import { width } from '../../src/text/measure.js';
import { EXAMPLE, ROOT, runCli } from '../authoring/helpers.js';
import { load, nastyDebate } from '../export/helpers.js';
import { ALLIES } from './helpers.js';

const lines = (text: string) => text.trimEnd().split('\n');
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the map as text', () => {
  it('shows each pair as glyph and counts, the crux, and each drop with where to answer it', async () => {
    const model = await load(ALLIES);
    const text = renderMapPlain(model, { width: 200, where: (l) => `${l.file.slice(ALLIES.length + 1)}:${l.line}:${l.col}` });
    const all = lines(text);
    const at = all.findIndex((l) => l.startsWith('Actor'));
    const [header, , alpha] = all.slice(at);
    expect(header?.split(/\s{2,}/)).toEqual(['Actor', 'Alpha', 'Beta', 'Delta', 'Gamma']);
    expect(alpha?.split(/\s{2,}/)).toEqual(['Alpha', '(self)', '+ 2/1/1', '.. 0/0/0', '-- 0/0/2']);
    expect(text).toContain('Alpha and Beta: + mostly agree (63%); agree 2 · partly 1 · disagree 1 · unclear 0 · one silent 0');
    expect(text).toContain(
      '* Issue four: Alpha and Beta agree on 3 of 3 other shared issues (1 only partly) but take opposite sides here.',
    );
    expect(text).toContain('Alpha: answers 1 of 3 opposing positions');
    expect(text).toContain('add "gamma/c1" to responds_to at alpha.yaml:3:5');
  });
});

describe('the map at its narrowest', () => {
  it('splits the grid into tables that fit, each with every row', async () => {
    const model = await load(EXAMPLE);
    const text = renderMapPlain(model, { width: 30, where: () => 'x' });
    expect(text).toMatch(/^Columns 1-2 of 3\nActor {5}US admin {2}Mexico\n/m);
    expect(text).toMatch(/^Column 3 of 3\nActor {5}Critics\n-+ {2}-+\nUS admin {2}\.\. 0\/1\/0\n/m);
    for (const l of lines(text)) expect(width(l), l).toBeLessThanOrEqual(30);
  });
});

describe('standpoint map and audit, run as a user would', () => {
  it('prints the example map within 60, 100 and 200 columns', async () => {
    for (const cols of [60, 100, 200]) {
      const r = await runCli(['map', EXAMPLE, '--width', String(cols)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Issues from consensus to divisive');
      for (const l of lines(r.stdout)) expect(width(l), l).toBeLessThanOrEqual(cols);
    }
  });

  it('map --json gives the pairs, the ranking, the cruxes and the drops with file locations', async () => {
    const r = await runCli(['map', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.agreement).toHaveLength(3);
    expect(data.issues.map((i: { issue: string }) => i.issue)).toHaveLength(7);
    const us = data.drops.find((d: { actor: string }) => d.actor === 'us-administration');
    expect(us.unanswered).toEqual([
      {
        issue: 'military-action',
        own: 'us-administration/strikes-eligible',
        at: { file: 'us-administration.yaml', line: 48, col: 5 },
        positions: ['mexico-government/no-intervention'],
      },
    ]);
  });

  it('audit prints each actor and the asymmetries; --json gives the same as data', async () => {
    const r = await runCli(['audit', EXAMPLE, '--width', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Critics of Sheinbaum's approach (Critics)");
    expect(r.stdout).toContain('* 9 of Critics\' 10 evidence items are interpretation, all from source "article".');
    const j = await runCli(['audit', EXAMPLE, '--json']);
    const data = JSON.parse(j.stdout);
    expect(data.actors.map((a: { actor: string }) => a.actor)).toEqual(['us-administration', 'mexico-government', 'sheinbaum-critics']);
    expect(data.asymmetries[0]).toMatch(/^9 of Critics' 10 evidence items/);
  });

  it('refuses a width it cannot fit, and a folder of several debates', async () => {
    const narrow = await runCli(['map', EXAMPLE, '--width', '10']);
    expect(narrow.code).toBe(2);
    // The one --width rule of every command: a usage error naming the option and the range.
    expect(narrow.stderr).toMatch(/'--width <n>' argument '10' is invalid\. Use a whole number from 30 to 1000\./);
    // Several debates where one is wanted is bad usage, as for export and compare.
    const many = await runCli(['audit', join(ROOT, 'test/fixtures/lint')]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/holds \d+ debates; name one/);
  });

  it('lets no escape sequence or control character through from a hostile debate', async () => {
    const dir = nastyDebate();
    for (const args of [
      ['map', dir],
      ['audit', dir],
      ['map', dir, '--json'],
      ['export', dir, '-f', 'markdown', '--audit'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(CONTROL.test(r.stdout.replace(/\n/g, '')), args.join(' ')).toBe(false);
    }
  });

  it('the exports carry the forest, and the audit with --audit', async () => {
    const md = await runCli(['export', EXAMPLE, '-f', 'markdown']);
    expect(md.stdout).toContain('## Who agrees with whom');
    expect(md.stdout).toContain('### Cruxes');
    expect(md.stdout).not.toContain('## Balance audit');
    const withAudit = await runCli(['export', EXAMPLE, '-f', 'markdown', '--audit']);
    expect(withAudit.stdout).toContain('## Balance audit');
    const json = JSON.parse((await runCli(['export', EXAMPLE, '-f', 'json'])).stdout);
    expect(Object.keys(json.forest)).toEqual(['agreement', 'issues', 'cruxes', 'drops']);
    expect(json.audit).toBeNull();
    const jsonAudit = JSON.parse((await runCli(['export', EXAMPLE, '-f', 'json', '--audit'])).stdout);
    expect(jsonAudit.audit.asymmetries.length).toBeGreaterThan(0);
  });
});

describe('a 200-actor debate', () => {
  let big: string;
  beforeAll(() => {
    big = join(mkdtempSync(join(tmpdir(), 'standpoint-forest-')), 'big');
    const r = spawnSync(process.execPath, ['scripts/generate-debate.mjs', big, '--actors', '200', '--issues', '8', '--evidence', '200'], {
      cwd: ROOT,
    });
    expect(r.status).toBe(0);
  });

  // One real run; a machine shared with other work can take longer than the default limit.
  it('pages the grid like the matrix at 60, 100 and 200 columns, every line within the width', async () => {
    for (const cols of [60, 100, 200]) {
      const r = await runCli(['map', big, '--width', String(cols)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Columns 1-\d+ of 200$/m);
      expect(r.stdout).toMatch(/^Columns \d+-200 of 200$/m);
      for (const l of lines(r.stdout)) expect(width(l), l).toBeLessThanOrEqual(cols);
      expect(r.stdout).toContain('19900 pairs; the 10 closest and the 10 furthest');
    }
  }, 180_000);

  it('audits every one of the 200 actors', async () => {
    const r = await runCli(['audit', big]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Balance audit: A large synthetic debate');
    const audited = r.stdout.match(/^Actor \d+ \(A\d+\)$/gm) ?? [];
    expect(new Set(audited).size).toBe(200);
    expect(audited).toContain('Actor 200 (A200)');
    expect(r.stdout).not.toMatch(CONTROL);
  }, 60_000);

  it('lists every pair in the JSON', async () => {
    const model = await load(big);
    expect(forestToJson(model).agreement).toHaveLength(19900);
  });
});
