import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPrint } from '../../src/commands/print.js';
import { renderPlain } from '../../src/export/plain.js';
import { width } from '../../src/text/measure.js';
import { capture, EXAMPLE, load, MINIMAL, nastyDebate, UNIFORMS, writeDebate } from './helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'standpoint.js');
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const debates = [
  ['uniforms', UNIFORMS],
  ['hostile text', nastyDebate()],
  ...(existsSync(EXAMPLE) ? [['the example', EXAMPLE]] : []),
] as const;

describe('print', () => {
  for (const [name, dir] of debates) {
    for (const w of [60, 80, 200]) {
      it(`keeps every line of ${name} within ${w} columns, with no escape codes`, async () => {
        const text = renderPlain(await load(dir), { width: w });
        for (const line of text.split('\n')) expect(width(line), line).toBeLessThanOrEqual(w);
        expect(text).not.toMatch(CONTROL);
      });
    }
  }

  it('shows the matrix with one row per issue and stances as glyph and word', async () => {
    const text = renderPlain(await load(UNIFORMS), { width: 80 });
    const lines = text.split('\n');
    const header = lines.findIndex((l) => /^Issue\s+Principal\s+Parents\s+Students$/.test(l));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toMatch(/^Cost\s+\+\+ for\s+\+\+ for\s+\? unclear$/);
    expect(lines[header + 3]).toMatch(/^Safety\s+\+ leans for\s+-- against\s+\(none\)$/);
    expect(lines[header + 4]).toMatch(/^Identity\s+~ mixed\s+\+ leans for\s+\(none\)$/);
    // The columns line up: each stance starts under its actor's name.
    const col = (lines[header] ?? '').indexOf('Parents');
    expect(lines.slice(header + 2, header + 7).map((l) => l.slice(col).split(/\s{2,}/)[0])).toEqual([
      '++ for',
      '-- against',
      '+ leans for',
      '(none)',
      '+ leans for',
    ]);
  });

  it('truncates matrix cells with an ellipsis when the columns do not fit', async () => {
    const model = await load(UNIFORMS);
    model.issues[0]!.title = 'A very long issue title that cannot fit in a narrow matrix column at all';
    const text = renderPlain(model, { width: 40 });
    const row = text.split('\n').find((l) => l.startsWith('A very'));
    expect(row).toContain('…');
    expect(width(row ?? '')).toBeLessThanOrEqual(40);
  });

  it('lays out many actors as several tables rather than crushing them', async () => {
    const files: Record<string, string> = {
      'debate.yaml': 'title: Many\nquestion: Q?\nissues:\n  - id: one\n    title: One\n    question: One?\n',
    };
    for (let i = 0; i < 12; i++)
      files[`actor-${i}.yaml`] = `name: Actor number ${i}\npositions:\n  - id: p\n    issue: one\n    stance: mixed\n    claim: C.\n`;
    const text = renderPlain(await load(writeDebate(files)), { width: 60 });
    const headers = text.split('\n').filter((l) => l.startsWith('Issue '));
    expect(headers.length).toBeGreaterThan(1);
    for (let i = 0; i < 12; i++) expect(text).toContain(`Actor number ${i}`);
  });

  it('shows each issue with claims, evidence, counterpoints, responses and prompts', async () => {
    const text = renderPlain(await load(UNIFORMS), { width: 100 });
    expect(text).toContain('Issue 1 of 5: Cost');
    expect(text).toContain('statistic: Families spend 30% less on clothes.');
    expect(text).toContain('Source 1, table 2');
    expect(text).toContain('quote: The principal: "It is cheaper for everyone."');
    expect(text).toContain('* Student council: Strict rules punish poorer families most.');
    expect(text).toContain('Answers: The principal on Safety (+ leans for)');
    expect(text).toContain("Answered by: Parents' council on Safety (-- against)");
    expect(text).toContain('* Who pays when a uniform wears out?');
    expect(text).toContain('For discussion (the whole debate)');
    expect(text).toMatch(
      /1\. Parent survey 2024 \(data\)\n\s+School board, 2024-06\n\s+https:\/\/example\.org\/survey\n\s+Note: Only a third/,
    );
  });

  it('uses --width, else the terminal width it is given', async () => {
    const wide = capture(120);
    await runPrint(MINIMAL, {}, wide);
    const narrow = capture(120);
    await runPrint(MINIMAL, { width: 40 }, narrow);
    expect(Math.max(...wide.stdout.split('\n').map((l) => width(l)))).toBeGreaterThan(40);
    expect(Math.max(...narrow.stdout.split('\n').map((l) => width(l)))).toBeLessThanOrEqual(40);
    const bad = capture();
    expect(await runPrint(MINIMAL, { width: 5 }, bad)).toBe(2);
    expect(bad.stderr).toMatch(/--width must be a whole number from 30 to 1000/);
  });

  it('prints a debate with a broken file anyway, with one line on stderr', async () => {
    const dir = writeDebate({
      'debate.yaml': 'title: Broken\nquestion: Q?\nissues:\n  - id: one\n    title: One\n    question: One?\n',
      'good.yaml': 'name: Good\npositions:\n  - id: p\n    issue: one\n    stance: for\n    claim: Fine.\n',
      'bad.yaml': 'name: Bad\npositions:\n  - id: p\n    issue: one\n    stance: maybe\n    claim: [unclosed\n',
    });
    const o = capture();
    expect(await runPrint(dir, { width: 80 }, o)).toBe(0);
    expect(o.stdout).toContain('Good: ++ for');
    expect(o.stderr.trim().split('\n')).toHaveLength(1);
    expect(o.stderr).toMatch(/^standpoint: \d+ problems? in .*; showing what loads\. Run: standpoint check /);
  });

  it('says what is wrong when the folder holds no debate', async () => {
    const o = capture();
    expect(await runPrint(join(UNIFORMS, 'nope'), {}, o)).toBe(2);
    expect(o.stderr).toMatch(/^standpoint: Cannot open .*nope: it does not exist\.\n$/);
  });

  it.skipIf(!existsSync(BIN))('stops quietly when the reader closes the pipe (print | head -1)', () => {
    // Far more than a pipe buffer holds, so the writer really meets a closed pipe.
    const issues = Array.from(
      { length: 600 },
      (_, i) => `  - id: issue-${i}\n    title: Issue ${i}\n    question: ${'Is it so? '.repeat(12)}\n`,
    );
    const dir = writeDebate({ 'debate.yaml': `title: Big\nquestion: Q?\nissues:\n${issues.join('')}` });
    const r = spawnSync('bash', ['-c', `node "${BIN}" print "${dir}" --width 80 | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('Big\n');
    expect(r.stderr).toBe('status=0\n');
  });

  it.skipIf(!existsSync(BIN))('registers print on the command line, with no ANSI codes even when asked for colour', () => {
    const r = spawnSync('node', [BIN, 'print', UNIFORMS], { encoding: 'utf8', env: { ...process.env, COLUMNS: '70', FORCE_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Stances at a glance');
    expect(r.stdout).not.toMatch(CONTROL);
    for (const line of r.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(70);
  });
});
