// Properties of the forest that must hold for any debate: the agreement grid is
// symmetric, reordering actors only reorders rows, and an "unclear" position
// (which counts as neither agreement nor disagreement) changes no figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementGrid, band, pairCounts, score } from '../../src/debate/agreement.js';
import { findCruxes } from '../../src/debate/cruxes.js';
import { findDrops } from '../../src/debate/drops.js';
import { rankIssues } from '../../src/debate/spread.js';
import { STANCES } from '../../src/model/terms.js';
import type { Model } from '../../src/model/types.js';
import { build, ISSUES, type Spec } from './helpers.js';

const stance = fc.option(fc.constantFrom(...STANCES), { nil: undefined });
const spec = fc.array(stance, { minLength: ISSUES.length, maxLength: ISSUES.length });
const specs = fc.array(spec, { minLength: 2, maxLength: 7 });

/** What a reader sees of a debate's forest, by actor id (not index). */
function picture(model: Model) {
  const grid = agreementGrid(model);
  const cells: Record<string, unknown> = {};
  model.actors.forEach((a, i) => {
    model.actors.forEach((b, j) => {
      const c = grid.counts(i, j);
      cells[`${a.id}|${b.id}`] = { agree: c.agree, partial: c.partial, disagree: c.disagree, score: score(c), band: band(c) };
    });
  });
  const crux = findCruxes(model).map((c) => ({
    issue: c.issue.id,
    pairs: c.splits.map((s) => [s.a.id, s.b.id].sort().join('|')).sort(),
  }));
  crux.sort((x, y) => (x.issue < y.issue ? -1 : 1));
  const spread = Object.fromEntries(rankIssues(model).map((s) => [s.issue.id, s.spread]));
  const drops = Object.fromEntries(findDrops(model).map((d) => [d.actor.id, d.drops.map((x) => x.unanswered.key).sort()]));
  return { cells, crux, spread, drops };
}

describe('forest properties', () => {
  it('the grid is symmetric, and each cell is the pair compared afresh in either order', () => {
    fc.assert(
      fc.property(specs, (s) => {
        const model = build(s);
        const grid = agreementGrid(model);
        model.actors.forEach((a, i) => {
          model.actors.forEach((b, j) => {
            expect(grid.counts(i, j)).toEqual(grid.counts(j, i));
            expect(grid.counts(i, j)).toEqual(pairCounts(b, a, model.issues));
          });
        });
      }),
    );
  });

  it("swapping two actors' files swaps their rows and changes nothing else", () => {
    fc.assert(
      fc.property(specs, fc.nat(), fc.nat(), (s, x, y) => {
        const i = x % s.length;
        const j = y % s.length;
        const names = s.map((_, k) => `a${k}`);
        const swapped = [...s];
        [swapped[i], swapped[j]] = [swapped[j] as Spec, swapped[i] as Spec];
        const swappedNames = [...names];
        [swappedNames[i], swappedNames[j]] = [swappedNames[j] as string, swappedNames[i] as string];
        const before = build(s, names);
        const after = build(swapped, swappedNames);
        // Row k of the swapped debate is row k of the original with i and j exchanged.
        const g1 = agreementGrid(before);
        const g2 = agreementGrid(after);
        const from = (k: number) => (k === i ? j : k === j ? i : k);
        for (let r = 0; r < s.length; r++) for (let c = 0; c < s.length; c++) expect(g2.counts(r, c)).toEqual(g1.counts(from(r), from(c)));
        expect(picture(after)).toEqual(picture(before));
      }),
    );
  });

  it('adding an "unclear" position where an actor was silent changes no figure', () => {
    fc.assert(
      fc.property(specs, fc.nat(), fc.nat(), (s, x, y) => {
        const a = x % s.length;
        const k = y % ISSUES.length;
        fc.pre(s[a]?.[k] === undefined);
        const more = s.map((row) => [...row]);
        (more[a] as Spec)[k] = 'unclear';
        expect(picture(build(more))).toEqual(picture(build(s)));
      }),
    );
  });
});
