// The compare view as a reader sees it, at 80 and 200 columns: two actors,
// issue by issue, the verdict on each and both claims, and ← → to pick
// another actor to compare with.
import './force-color.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareActors } from '../../src/debate/compare.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { expectFits, KEY, renderApp } from './render.js';

let example: LoadResult;
let minimal: LoadResult;

beforeAll(async () => {
  example = await loadDebate('positions/mexico-cartels');
  minimal = await loadDebate('test/fixtures/debates/minimal');
});

const WORD = { agree: 'agree', partial: 'partly agree', disagree: 'disagree', unclear: 'unclear' } as const;

describe.each([
  [80, 24],
  [200, 50],
])('at %i×%i', (cols, rows) => {
  test('c compares the focused actor with the next one: a tally, then each issue with its verdict', async () => {
    const r = await renderApp(example, cols, rows);
    await r.press('c');
    const [a, b] = example.model.actors;
    const s = r.screen();
    expect(s).toMatch(new RegExp(`${a?.name}\\s+compared with\\s+${b?.name}`));
    expect(s).toMatch(/They agree on \d+ issues?/);
    const c = compareActors(example.model, a?.id ?? '', b?.id ?? '');
    const first = c.rows[0];
    const line = r.lines().find((l) => l.includes(`1. ${first?.issue.title}`));
    expect(line).toBeDefined();
    if (first && first.agreement !== 'silent') expect(line).toMatch(new RegExp(`${WORD[first.agreement]}$`));
    expect(r.lines()[0]).toContain('compare · issue 1 of');
    expect(r.lines().at(-1)).toMatch(/←→ other actor/);
    expectFits(r, cols, rows);
  });

  test('both claims are shown: side by side when wide, one under the other when narrow', async () => {
    const r = await renderApp(minimal, cols, rows);
    await r.press('c');
    const s = r.screen();
    const council = r.lines().findIndex((l) => l.includes('Council  ++ for'));
    expect(council).toBeGreaterThan(0);
    if (cols >= 80) {
      expect(r.lines()[council]).toMatch(/Council {2}\+\+ for\s+│ Residents {2}-- against/);
      expect(r.lines()[council + 1]).toMatch(/The bridge pays for itself.*│ The money is better spent on/);
    }
    expect(s).toContain('1. Cost');
    expect(s).toMatch(/1\. Cost\s+≠ disagree/);
    expect(s).toMatch(/2\. Traffic\s+≠ disagree/);
    // Residents answer the council on cost, and the council answers residents on traffic.
    expect(s).toContain('↳ here Residents answers Council');
    expect(s).toContain('↳ here Council answers Residents');
    expectFits(r, cols, rows);
  });
});

describe('compare', () => {
  test('below 80 columns the two claims are stacked, one under the other', async () => {
    const r = await renderApp(minimal, 60, 24);
    await r.press('c');
    const lines = r.lines();
    const council = lines.findIndex((l) => l.includes('Council  ++ for'));
    const residents = lines.findIndex((l) => l.includes('Residents  -- against'));
    expect(council).toBeGreaterThan(0);
    expect(residents).toBeGreaterThan(council);
    expect(lines.slice(council + 1, residents).join(' ')).toContain('The bridge pays for itself');
    expect(lines.some((l) => l.includes('│'))).toBe(false);
    expectFits(r, 60, 24);
  });

  test('← → pick another actor to compare with; ↓ moves the focus to the next issue; Enter opens it', async () => {
    const r = await renderApp(example, 100, 30);
    const [a, b, third] = example.model.actors;
    await r.press('c', KEY.right);
    expect(r.screen()).toMatch(new RegExp(`${a?.name}\\s+compared with\\s+${third?.name}`));
    await r.press(KEY.left);
    expect(r.screen()).toMatch(new RegExp(`${a?.name}\\s+compared with\\s+${b?.name}`));
    await r.press(KEY.down);
    const second = example.model.issues[1];
    expect(r.lines().find((l) => l.startsWith('▸'))).toContain(`2. ${second?.title}`);
    await r.press(KEY.enter);
    expect(r.screen()).toContain(`issue 2 of ${example.model.issues.length}`);
    expect(r.screen()).toContain(second?.question.slice(0, 40));
  });

  test('where one actor has no position, the verdict says whose is missing', async () => {
    const [council, residents] = minimal.model.actors;
    if (!council || !residents) throw new Error('fixture changed');
    const silent = { ...residents, byIssue: new Map([...residents.byIssue].filter(([issue]) => issue !== 'traffic')) };
    const model = { ...minimal.model, actors: [council, silent] };
    const r = await renderApp({ ...minimal, model }, 100, 30);
    await r.press('c');
    expect(r.screen()).toMatch(/2\. Traffic\s+· no position from Residents/);
    expect(r.screen()).toMatch(/Residents {2}no position/);
    expect(r.screen()).toContain('on 1 issue one of them says nothing');
  });

  test('keeps the focused issue in view when the list is longer than the window', async () => {
    const r = await renderApp(example, 80, 24);
    await r.press('c', 'G');
    const last = example.model.issues.at(-1);
    expect(r.lines().find((l) => l.startsWith('▸'))).toContain(`${example.model.issues.length}. ${last?.title}`);
    expect(r.screen()).not.toContain(`1. ${example.model.issues[0]?.title}`);
    expectFits(r, 80, 24);
  });
});
