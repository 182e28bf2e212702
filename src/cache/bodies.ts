// An actor is stored in two parts: its face (names, positions with their
// stances and claims: what the first frame shows) and the bodies of its
// positions (evidence and counterpoints, most of its bytes). A remembered
// debate opens with the faces alone; each actor's bodies are revived the
// first time any of its positions' evidence or counterpoints is read (the
// search index, built behind the first frame, reads them all a slice at a
// time). Reviving a 1,000-actor debate whole before its first frame cost more
// than everything else the start does.
import { deserialize } from 'node:v8';
import type { BuiltActor } from '../model/loading.js';
import type { Actor, Counterpoint, EvidenceItem, Position } from '../model/types.js';

export type Bodies = Array<[EvidenceItem[], Counterpoint[]]>;

/** The built actor without its positions' bodies (a copy: the actor given stays whole), and the bodies. */
export function split(built: BuiltActor): { face: BuiltActor; bodies: Bodies } {
  const { actor } = built;
  const copies = new Map<Position, Position>(actor.positions.map((p) => [p, { ...p, evidence: [], counterpoints: [] }]));
  const positions = [...copies.values()];
  const face: BuiltActor = {
    ...built,
    actor: { ...actor, positions, byIssue: new Map(positions.map((p) => [p.issueId, p])) },
    refs: built.refs.map((r) => ({ ...r, from: copies.get(r.from) ?? r.from })),
  };
  return { face, bodies: actor.positions.map((p) => [p.evidence, p.counterpoints]) };
}

/** Puts the bodies back into a face's positions. */
export function attach(actor: Actor, bodies: Bodies): void {
  actor.positions.forEach((p, i) => {
    const [evidence, counterpoints] = bodies[i] ?? [[], []];
    for (const [key, value] of [
      ['evidence', evidence],
      ['counterpoints', counterpoints],
    ] as const)
      Object.defineProperty(p, key, { value, writable: true, enumerable: true, configurable: true });
  });
}

/** Makes the actor's bodies revive from `bytes` (their serialisation) when first read or written. */
export function attachLazily(actor: Actor, bytes: Uint8Array): void {
  let revived = false;
  const revive = () => {
    if (revived) return;
    revived = true;
    let bodies: Bodies = [];
    try {
      bodies = deserialize(bytes) as Bodies;
    } catch {
      // Damaged after the head was found sound: the positions show no evidence rather than fail.
    }
    attach(actor, Array.isArray(bodies) && bodies.length === actor.positions.length ? bodies : []);
  };
  for (const p of actor.positions)
    for (const key of ['evidence', 'counterpoints'] as const)
      Object.defineProperty(p, key, {
        get() {
          revive();
          return p[key];
        },
        set(value) {
          revive();
          (p as unknown as Record<string, unknown>)[key] = value;
        },
        enumerable: true,
        configurable: true,
      });
}
