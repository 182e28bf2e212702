// The forest screen's reducer: m opens the agreement map at the focused actor,
// the arrows move over cells and page through 200 actors, Enter compares the
// pair, Tab goes through the sections, Enter on an issue or crux opens it, and
// `e` on a drop points at the position where the answer goes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findCruxes } from '../../src/debate/cruxes.js';
import { findDrops } from '../../src/debate/drops.js';
import { rankIssues } from '../../src/debate/spread.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { editTarget } from '../../src/tui/edit-target.js';
import type { Command } from '../../src/tui/keys.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { mapGeometry } from '../../src/tui/screens/forest/layout.js';
import { type Context, initialState, reduce, type ViewState } from '../../src/tui/state.js';

let example: Model;
let allies: Model;
let big: Model;
let dir: string;

beforeAll(async () => {
  example = (await loadDebate('positions/mexico-cartels')).model;
  allies = (await loadDebate('test/fixtures/forest/allies')).model;
  dir = mkdtempSync(join(tmpdir(), 'forest-state-'));
  const r = spawnSync(process.execPath, ['scripts/generate-debate.mjs', dir, '--actors', '200', '--issues', '12', '--evidence', '300'], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  big = (await loadDebate(dir)).model;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(model: Model, commands: Command[], size = { cols: 100, rows: 30 }, from?: ViewState): ViewState {
  const ctx: Context = { model };
  let s = from ?? initialState(size, ctx);
  for (const c of commands) s = reduce(s, { type: 'command', command: c }, ctx);
  return s;
}

describe('the agreement map', () => {
  test('m on the matrix opens it with the focused actor against the next one; Esc goes back', () => {
    const s = run(example, ['right', 'forest']);
    expect(s.screen).toBe('forest');
    expect(s.forestTab).toBe('map');
    expect([s.mapRow, s.mapCol]).toEqual([1, 2]);
    expect(run(example, ['back'], undefined, s).screen).toBe('matrix');
  });

  test('the cursor moves over cells and stays inside the grid', () => {
    const s = run(example, ['forest', 'down', 'down', 'down', 'down', 'left', 'left', 'left']);
    expect([s.mapRow, s.mapCol]).toEqual([example.actors.length - 1, 0]);
  });

  test('Enter on a cell opens compare for that pair; on the diagonal it does nothing', () => {
    const s = run(example, ['forest', 'down', 'right', 'open']);
    expect(s.screen).toBe('compare');
    expect(s.actorId).toBe(example.actors[1]?.id);
    expect(s.compareWith).toBe(example.actors[2]?.id);
    expect(run(example, ['forest', 'left', 'open']).screen).toBe('forest');
  });

  test.each([60, 100, 200])('with 200 actors at %i columns it pages: the focused cell is always on screen', (cols) => {
    const size = { cols, rows: 30 };
    const g = mapGeometry(big, frameOf(size));
    expect(g.across).toBeLessThan(200);
    let s = run(big, ['forest', ...Array<Command>(g.across + 3).fill('right'), 'page-down', 'page-down'], size);
    expect(s.mapCol).toBe(g.across + 4);
    expect(s.mapLeft).toBeGreaterThan(0);
    expect(s.mapCol).toBeGreaterThanOrEqual(s.mapLeft);
    expect(s.mapCol).toBeLessThan(s.mapLeft + g.across);
    expect(s.mapRow).toBe(2 * g.down);
    expect(s.mapRow).toBeGreaterThanOrEqual(s.mapTop);
    expect(s.mapRow).toBeLessThan(s.mapTop + g.down);
    s = run(big, ['bottom'], size, s);
    expect(s.mapRow).toBe(199);
  });
});

describe('the sections', () => {
  test('Tab goes map → issues → drops → audit → map, Shift-Tab the other way', () => {
    const tabs = ['next-section', 'next-section', 'next-section', 'next-section'].map(
      (_, i, all) => run(example, ['forest', ...(all.slice(0, i + 1) as Command[])]).forestTab,
    );
    expect(tabs).toEqual(['issues', 'drops', 'audit', 'map']);
    expect(run(example, ['forest', 'prev-section']).forestTab).toBe('audit');
  });

  test('Enter on an issue opens the issue view on the issue ranked there', () => {
    const ranking = rankIssues(example);
    const s = run(example, ['forest', 'next-section', 'down', 'down', 'open']);
    expect(s.screen).toBe('issue');
    expect(s.issueId).toBe(ranking[2]?.issue.id);
  });

  test('Enter on a crux opens its issue', () => {
    const cruxes = findCruxes(allies);
    expect(cruxes.length).toBeGreaterThan(0);
    const s = run(allies, ['forest', 'next-section', 'bottom', 'open']);
    expect(s.screen).toBe('issue');
    expect(s.issueId).toBe(cruxes[cruxes.length - 1]?.issue.id);
  });

  test('e on a drop opens the file of the position where the answer goes', () => {
    const first = findDrops(example).flatMap((d) => d.drops)[0];
    expect(first).toBeDefined();
    const s = run(example, ['forest', 'next-section', 'next-section']);
    expect(editTarget(example, s)).toEqual(first?.at);
  });

  test('the list cursor stays on an entry at either end', () => {
    const s = run(example, ['forest', 'next-section', 'up', 'up']);
    expect(s.forestPick).toBe(0);
    const end = run(example, ['forest', 'next-section', 'bottom', 'down', 'down']);
    // One entry per issue, one per crux.
    expect(end.forestPick).toBe(example.issues.length + findCruxes(example).length - 1);
  });
});
