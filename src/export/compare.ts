// Two actors side by side, issue by issue: where they agree, partly agree,
// disagree, or cannot be compared because one is silent or unclear. Pure, so
// the CLI and the TUI's compare view share one definition of "agree".
import { singleLine } from '../model/sanitize.js';
import { didYouMean, idByTitle } from '../model/suggest.js';
import type { Actor, Issue, Model, Position } from '../model/types.js';
import { stanceSide } from './stance.js';

/**
 * agree: the same stance (for/for, mixed/mixed, …).
 * partial: the same side with different strength (for/leans-for), or one mixed while the other takes a side.
 * disagree: opposite sides of the issue's question.
 * unclear: at least one stance is "unclear".
 * silent: at least one actor has no position on the issue.
 */
export type Agreement = 'agree' | 'partial' | 'disagree' | 'unclear' | 'silent';
export const AGREEMENTS: readonly Agreement[] = ['agree', 'partial', 'disagree', 'unclear', 'silent'];

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

export function agreementOf(a: Position | undefined, b: Position | undefined): Agreement {
  if (!a || !b) return 'silent';
  const sa = stanceSide(a.stance);
  const sb = stanceSide(b.stance);
  if (sa === null || sb === null) return 'unclear';
  if (a.stance === b.stance) return 'agree';
  if (sa * sb < 0) return 'disagree';
  return 'partial';
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
