// A debate.yaml caught half-written, or broken by a typo, must not empty the
// screen: the reader keeps the question, issues, sources and prompts of the
// last good version (flagged stale) until the file loads again. Actor files
// get the same treatment from the loader itself (`previous`).
import type { Model } from '../model/types.js';

/** Whether debate.yaml failed to load in this model (it has errors and gave no issues). */
export function debateBroken(model: Model): boolean {
  return model.issues.length === 0 && model.diagnostics.some((d) => d.severity === 'error' && d.file === model.file);
}

/**
 * `next`, with the debate parts of `shown` when debate.yaml is broken in
 * `next` and `shown` had them. The actors, positions and problems stay those
 * of `next`.
 */
export function keepLastGoodDebate(next: Model, shown: Model | undefined): Model {
  if (!shown || shown.issues.length === 0 || shown.file !== next.file || !debateBroken(next)) return next;
  return {
    ...next,
    title: shown.title,
    question: shown.question,
    summary: shown.summary,
    asOf: shown.asOf,
    issues: shown.issues,
    sources: shown.sources,
    prompts: shown.prompts,
    debateStale: true,
  };
}
