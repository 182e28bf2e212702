// Properties of the quiz's closeness: answering exactly as an actor makes it
// the closest (a tie only with actors that said the same on every counted
// issue); skipped issues, "unclear" answers and weight 0 never change a figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, type Answers, closeness, type Weight } from '../../src/debate/closeness.js';
import { STANCES } from '../../src/model/terms.js';
import type { Model } from '../../src/model/types.js';
import { build, ISSUES } from './helpers.js';

const stance = fc.option(fc.constantFrom(...STANCES), { nil: undefined });
const spec = fc.array(stance, { minLength: ISSUES.length, maxLength: ISSUES.length });
const specs = fc.array(spec, { minLength: 1, maxLength: 6 });
const weights = fc.array(fc.constantFrom<Weight>(0, 1, 2), { minLength: ISSUES.length, maxLength: ISSUES.length });

/** Answers that copy one actor: its stance where it has one, skipped where it is silent. */
function copy(model: Model, i: number, w: readonly Weight[]): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  const actor = model.actors[i];
  ISSUES.forEach((id, k) => {
    const p = actor?.byIssue.get(id);
    if (p) answers.set(id, { stance: p.stance, weight: w[k] as Weight });
  });
  return answers;
}

const picture = (model: Model, answers: Answers) => {
  const c = closeness(model, answers);
  return { ranking: c.ranking.map((r) => [r.actor.id, r.score]), closest: c.closest.map((a) => a.id) };
};

describe('closeness', () => {
  it('answering exactly as an actor makes it the closest; a tie only with an actor identical on the counted issues', () => {
    fc.assert(
      fc.property(specs, fc.nat(), weights, (s, pick, w) => {
        const model = build(s);
        const i = pick % s.length;
        const answers = copy(model, i, w);
        const c = closeness(model, answers);
        if (c.counted === 0) {
          expect(c.closest).toEqual([]);
          return;
        }
        const me = model.actors[i];
        expect(c.closest).toContain(me);
        for (const other of c.closest) {
          for (const [id, a] of answers) {
            if (a.weight === 0 || a.stance === 'unclear') continue;
            expect(other.byIssue.get(id)?.stance).toBe(a.stance);
          }
        }
      }),
    );
  });

  it('a skipped issue, an unclear answer or weight 0 never changes a figure', () => {
    fc.assert(
      fc.property(
        specs,
        fc.nat(),
        weights,
        fc.nat({ max: ISSUES.length - 1 }),
        fc.constantFrom('unclear', 'zero'),
        (s, pick, w, k, how) => {
          const model = build(s);
          const answers = copy(model, pick % s.length, w);
          const id = ISSUES[k] as string;
          const skipped = new Map(answers);
          skipped.delete(id);
          const other = new Map(answers);
          other.set(id, how === 'unclear' ? { stance: 'unclear', weight: 2 } : { stance: 'for', weight: 0 });
          expect(picture(model, other)).toEqual(picture(model, skipped));
        },
      ),
    );
  });

  it('names the reasons issue by issue, never only a figure', () => {
    const model = build([
      ['for', 'against', undefined, 'mixed', 'unclear'],
      ['against', 'against', 'for', 'leans-for', 'for'],
    ]);
    const answers = new Map<string, Answer>([
      ['i0', { stance: 'for', weight: 1 }],
      ['i1', { stance: 'against', weight: 2 }],
      ['i2', { stance: 'leans-for', weight: 1 }],
      ['i4', { stance: 'for', weight: 1 }],
    ]);
    const c = closeness(model, answers);
    const a0 = c.ranking.find((r) => r.actor.id === 'a0');
    expect(a0?.rows.map((r) => [r.issue.id, r.reason])).toEqual([
      ['i0', 'same'],
      ['i1', 'same'],
      ['i2', 'silent'],
      ['i4', 'unclear'],
    ]);
    const a1 = c.ranking.find((r) => r.actor.id === 'a1');
    expect(a1?.rows.map((r) => r.reason)).toEqual(['opposite', 'same', 'close', 'same']);
    // a0: (1 + 2) / 5; a1: (0 + 2 + 0.75 + 1) / 5
    expect(a0?.score).toBeCloseTo(0.6);
    expect(a1?.score).toBeCloseTo(0.75);
    expect(c.closest.map((a) => a.id)).toEqual(['a1']);
  });

  it('calls a result fragile when one answer one step different changes the closest actor', () => {
    const model = build([
      ['for', 'for', undefined, undefined, undefined],
      ['leans-for', 'for', undefined, undefined, undefined],
    ]);
    const narrow = closeness(
      model,
      new Map<string, Answer>([
        ['i0', { stance: 'for', weight: 1 }],
        ['i1', { stance: 'for', weight: 1 }],
      ]),
    );
    expect(narrow.closest.map((a) => a.id)).toEqual(['a0']);
    expect(narrow.fragile.map((f) => [f.issue.id, f.stance])).toEqual([['i0', 'leans-for']]);
    const clear = build([
      ['for', 'for', 'for', undefined, undefined],
      ['against', 'against', 'against', undefined, undefined],
    ]);
    const all = new Map<string, Answer>(['i0', 'i1', 'i2'].map((id) => [id, { stance: 'for', weight: 1 }]));
    expect(closeness(clear, all).fragile).toEqual([]);
  });
});
