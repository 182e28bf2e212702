// How a reference that names nothing is reported, shared by the model's resolver
// and the actor builder: where, and which ids there are to choose from.
import type { Diagnostic } from './diagnostics.js';
import { closest } from './suggest.js';
import type { Location } from './types.js';

export function problem(diagnostics: Diagnostic[], loc: Location, rule: string, message: string, severity: 'error' | 'warning' = 'error') {
  diagnostics.push({ ...loc, severity, rule, message });
}

/** When no id is close enough for "did you mean": the ones there are, if few, and what to do. */
export function orOneOf(ids: Iterable<string>, what: string): string {
  const all = [...ids];
  if (all.length === 0) return ` There is no ${what} yet: add it first.`;
  if (all.length > 8) return ` Use the id of an existing ${what}, or add this one.`;
  return ` Use one of ${all.map((i) => `"${i}"`).join(', ')}, or add this ${what}.`;
}

/**
 * Whether `id` names an item that failed validation, and so was reported
 * already: written there as is, or mistyped there ("co st" for "cost").
 */
export function wasDropped(id: string, dropped: ReadonlySet<string> | undefined): boolean {
  return dropped !== undefined && dropped.size > 0 && (dropped.has(id) || closest(id, dropped) !== undefined);
}
