// Drops: for each actor, the positions on the other side of an issue that it
// never answers — no counterpoint by it under them, no `responds_to` from any
// of its positions. Each comes with where to add the answer: the actor's own
// position on that issue.
import { answerers } from '../model/answers.js';
import type { Actor, Location, Model, Position } from '../model/types.js';
import { agreementOf } from './agreement.js';
import { memoOnModel } from './memo.js';

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
  return model.actors.map((actor): ActorDrops => {
    const drops: Drop[] = [];
    let answered = 0;
    for (const issue of model.issues) {
      const own = actor.byIssue.get(issue.id);
      if (!own) continue;
      for (const other of model.actors) {
        if (other === actor) continue;
        const theirs = other.byIssue.get(issue.id);
        if (!theirs || agreementOf(own, theirs) !== 'disagree') continue;
        if (who(theirs).has(actor.id)) answered++;
        else drops.push({ actor, own, unanswered: theirs, at: own.loc });
      }
    }
    return { actor, drops, answered };
  });
});
