// The framing lens across the TUI, rendered at 80 and 200 columns: f cycles
// the kind of evidence shown, the header says which, and every screen that
// shows evidence (issue view, actor view, detail, presenter mode) follows it.
import './force-color.js';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { lensedModel } from '../../src/debate/lensed.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { Location } from '../../src/model/types.js';
import { App } from '../../src/tui/App.js';
import { presenterSteps } from '../../src/tui/screens/present/layout.js';
import type { InitialOptions } from '../../src/tui/state.js';
import { expectFits, KEY, type Rendered, renderAt } from './render.js';

let minimal: LoadResult;
let example: LoadResult;
let current: Rendered | undefined;

beforeAll(async () => {
  minimal = await loadDebate('test/fixtures/debates/minimal');
  example = await loadDebate('positions/mexico-cartels');
});

afterEach(() => {
  current?.unmount();
  current = undefined;
});

async function open(loaded: LoadResult, cols: number, rows: number, start?: InitialOptions) {
  current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} start={start} />, cols, rows);
  return current;
}

describe.each([
  [80, 24],
  [200, 50],
])('at %i×%i', (cols, rows) => {
  test('f in the issue view: the header names the lens, and only that kind of evidence is left', async () => {
    const r = await open(minimal, cols, rows);
    await r.press(KEY.enter);
    // Without a lens, both actors' evidence of the cost issue is there.
    expect(r.screen()).toContain('It pays for itself.');
    if (cols >= 80) expect(r.screen()).toContain('The bridge costs 40 million.');
    expect(r.lines()[0]).not.toContain('lens:');
    await r.press('f');
    expect(r.lines()[0]).toContain('lens: quote');
    expect(r.screen()).toContain('It pays for itself.');
    expect(r.screen()).not.toContain('The bridge costs 40 million.');
    await r.press('f', 'f');
    expect(r.lines()[0]).toContain('lens: statistic');
    expect(r.screen()).not.toContain('It pays for itself.');
    if (cols >= 80) expect(r.screen()).toContain('The bridge costs 40 million.');
    // Claims and counterpoints stay whatever the lens.
    expect(r.screen()).toContain('The bridge pays for itself');
    expect(r.screen()).toContain('The estimate ignores');
    await r.press('f', 'f', 'f');
    expect(r.lines()[0]).not.toContain('lens:');
    expect(r.screen()).toContain('It pays for itself.');
    expectFits(r, cols, rows);
  });

  test('the actor view counts only the evidence the lens shows', async () => {
    const r = await open(minimal, cols, rows);
    await r.press('a');
    expect(r.screen()).toContain('1 piece of evidence');
    await r.press('f');
    expect(r.lines()[0]).toContain('lens: quote');
    // The council has one quote (on cost) and one claim (on traffic).
    expect(r.screen()).toContain('no evidence');
    expect(r.screen()).toContain('1 piece of evidence');
    expectFits(r, cols, rows);
  });

  test('presenter mode steps through only the evidence the lens keeps', async () => {
    const seenModel = lensedModel(example.model, 'interpretation');
    // An issue where the lens keeps some evidence but hides some too.
    const issue = example.model.issues.find((i) => {
      const kept = presenterSteps(seenModel, i.id).filter((x) => x.kind === 'item' && x.item.kind === 'evidence').length;
      return kept > 0 && presenterSteps(example.model, i.id).length > presenterSteps(seenModel, i.id).length;
    });
    expect(issue).toBeDefined();
    const seen = presenterSteps(seenModel, issue?.id);
    const r = await open(example, cols, rows, { screen: 'present', issueId: issue?.id, lens: 'interpretation' });
    expect(r.lines()[0]).toContain('lens: interpretation');
    expect(r.screen()).toContain(`0 / ${seen.length}`);
    const evidence = seen.filter((x) => x.kind === 'item' && x.item.kind === 'evidence').length;
    const first = seen.findIndex((x) => x.kind === 'item' && x.item.kind === 'evidence');
    await r.press(...Array.from({ length: first + 1 }, () => ' '));
    expect(r.screen()).toContain('Evidence  interpretation');
    // Every evidence step is an interpretation: none of another kind turns up.
    for (let i = 1; i < evidence; i++) {
      await r.press(' ');
      expect(r.screen()).toContain('Evidence  interpretation');
    }
    await r.press(' ');
    expect(r.screen()).not.toContain('Evidence');
    expectFits(r, cols, rows);
  });
});

describe('the lens elsewhere', () => {
  test('in detail, evidence the lens hides gives way to its claim; evidence it keeps stays', async () => {
    const r = await open(minimal, 100, 30);
    await r.press(KEY.enter, 'j', KEY.enter);
    expect(r.screen()).toContain('quote — what was said');
    await r.press('f');
    expect(r.lines()[0]).toContain('lens: quote');
    expect(r.screen()).toContain('quote — what was said');
    await r.press('f');
    expect(r.lines()[0]).toContain('lens: fact');
    expect(r.screen()).not.toContain('It pays for itself.');
    expect(r.screen()).toContain('The bridge pays for itself within twenty years.');
  });

  test('e opens the editor at the evidence the lens shows, not at another one', async () => {
    const edits: Location[] = [];
    const edit = (target: Location) => {
      edits.push(target);
      return { ok: true as const, editor: 'test' };
    };
    current = await renderAt(<App debates={[]} initial={example} load={loadDebate} theme={{ color: false }} edit={edit} />, 100, 30);
    const r = current;
    // A position whose first interpretation is not its first evidence: its index differs under the lens.
    const spot = example.model.issues
      .flatMap((issue, i) => example.model.actors.map((actor, a) => ({ i, a, p: actor.byIssue.get(issue.id) })))
      .find(({ p }) => (p?.evidence.findIndex((e) => e.kind === 'interpretation') ?? -1) > 0);
    expect(spot).toBeDefined();
    const wanted = spot?.p?.evidence.find((e) => e.kind === 'interpretation');
    const moves = [...Array.from({ length: spot?.i ?? 0 }, () => 'j'), ...Array.from({ length: spot?.a ?? 0 }, () => 'l')];
    await r.press(...moves, KEY.enter, 'F', 'j', 'e');
    await new Promise((done) => setTimeout(done, 150));
    expect(edits).toEqual([wanted?.loc]);
  });

  test('F goes the other way; the lens stays on when moving between screens', async () => {
    const r = await open(minimal, 100, 30);
    await r.press('F');
    expect(r.lines()[0]).toContain('lens: interpretation');
    await r.press(KEY.enter);
    expect(r.lines()[0]).toContain('lens: interpretation');
    await r.press(KEY.esc, 'c');
    expect(r.lines()[0]).toContain('lens: interpretation');
  });
});
