// Wording shared by the text exports: how a source, a counterpoint's author and
// another actor's position are referred to.

import { stanceMark } from '../debate/stance.js';
import type { Counterpoint, EvidenceItem, Model, Position } from '../model/types.js';

/** Sources are cited by number, in the order debate.yaml lists them. */
export function sourceNumbers(model: Model): Map<string, number> {
  return new Map([...model.sources.keys()].map((id, i) => [id, i + 1]));
}

/** "Source 1, paragraph 2", or undefined when the item names no source. */
export function citation(e: EvidenceItem, numbers: Map<string, number>): string | undefined {
  const where = e.locator ? `, ${e.locator}` : '';
  if (e.source === undefined) return e.locator ? `At ${e.locator}` : undefined;
  const n = numbers.get(e.source);
  return n === undefined ? `Source "${e.source}" (not listed in debate.yaml)${where}` : `Source ${n}${where}`;
}

/** Where an item comes from and the source's own words: 'Source 1, paragraph 2: "…"'. */
export function sourcing(e: EvidenceItem, numbers: Map<string, number>, open = '"', close = '"'): string | undefined {
  const cite = citation(e, numbers);
  const words = e.quote ? `${open}${e.quote}${close}` : undefined;
  if (cite && words) return `${cite}: ${words}`;
  return cite ?? (words ? `In the source: ${words}` : undefined);
}

/** Who makes a counterpoint: an actor's name, the free text given, or nobody named. */
export function counterpointAuthor(model: Model, c: Counterpoint): string | undefined {
  if (c.byActor) return model.actors.find((a) => a.id === c.byActor)?.name ?? c.byActor;
  return c.by;
}

export function actorName(model: Model, id: string): string {
  return model.actors.find((a) => a.id === id)?.name ?? id;
}

export function issueTitle(model: Model, id: string): string {
  return model.issues.find((i) => i.id === id)?.title ?? id;
}

/** "Government of Mexico on Military action inside Mexico (-- against)". */
export function positionLabel(model: Model, key: string): string {
  const p = model.positions.get(key);
  if (!p) return key;
  return `${actorName(model, p.actorId)} on ${issueTitle(model, p.issueId)} (${stanceMark(p.stance)})`;
}

/** Every evidence item of a position, its own and its counterpoints'. */
export function evidenceOf(p: Position): EvidenceItem[] {
  return [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)];
}
