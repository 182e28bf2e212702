// `standpoint import csv`: a teacher's spreadsheet grid becomes a debate folder
// the loader accepts as written, commented like `new` writes; a bad cell is
// named by row, column and cell, and nothing is ever overwritten.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { columnLetter, readGrid } from '../../src/authoring/grid.js';
import { runImportCsv } from '../../src/commands/import.js';
import { renderCsv } from '../../src/export/csv.js';
import { loadDebate } from '../../src/model/load.js';
import { capture, cleanScratch, EXAMPLE, listing, runCli, scratch } from './helpers.js';

afterEach(cleanScratch);

const GRID = [
  'issue,question,Council,Council claim,Traders,Traders claim,Residents',
  'Parking fees,Should the town raise parking fees?,for,"It pays for the buses, the council says",against,,Leans Against',
  'Car-free centre,Should the centre be car-free?,++,,mixed,"Shops lose trade; ""footfall"" drops",',
  'Delivery hours,,?,,leans_for,,',
].join('\r\n');

function csvFile(text: string, name = 'town.csv'): string {
  const file = join(scratch(), name);
  writeFileSync(file, text);
  return file;
}

describe('standpoint import csv', () => {
  it('makes a debate the loader accepts with no error: issues, actors in column order, stances and claims as the cells say', async () => {
    const file = csvFile(GRID);
    const dir = join(scratch(), 'town');
    const o = capture();
    expect(await runImportCsv({ file, dir }, o)).toBe(0);
    expect(o.stdout).toContain('3 issues, 3 actors (Council, Traders, Residents), 7 positions');
    const { model } = await loadDebate(dir);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.issues.map((i) => [i.id, i.title])).toEqual([
      ['parking-fees', 'Parking fees'],
      ['car-free-centre', 'Car-free centre'],
      ['delivery-hours', 'Delivery hours'],
    ]);
    expect(model.actors.map((a) => a.id)).toEqual(['council', 'traders', 'residents']);
    const stance = (actor: string, issue: string) => model.actors.find((a) => a.id === actor)?.byIssue.get(issue)?.stance;
    expect(stance('council', 'parking-fees')).toBe('for');
    expect(stance('council', 'car-free-centre')).toBe('for');
    expect(stance('council', 'delivery-hours')).toBe('unclear');
    expect(stance('traders', 'delivery-hours')).toBe('leans-for');
    expect(stance('residents', 'parking-fees')).toBe('leans-against');
    // An empty cell: the actor takes no position there.
    expect(stance('residents', 'car-free-centre')).toBeUndefined();
    const claim = (actor: string, issue: string) => model.actors.find((a) => a.id === actor)?.byIssue.get(issue)?.claim;
    expect(claim('council', 'parking-fees')).toBe('It pays for the buses, the council says');
    expect(claim('traders', 'car-free-centre')).toBe('Shops lose trade; "footfall" drops');
    expect(claim('traders', 'parking-fees')).toBe('Not yet recorded.');
    // What the grid did not say is marked for the author, as `new` marks it.
    expect(model.issues[2]?.question).toMatch(/^FILL IN/);
    const strict = await runCli(['check', '--strict', dir]);
    expect(strict.stdout).toMatch(/debate\.yaml:\d+:\d+: error: "FILL IN" is a placeholder/);
    // Commented like `new` writes: the schema line for editors, and the keys still to fill in.
    const council = readFileSync(join(dir, 'council.yaml'), 'utf8');
    expect(council.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+actor\.schema\.json$/);
    expect(council).toContain('#     counterpoints:');
    expect(readFileSync(join(dir, 'debate.yaml'), 'utf8')).toContain('made from "town.csv"'.replace(/"/g, ''));
  });

  it('reports every bad cell as file:row:col with the cell name and what to write, and writes nothing', async () => {
    const file = csvFile(
      [
        'issue,Council,Council claim,Traders,Mayor claim',
        'Fees,neutral,,for',
        // A blank line is a row of the sheet too: the rows after it keep their numbers.
        '',
        'Hours,maybe,,against',
        'Fees,for,,for',
        ',for,,for',
        'Parking,,A claim,for',
      ].join('\n'),
    );
    const dir = join(scratch(), 'out');
    const o = capture();
    expect(await runImportCsv({ file, dir }, o)).toBe(1);
    const lines = o.stderr.split('\n');
    const shown = file.replace(/.*\//, '');
    const line = (row: number, col: number) => lines.find((l) => l.includes(`${shown}:${row}:${col} (cell ${columnLetter(col)}${row})`));
    expect(line(1, 5)).toMatch(/"Mayor claim" names no actor column/);
    expect(line(2, 2)).toMatch(/"neutral" is not a stance: .*For "neutral", write "mixed"\./);
    expect(line(4, 2)).toMatch(/"maybe" is not a stance: write one of for, leans-for/);
    expect(line(5, 1)).toMatch(/repeats the issue "Fees"/);
    expect(line(6, 1)).toMatch(/no issue title/);
    expect(line(7, 2)).toMatch(/claim here has no stance/);
    expect(o.stderr).toMatch(/6 problems in .*; nothing was written/);
    expect(listing(join(dir, '..'))).toEqual([]);
  });

  it('never overwrites: into a folder that holds the debate it refuses and leaves every file as it was', async () => {
    const file = csvFile(GRID);
    const dir = join(scratch(), 'town');
    expect(await runImportCsv({ file, dir }, capture())).toBe(0);
    const debate = join(dir, 'debate.yaml');
    writeFileSync(debate, `${readFileSync(debate, 'utf8')}# the teacher's own edits\n`);
    const before = listing(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    const o = capture();
    expect(await runImportCsv({ file, dir }, o)).toBe(1);
    expect(o.stderr).toMatch(/already exist; nothing was written/);
    expect(listing(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])).toEqual(before);
  });

  it('reads a semicolon sheet with a byte-order mark, as spreadsheets set to other languages save it', () => {
    const r = readGrid('\ufeffissue;question;Rat;Händler\nGebühren;Sollen die Gebühren steigen?;dafür;--\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([{ row: 2, col: 3, message: expect.stringContaining('"dafür" is not a stance') }]);
    const ok = readGrid('\ufeffissue;question;Rat;Händler\nGebühren;Sollen die Gebühren steigen?;for;--\n');
    expect(ok.ok && ok.grid.actors.map((a) => a.id)).toEqual(['rat', 'handler']);
  });

  it('keeps hostile cells as text: no control character or YAML syntax from the sheet gets into the files', async () => {
    const evil = 'Evil \u001b]0;PWNED\u0007 title: x\n# comment\r\n- list: [a] {b} &anchor *alias !!tag';
    const file = csvFile(
      stringify([
        ['issue', 'question', 'Council', 'Council claim'],
        [evil, `${evil}?`, 'for', evil],
      ]),
    );
    const dir = join(scratch(), 'evil');
    expect(await runImportCsv({ file, dir }, capture())).toBe(0);
    const { model } = await loadDebate(dir);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.issues).toHaveLength(1);
    expect(model.issues[0]?.title).toBe('Evil title: x # comment - list: [a] {b} &anchor *alias !!tag');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    for (const f of listing(dir)) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('takes back the grid the CSV export would need: an export of the example imports again with the same stances', async () => {
    const { model } = await loadDebate(EXAMPLE);
    // The export is one row per position; a teacher pivots it into a grid. Do the same here.
    const rows = (await import('csv-parse/sync')).parse(renderCsv(model), { columns: true }) as Array<Record<string, string>>;
    const actors = model.actors.map((a) => a.name);
    const grid = [['issue', 'question', ...actors]];
    for (const i of model.issues)
      grid.push([i.title, i.question, ...model.actors.map((a) => rows.find((r) => r.issue === i.id && r.actor === a.id)?.stance ?? '')]);
    const dir = join(scratch(), 'again');
    expect(await runImportCsv({ file: csvFile(stringify(grid)), dir }, capture())).toBe(0);
    const again = (await loadDebate(dir)).model;
    for (const i of model.issues)
      for (const a of model.actors) {
        const id = again.actors[model.actors.indexOf(a)]?.id as string;
        const issueId = again.issues[model.issues.indexOf(i)]?.id as string;
        expect(again.actors.find((x) => x.id === id)?.byIssue.get(issueId)?.stance).toBe(a.byIssue.get(i.id)?.stance);
      }
  });
});
