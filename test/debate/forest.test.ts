// The forest on a debate built to have one crux, some drops and a pair with too
// little overlap: every figure here was worked out by hand from the fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementGrid, band, countsInWords, score } from '../../src/debate/agreement.js';
import { compareActors } from '../../src/debate/compare.js';
import { findCruxes } from '../../src/debate/cruxes.js';
import { findDrops } from '../../src/debate/drops.js';
import { forestOf, pairsOf } from '../../src/debate/forest.js';
import { rankIssues, spreadWords } from '../../src/debate/spread.js';
import type { Model } from '../../src/model/types.js';
import { load } from '../export/helpers.js';
import { ALLIES } from './helpers.js';

let model: Model;
beforeAll(async () => {
  model = await load(ALLIES);
});

const idx = (id: string) => model.actors.findIndex((a) => a.id === id);
const cell = (a: string, b: string) => agreementGrid(model).counts(idx(a), idx(b));

describe('agreement between two actors', () => {
  it('counts agree, partly, disagree, unclear and one silent over the issues either addresses', () => {
    expect(cell('alpha', 'beta')).toEqual({ agree: 2, partial: 1, disagree: 1, unclear: 0, silent: 0 });
    expect(cell('alpha', 'gamma')).toEqual({ agree: 0, partial: 0, disagree: 2, unclear: 1, silent: 1 });
    expect(countsInWords(cell('alpha', 'beta'))).toBe('agree 2 · partly 1 · disagree 1 · unclear 0 · one silent 0');
  });

  it('agrees with compare on every issue both address', () => {
    const c = compareActors(model, 'alpha', 'gamma');
    const both = c.rows.filter((r) => r.a || r.b);
    const fromCompare = { agree: 0, partial: 0, disagree: 0, unclear: 0, silent: 0 };
    for (const r of both) fromCompare[r.agreement]++;
    expect(cell('alpha', 'gamma')).toEqual(fromCompare);
  });

  it('scores agreement as (agree + partly / 2) / shared issues, in a band with glyph and word', () => {
    expect(score(cell('alpha', 'beta'))).toBeCloseTo(2.5 / 4);
    expect(band(cell('alpha', 'beta'))).toMatchObject({ glyph: '+', word: 'mostly agree' });
    expect(band(cell('alpha', 'gamma'))).toMatchObject({ glyph: '--', word: 'disagree' });
  });

  it('says "too little overlap" instead of a figure below two shared issues', () => {
    // Delta is only ever unclear: nothing to compare it on.
    expect(score(cell('alpha', 'delta'))).toBeUndefined();
    expect(band(cell('alpha', 'delta')).word).toBe('too little overlap');
    const pairs = pairsOf(agreementGrid(model));
    expect(pairs.at(-1)?.score).toBeUndefined();
    expect(pairs[0]).toMatchObject({ a: { id: 'alpha' }, b: { id: 'beta' } });
  });

  it('is computed once per model', () => {
    expect(forestOf(model).grid).toBe(agreementGrid(model));
    expect(findCruxes(model)).toBe(findCruxes(model));
  });
});

describe('issues from consensus to divisive', () => {
  it('ranks by spread, then by how many take a clear stance, then in file order', () => {
    const ranked = rankIssues(model);
    expect(ranked.map((s) => s.issue.id)).toEqual(['three', 'one', 'two', 'four']);
    expect(ranked.map((s) => s.spread)).toEqual([0.5, 2 / 3, 2 / 3, 1]);
  });

  it('gives a one-line reason: who stands where, and how many pairs are on opposite sides', () => {
    const [three, one] = rankIssues(model);
    expect(three?.reason).toBe('1 for, 1 leans for, 1 unclear; 1 silent: no pair on opposite sides, 1 of 1 only partly agree');
    expect(spreadWords(three as NonNullable<typeof three>)).toBe('same side, different strength');
    expect(one?.reason).toBe('2 for, 1 against, 1 unclear: 2 of 3 pairs on opposite sides');
    expect(spreadWords(one as NonNullable<typeof one>)).toBe('split');
  });
});

describe('cruxes', () => {
  it('finds the issue on which allies split, and says why', () => {
    const cruxes = findCruxes(model);
    expect(cruxes.map((c) => c.issue.id)).toEqual(['four']);
    expect(cruxes[0]?.reason).toBe('Alpha and Beta agree on 3 of 3 other shared issues (1 only partly) but take opposite sides here');
    expect(cruxes[0]?.splits[0]?.score).toBeCloseTo(2.5 / 3);
  });
});

describe('drops', () => {
  it('lists, per actor, the opposing positions it never answers, with where to answer', () => {
    const drops = Object.fromEntries(
      findDrops(model).map((d) => [d.actor.id, { answered: d.answered, drops: d.drops.map((x) => `${x.unanswered.key}@${x.own.key}`) }]),
    );
    expect(drops).toEqual({
      // a2 responds to gamma/c2; nothing answers gamma/c1 or beta/b4.
      alpha: { answered: 1, drops: ['gamma/c1@alpha/a1', 'beta/b4@alpha/a4'] },
      // Beta's counterpoint under gamma/c1 answers it.
      beta: { answered: 1, drops: ['gamma/c2@beta/b2', 'alpha/a4@beta/b4'] },
      // Delta is only unclear: no side, so no drops.
      delta: { answered: 0, drops: [] },
      gamma: { answered: 1, drops: ['beta/b1@gamma/c1', 'alpha/a2@gamma/c2', 'beta/b2@gamma/c2'] },
    });
    const first = findDrops(model)[0]?.drops[0];
    expect(first?.at).toEqual(model.positions.get('alpha/a1')?.loc);
  });
});
