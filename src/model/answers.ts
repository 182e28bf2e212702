// Who answers a position: the actors named by its counterpoints' `by`, and the
// actors whose positions list it in `responds_to`. Shared by the
// unanswered-position lint rule and the drops of the agreement map.
import type { Position } from './types.js';

/** Actor ids that answer `p` (not free-text counterpoint authors). */
export function answerers(p: Position): Set<string> {
  const out = new Set<string>();
  for (const c of p.counterpoints) if (c.byActor) out.add(c.byActor);
  for (const key of p.respondedBy) out.add(actorOfKey(key));
  return out;
}

/** True when anyone answers `p`: a counterpoint (by anyone, or nobody named) or a response. */
export function isAnswered(p: Position): boolean {
  return p.counterpoints.length > 0 || p.respondedBy.length > 0;
}

export function actorOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}
