// The forest of a debate in one value: the agreement between every pair of
// actors, the issues from consensus to divisive, the cruxes and the drops.
// Each part is memoised on the model, so views and exports share one computation.
import type { Actor, Model } from '../model/types.js';
import { type AgreementGrid, agreementGrid, type Band, band, type Counts, score } from './agreement.js';
import { type Crux, findCruxes } from './cruxes.js';
import { type ActorDrops, findDrops } from './drops.js';
import { type IssueSpread, rankIssues } from './spread.js';

export interface Pair {
  a: Actor;
  b: Actor;
  counts: Counts;
  score: number | undefined;
  band: Band;
}

export interface Forest {
  grid: AgreementGrid;
  ranking: IssueSpread[];
  cruxes: Crux[];
  drops: ActorDrops[];
}

export function forestOf(model: Model): Forest {
  return { grid: agreementGrid(model), ranking: rankIssues(model), cruxes: findCruxes(model), drops: findDrops(model) };
}

/** Every pair once (a before b in model order), closest first; pairs with too little overlap last. */
export function pairsOf(grid: AgreementGrid): Pair[] {
  const out: Pair[] = [];
  const n = grid.actors.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const counts = grid.counts(i, j);
      out.push({ a: grid.actors[i] as Actor, b: grid.actors[j] as Actor, counts, score: score(counts), band: band(counts) });
    }
  return out.sort((x, y) => (y.score ?? -1) - (x.score ?? -1));
}
