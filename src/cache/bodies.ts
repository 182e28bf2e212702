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
import type { Actor, Counterpoint, EvidenceItem, Location, Position } from '../model/types.js';

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'set', 'deleteProperty', 'defineProperty'] as const;

export type Bodies = Array<[EvidenceItem[], Counterpoint[]]>;

/**
 * Where a location is in the actor's own file, the entry holds no file name
 * (a quarter of its bytes, and some 200,000 strings to make at 1,000 actors):
 * reviving puts the actor's own string back.
 */
const OWN = '';

function bare<T extends Location | undefined>(loc: T, file: string): T {
  return loc?.file === file ? { ...loc, file: OWN } : loc;
}

/** The built actor without its positions' bodies, and the bodies: copies (the actor given stays whole), without its file's name. */
export function split(built: BuiltActor): { face: BuiltActor; bodies: Bodies } {
  const { actor } = built;
  const { file } = actor;
  const copies = new Map<Position, Position>(
    actor.positions.map((p) => [p, { ...p, loc: bare(p.loc, file), evidence: [], counterpoints: [] }]),
  );
  const positions = [...copies.values()];
  const face: BuiltActor = {
    ...built,
    actor: { ...actor, loc: bare(actor.loc, file), positions, byIssue: new Map(positions.map((p) => [p.issueId, p])) },
    refs: built.refs.map((r) => ({ ...r, from: copies.get(r.from) ?? r.from, loc: bare(r.loc, file) })),
  };
  const item = (e: EvidenceItem): EvidenceItem => {
    const copy = { ...e, loc: bare(e.loc, file) };
    if (e.quoteLoc) copy.quoteLoc = bare(e.quoteLoc, file);
    if (e.textLoc) copy.textLoc = bare(e.textLoc, file);
    return copy;
  };
  const bodies: Bodies = actor.positions.map((p) => [
    p.evidence.map(item),
    p.counterpoints.map((c) => ({ ...c, loc: bare(c.loc, file), evidence: c.evidence.map(item) })),
  ]);
  return { face, bodies };
}

function own(loc: Location | undefined, file: string): void {
  if (loc && (loc.file === OWN || loc.file === file)) loc.file = file;
}

/** Puts the actor's file name back into its locations (one string for all, as the load gives it). */
export function shareFace(actor: Actor): void {
  const { file } = actor;
  own(actor.loc, file);
  for (const p of actor.positions) own(p.loc, file);
}

/** As shareFace, and the locations of the actor's references too. */
export function shareBuilt(built: BuiltActor): void {
  shareFace(built.actor);
  for (const r of built.refs) own(r.loc, built.actor.file);
}

function shareFile(file: string, evidence: EvidenceItem[], counterpoints: Counterpoint[]): void {
  const items = (list: EvidenceItem[]) => {
    for (const e of list) {
      own(e.loc, file);
      own(e.quoteLoc, file);
      own(e.textLoc, file);
    }
  };
  items(evidence);
  for (const c of counterpoints) {
    own(c.loc, file);
    items(c.evidence);
  }
}

/** Puts the bodies back into a face's positions. */
export function attach(actor: Actor, bodies: Bodies): void {
  actor.positions.forEach((p, i) => {
    const [evidence, counterpoints] = bodies[i] ?? [[], []];
    p.evidence = evidence;
    p.counterpoints = counterpoints;
  });
  shareFile(
    actor.file,
    actor.positions.flatMap((p) => p.evidence),
    actor.positions.flatMap((p) => p.counterpoints),
  );
}

/**
 * Makes the actor's bodies revive from `bytes` (their serialisation) when
 * first used. Each position's lists are stand-ins until then: a proxy of the
 * list (empty), whose every use first revives the actor's bodies into the
 * lists themselves and puts the lists back on the positions, so a position
 * read later holds a plain array. (Accessors on the positions cost as much as
 * reviving: V8 turns each object so changed into a slow dictionary.)
 * When `bytes` are damaged, the positions have no evidence and `damaged` says so.
 */
export function attachLazily(actor: Actor, bytes: Uint8Array, damaged: () => void): void {
  const lists = actor.positions.map((p) => [p.evidence, p.counterpoints] as const);
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
    const sound =
      Array.isArray(bodies) && bodies.length === lists.length && bodies.every((b) => Array.isArray(b?.[0]) && Array.isArray(b[1]));
    if (!sound) damaged();
    actor.positions.forEach((p, i) => {
      const [evidence, counterpoints] = lists[i] as (typeof lists)[number];
      const body = sound ? bodies[i] : undefined;
      evidence.push(...(body?.[0] ?? []));
      counterpoints.push(...(body?.[1] ?? []));
      shareFile(actor.file, evidence, counterpoints);
      p.evidence = evidence;
      p.counterpoints = counterpoints;
    });
  };
  const first: ProxyHandler<object[]> = Object.fromEntries(
    TRAPS.map((trap) => [
      trap,
      (...args: unknown[]) => {
        revive();
        return (Reflect[trap] as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  );
  actor.positions.forEach((p, i) => {
    const [evidence, counterpoints] = lists[i] as (typeof lists)[number];
    p.evidence = new Proxy(evidence, first) as EvidenceItem[];
    p.counterpoints = new Proxy(counterpoints, first) as Counterpoint[];
  });
}
