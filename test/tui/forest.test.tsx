// The forest screen as a reader sees it, at 60, 100 and 200 columns, on the
// shipped example and on a generated 200-actor debate: the agreement map in
// glyphs and words, the issues ranked with their reasons, the cruxes, the
// drops with where to answer, the balance audit; and presenter mode ending a
// crux issue on where allies split.
import './force-color.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditDebate } from '../../src/debate/audit.js';
import { findCruxes } from '../../src/debate/cruxes.js';
import { findDrops } from '../../src/debate/drops.js';
import { rankIssues } from '../../src/debate/spread.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { expectFits, KEY, renderApp } from './render.js';

let example: LoadResult;
let allies: LoadResult;
let big: LoadResult;
let dir: string;

beforeAll(async () => {
  example = await loadDebate('positions/mexico-cartels');
  allies = await loadDebate('test/fixtures/forest/allies');
  dir = mkdtempSync(join(tmpdir(), 'forest-view-'));
  const r = spawnSync(process.execPath, ['scripts/generate-debate.mjs', dir, '--actors', '200', '--issues', '50', '--evidence', '2000'], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  big = await loadDebate(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  [60, 24],
  [100, 30],
  [200, 50],
])('at %i×%i', (cols, rows) => {
  test('m shows the agreement map: glyph and counts in each cell, the focused pair in words, the key', async () => {
    const r = await renderApp(example, cols, rows);
    await r.press('m');
    const s = r.screen().replace(/\s+/g, ' ');
    expect(s).toContain('[Agreement map]');
    expect(s).toContain('(self)');
    // The first row against the second: the focused cell in brackets, the pair in words below.
    expect(s).toMatch(/\[\.\. 0\/0\/1\s*\]/);
    expect(s).toMatch(/US admin and Mexico: \.\. too little overlap; agree 0 · partly 0 · disagree 1/);
    expect(s).toMatch(/Key: \+\+ agree/);
    expectFits(r, cols, rows);
    await r.press(KEY.down, KEY.right);
    expect(r.screen().replace(/\s+/g, ' ')).toMatch(/Mexico and Critics: -- disagree \(0%\)/);
  });

  test('Enter on a cell opens compare for that pair', async () => {
    const r = await renderApp(example, cols, rows);
    await r.press('m', KEY.down, KEY.right, KEY.enter);
    const [, b, c] = example.model.actors;
    expect(r.screen()).toContain(`${b?.name}  compared with  ${c?.name?.slice(0, 12)}`);
  });

  test('Tab shows the issues from consensus to divisive with their reasons, then the cruxes', async () => {
    const r = await renderApp(allies, cols, rows);
    await r.press('m', KEY.tab);
    const s = r.screen();
    expect(s).toContain('[Issues & cruxes]');
    const first = rankIssues(allies.model)[0];
    expect(s).toContain(`1. ${first?.issue.title}`);
    expectFits(r, cols, rows);
    await r.press('G');
    const crux = findCruxes(allies.model).at(-1);
    expect(r.screen()).toContain('Cruxes: issues that split');
    expect(r.screen()).toContain(`* ${crux?.issue.title}`);
    await r.press(KEY.enter);
    expect(r.screen()).toContain(crux?.issue.question.slice(0, 30));
  });

  test('the drops name the unanswered position and where to add the answer', async () => {
    const r = await renderApp(example, cols, rows);
    await r.press('m', KEY.tab, KEY.tab);
    // The focus bar down the chosen drop's lines is not part of its text.
    const s = r.screen().replace(/[┃▸]/g, '').replace(/\s+/g, ' ');
    const drop = findDrops(example.model).flatMap((d) => d.drops)[0];
    expect(s).toContain('[Drops]');
    expect(s).toContain(`add "${drop?.unanswered.key}" to responds_to in`);
    expect(s).toContain(`us-administration.yaml:${drop?.at.line}:${drop?.at.col}`);
    expectFits(r, cols, rows);
  });

  test('the balance audit gives the asymmetries in plain words, then each actor', async () => {
    const r = await renderApp(example, cols, rows);
    await r.press('m', KEY.shiftTab);
    const s = r.screen();
    expect(s).toContain('[Balance audit]');
    expect(s.replace(/\s+/g, ' ')).toContain(auditDebate(example.model).asymmetries[0]?.slice(0, 40));
    expectFits(r, cols, rows);
    await r.press('G');
    expect(r.screen()).toContain('Counterpoints:');
  });

  test('with 200 actors the map pages: the header counts the columns shown and the cursor stays visible', async () => {
    const r = await renderApp(big, cols, rows);
    await r.press('m');
    let s = r.screen();
    expect(s).toMatch(/Rows 1–\d+, columns 1–\d+ of 200 actors/);
    expect(s).toContain('A1 and A2:');
    expectFits(r, cols, rows);
    await r.press('G');
    for (let i = 0; i < 30; i++) await r.press(KEY.right);
    s = r.screen();
    expect(s).toMatch(/Rows \d+–200, columns \d+–32 of 200 actors/);
    expect(s).toContain('A200 and A32:');
    expect(s).toMatch(/\[[-+~.]{1,2} \d+\/\d+\/\d+\s*\]/);
    expect(s).toMatch(/▸\S/);
    expectFits(r, cols, rows);
  });

  test('presenter mode ends a crux issue on where allies split', async () => {
    const crux = findCruxes(allies.model)[0];
    const r = await renderApp(allies, cols, rows);
    const index = allies.model.issues.findIndex((i) => i.id === crux?.issue.id);
    for (let i = 0; i < index; i++) await r.press(KEY.down);
    await r.press('P', 'G');
    for (let i = 0; i < 60 && !r.screen().includes('Allies split here'); i++) await r.press(KEY.space);
    const s = r.screen().replace(/\s+/g, ' ');
    expect(s).toContain('Allies split here');
    expect(s).toContain(crux?.reason.slice(0, 30));
  });
});
