// Issues from consensus to divisive. The spread of an issue is how far apart
// the actors who take a clear stance on it stand, pair by pair, with the same
// verdicts as the agreement map: (disagree + partly / 2) / pairs.

import type { StanceT } from '../model/schema.js';
import type { Issue, Model, Position } from '../model/types.js';
import { agreementOf, type Counts, MIN_OVERLAP, zeroCounts } from './agreement.js';
import { memoOnModel } from './memo.js';
import { stanceSide } from './stance.js';

export interface IssueSpread {
  issue: Issue;
  /** 0 (everyone agrees) to 1 (every pair disagrees); undefined with fewer than two clear stances. */
  spread: number | undefined;
  /** Verdicts over all pairs of actors with a clear stance on the issue. */
  pairs: Counts;
  /** How many actors take each stance (unclear included, silent not). */
  stances: Partial<Record<StanceT, number>>;
  clear: number;
  silent: number;
  reason: string;
}

const ORDER: readonly StanceT[] = ['for', 'leans-for', 'mixed', 'leans-against', 'against', 'unclear'];

export function issueSpread(model: Model, issue: Issue): IssueSpread {
  const onIt: Position[] = [];
  for (const a of model.actors) {
    const p = a.byIssue.get(issue.id);
    if (p) onIt.push(p);
  }
  const clearOnes = onIt.filter((p) => stanceSide(p.stance) !== null);
  const pairs = zeroCounts();
  // Pairs are counted from how many take each stance: fast at 200 actors, and the same verdicts as agreementOf.
  const byStance = new Map<StanceT, number>();
  for (const p of onIt) byStance.set(p.stance, (byStance.get(p.stance) ?? 0) + 1);
  const clearStances = ORDER.filter((s) => stanceSide(s) !== null && byStance.has(s));
  for (let i = 0; i < clearStances.length; i++) {
    const si = clearStances[i] as StanceT;
    const ni = byStance.get(si) ?? 0;
    pairs.agree += (ni * (ni - 1)) / 2;
    for (let j = i + 1; j < clearStances.length; j++) {
      const sj = clearStances[j] as StanceT;
      pairs[agreementOf({ stance: si } as Position, { stance: sj } as Position)] += ni * (byStance.get(sj) ?? 0);
    }
  }
  const total = pairs.agree + pairs.partial + pairs.disagree;
  const spread = clearOnes.length < MIN_OVERLAP ? undefined : (pairs.disagree + pairs.partial / 2) / total;
  const stances = Object.fromEntries(ORDER.filter((s) => byStance.has(s)).map((s) => [s, byStance.get(s)]));
  const result: IssueSpread = {
    issue,
    spread,
    pairs,
    stances,
    clear: clearOnes.length,
    silent: model.actors.length - onIt.length,
    reason: '',
  };
  result.reason = reasonFor(result);
  return result;
}

function reasonFor(s: IssueSpread): string {
  const tally = ORDER.filter((k) => s.stances[k])
    .map((k) => `${s.stances[k]} ${k.replace('-', ' ')}`)
    .join(', ');
  const who = tally === '' ? 'nobody takes a position' : tally;
  const silent = s.silent > 0 ? `; ${s.silent} silent` : '';
  if (s.spread === undefined) return `${who}${silent}`;
  const total = s.pairs.agree + s.pairs.partial + s.pairs.disagree;
  const verdict =
    s.pairs.disagree === 0 && s.pairs.partial === 0
      ? 'all on the same stance'
      : s.pairs.disagree === 0
        ? `no pair on opposite sides, ${s.pairs.partial} of ${total} only partly agree`
        : `${s.pairs.disagree} of ${total} ${total === 1 ? 'pair' : 'pairs'} on opposite sides`;
  return `${who}${silent}: ${verdict}`;
}

/**
 * Issues from consensus to divisive: by spread, then (at equal spread) the one
 * more actors take a clear stance on first, then in file order. Issues with too
 * few clear stances come last.
 */
export const rankIssues = memoOnModel((model: Model): IssueSpread[] => {
  const all = model.issues.map((issue, index) => ({ s: issueSpread(model, issue), index }));
  all.sort((x, y) => {
    const a = x.s.spread ?? Number.POSITIVE_INFINITY;
    const b = y.s.spread ?? Number.POSITIVE_INFINITY;
    if (a !== b) return a - b;
    if (x.s.clear !== y.s.clear) return y.s.clear - x.s.clear;
    return x.index - y.index;
  });
  return all.map((x) => x.s);
});

/** The spread in words: whether anyone is on the other side decides the first step. */
export function spreadWords(s: Pick<IssueSpread, 'spread' | 'pairs'>): string {
  if (s.spread === undefined) return 'too few clear stances to compare';
  if (s.pairs.disagree === 0) return s.pairs.partial === 0 ? 'consensus' : 'same side, different strength';
  if (s.spread < 0.5) return 'mostly shared';
  if (s.spread < 0.75) return 'split';
  return 'divisive';
}
