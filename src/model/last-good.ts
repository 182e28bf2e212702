// Which versions live reload may fall back to: a file's last good version is
// one that loaded with no errors of its own (or was itself kept from one).
import type { Diagnostic } from './diagnostics.js';
import type { Model } from './types.js';

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Whether debate.yaml has errors in this model (whatever they are: nothing of it is taken then). */
export function debateBroken(model: Model): boolean {
  return model.diagnostics.some((d) => d.severity === 'error' && d.file === model.file);
}

/** Whether a model's debate.yaml parts are a good version: loaded with no errors, or kept from one that did. */
export function goodDebate(model: Model): boolean {
  return model.issues.length > 0 && (model.debateStale === true || !debateBroken(model));
}
