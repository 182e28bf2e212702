// Drops: for each actor, the positions on the other side of an issue that it
// never answers — no counterpoint by it under them, no `responds_to` from any
// of its positions. Each comes with where to add the answer: the actor's own
// position on that issue.

import { answerers } from '../model/answers.js';
import type { Actor, Location, Model, Position } from '../model/types.js';
import { memoOnModel } from './memo.js';
import { stanceSide } from './stance.js';

export interface Drop {
  /** The actor that does not answer. */
  actor: Actor;
  /** Its own position on the issue, where `responds_to` would go. */
  own: Position;
  /** The opposing position it leaves unanswered. */
  unanswered: Position;
  /** Where to add the answer (the start of `own`). */
  at: Location;
}

export interface ActorDrops {
  actor: Actor;
  drops: Drop[];
  /** Opposing positions it does answer. */
  answered: number;
}

/** Per actor in model order; within an actor, by issue order then the other actors' order. */
export const findDrops = memoOnModel((model: Model): ActorDrops[] => {
  const answeredBy = new Map<Position, Set<string>>();
  const who = (p: Position) => {
    let s = answeredBy.get(p);
    if (!s) answeredBy.set(p, (s = answerers(p)));
    return s;
  };
  // Only opposite sides can disagree: per issue, the positions on each side, in actor order.
  const sides = model.issues.map((issue) => {
    const side = new Map<1 | -1, Position[]>([
      [1, []],
      [-1, []],
    ]);
    for (const a of model.actors) {
      const p = a.byIssue.get(issue.id);
      const s = p && stanceSide(p.stance);
      if (p && (s === 1 || s === -1)) side.get(s)?.push(p);
    }
    return side;
  });
  return model.actors.map((actor): ActorDrops => {
    const drops: Drop[] = [];
    let answered = 0;
    model.issues.forEach((issue, k) => {
      const own = actor.byIssue.get(issue.id);
      const s = own && stanceSide(own.stance);
      if (!own || (s !== 1 && s !== -1)) return;
      for (const theirs of sides[k]?.get(s === 1 ? -1 : 1) ?? []) {
        if (who(theirs).has(actor.id)) answered++;
        else drops.push({ actor, own, unanswered: theirs, at: own.loc });
      }
    });
    return { actor, drops, answered };
  });
});
