// Cruxes: issues on which actors who agree on most other issues split. A pair
// are allies apart from an issue when, over the other issues they share, their
// agreement score is above one half; they split on it when they take opposite
// sides of its question.

import type { Actor, Issue, Model } from '../model/types.js';
import { type AgreementGrid, agreementGrid, type Counts, score, shared } from './agreement.js';
import { memoOnModel } from './memo.js';
import { stanceSide } from './stance.js';

export interface Split {
  a: Actor;
  b: Actor;
  /** The pair's verdicts over every issue except this one. */
  elsewhere: Counts;
  /** Their agreement score over those issues. */
  score: number;
}

export interface Crux {
  issue: Issue;
  /** Allied pairs that take opposite sides here, closest allies first. */
  splits: Split[];
  reason: string;
}

/** Issues with at least one split, most splits first, then in file order. */
export const findCruxes = memoOnModel((model: Model): Crux[] => {
  const grid = agreementGrid(model);
  const out: Crux[] = [];
  for (const issue of model.issues) {
    const splits = splitsOn(model, grid, issue);
    if (splits.length > 0) out.push({ issue, splits, reason: reasonFor(splits) });
  }
  return out.sort((x, y) => y.splits.length - x.splits.length);
});

function splitsOn(model: Model, grid: AgreementGrid, issue: Issue): Split[] {
  // Only a pair on opposite sides can split: pair each actor for with each actor against.
  const fors: number[] = [];
  const againsts: number[] = [];
  model.actors.forEach((a, i) => {
    const p = a.byIssue.get(issue.id);
    const side = p && stanceSide(p.stance);
    if (side === 1) fors.push(i);
    else if (side === -1) againsts.push(i);
  });
  const splits: Split[] = [];
  for (const x of fors) {
    for (const y of againsts) {
      const [i, j] = x < y ? [x, y] : [y, x];
      const all = grid.counts(i, j);
      const elsewhere = { ...all, disagree: all.disagree - 1 };
      const s = score(elsewhere);
      if (s !== undefined && s > 0.5) splits.push({ a: model.actors[i] as Actor, b: model.actors[j] as Actor, elsewhere, score: s });
    }
  }
  // Closest allies first; among equals, in actor order.
  const order = new Map(model.actors.map((a, i) => [a, i]));
  const rank = (s: Split) => (order.get(s.a) ?? 0) * model.actors.length + (order.get(s.b) ?? 0);
  return splits.sort((x, y) => y.score - x.score || rank(x) - rank(y));
}

function reasonFor(splits: readonly Split[]): string {
  const top = splits[0] as Split;
  const more = splits.length > 1 ? ` (and ${splits.length - 1} more allied ${splits.length === 2 ? 'pair' : 'pairs'})` : '';
  const agreeing = top.elsewhere.agree + top.elsewhere.partial;
  const partly = top.elsewhere.partial > 0 ? ` (${top.elsewhere.partial} only partly)` : '';
  return `${top.a.short} and ${top.b.short} agree on ${agreeing} of ${shared(top.elsewhere)} other shared issues${partly} but take opposite sides here${more}`;
}
