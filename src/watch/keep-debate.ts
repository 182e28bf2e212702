// A debate.yaml caught half-written, or broken by a typo, must not empty the
// screen or lose part of it: the reader keeps the question, issues, sources,
// prompts and column order of the last good version (flagged stale) until the
// file loads again without errors. Actor files get the same treatment from the
// loader itself (`previous`), which also checks them against that last good
// version, so the broken debate.yaml does not make errors appear in them.
import { debateBroken, goodDebate } from '../model/last-good.js';
import type { Actor, Model } from '../model/types.js';

/**
 * `next`, with the debate parts of `shown` when debate.yaml is broken in
 * `next` and `shown` had a good version of them. The actors, positions and
 * problems stay those of `next`; the columns keep `shown`'s order.
 */
export function keepLastGoodDebate(next: Model, shown: Model | undefined): Model {
  if (!shown || shown.file !== next.file || !goodDebate(shown) || !debateBroken(next)) return next;
  return {
    ...next,
    title: shown.title,
    question: shown.question,
    summary: shown.summary,
    asOf: shown.asOf,
    issues: shown.issues,
    sources: shown.sources,
    prompts: shown.prompts,
    actors: inOrderOf(next.actors, shown.actors),
    debateStale: true,
  };
}

/** `actors` in the order of `shown` (debate.yaml's `actors:` when it last loaded); new ones after, by id. */
function inOrderOf(actors: Actor[], shown: readonly Actor[]): Actor[] {
  const at = new Map(shown.map((a, i) => [a.id, i]));
  const rank = (a: Actor) => at.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  return [...actors].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : 1));
}
