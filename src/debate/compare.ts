// Two actors side by side, issue by issue: where they agree, partly agree,
// disagree, or cannot be compared because one is silent or unclear. Pure, so
// the CLI and the TUI's compare view share one definition of "agree" (in
// src/debate/agreement.ts, which the agreement map uses too).

import { singleLine } from '../model/sanitize.js';
import { didYouMean, idByTitle } from '../model/suggest.js';
import type { Actor, Issue, Model, Position } from '../model/types.js';
import { AGREEMENTS, type Agreement, agreementOf } from './agreement.js';

export { AGREEMENTS, type Agreement, agreementOf };

export interface IssueComparison {
  issue: Issue;
  agreement: Agreement;
  a?: Position;
  b?: Position;
  /** Position keys where one of the two answers the other on this issue or elsewhere. */
  aAnswersB: string[];
  bAnswersA: string[];
}

export interface Comparison {
  a: Actor;
  b: Actor;
  rows: IssueComparison[];
  counts: Record<Agreement, number>;
}

export type ActorLookup = { ok: true; actor: Actor } | { ok: false; message: string };

/** An actor by id, short name or name, any case: "council", "Council", "Town council". */
export function findActor(model: Model, id: string): ActorLookup {
  const want = id.trim().toLowerCase();
  const actor =
    model.actors.find((x) => x.id === id) ??
    model.actors.find((x) => x.id === want) ??
    model.actors.find((x) => x.short.toLowerCase() === want) ??
    model.actors.find((x) => x.name.toLowerCase() === want);
  if (actor) return { ok: true, actor };
  const ids = model.actors.map((x) => x.id);
  const byName = idByTitle(
    id,
    model.actors.map((x) => [x.id, x.name, x.short]),
  );
  const hint = byName === undefined ? didYouMean(id, ids) : ` Did you mean "${byName}"?`;
  return {
    ok: false,
    message: `No actor "${singleLine(id)}" in this debate.${hint} Actors: ${ids.join(', ') || 'none'}.`,
  };
}

/** Throws a RangeError (with a did-you-mean) for an unknown actor id; check with findActor first. */
export function compareActors(model: Model, aId: string, bId: string): Comparison {
  const a = mustFind(model, aId);
  const b = mustFind(model, bId);
  const counts = Object.fromEntries(AGREEMENTS.map((k) => [k, 0])) as Record<Agreement, number>;
  const rows = model.issues.map((issue): IssueComparison => {
    const pa = a.byIssue.get(issue.id);
    const pb = b.byIssue.get(issue.id);
    const agreement = agreementOf(pa, pb);
    counts[agreement]++;
    return {
      issue,
      agreement,
      a: pa,
      b: pb,
      aAnswersB: pa ? pa.respondsTo.filter((k) => k.startsWith(`${b.id}/`)) : [],
      bAnswersA: pb ? pb.respondsTo.filter((k) => k.startsWith(`${a.id}/`)) : [],
    };
  });
  return { a, b, rows, counts };
}

function mustFind(model: Model, id: string): Actor {
  const found = findActor(model, id);
  if (!found.ok) throw new RangeError(found.message);
  return found.actor;
}

/** The comparison in one sentence, for the top of the compare screen and of `standpoint compare`. */
export function tally(c: Comparison): string {
  const { agree, partial, disagree, unclear, silent } = c.counts;
  const n = (k: number) => `${k} issue${k === 1 ? '' : 's'}`;
  return `They agree on ${n(agree)}, partly agree on ${n(partial)} and disagree on ${n(disagree)}; on ${n(unclear)} a stance is unclear and on ${n(silent)} one of them says nothing.`;
}
