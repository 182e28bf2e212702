// The framing lens: keep only one kind of evidence across the whole debate, so a
// class can read what is reported as fact apart from what is a source's framing.
// Pure: returns a new model and leaves the one it was given untouched.
import type { EvidenceKindT } from '../model/schema.js';
import { didYouMean } from '../model/suggest.js';
import { EVIDENCE_KINDS, KIND_MEANING } from '../model/terms.js';
import type { Actor, EvidenceItem, Model, Position } from '../model/types.js';

export type LensKind = EvidenceKindT;
export const LENS_KINDS: readonly LensKind[] = EVIDENCE_KINDS;

export type LensParse = { ok: true; kind: LensKind } | { ok: false; message: string };

export function parseLens(value: string): LensParse {
  const kind = LENS_KINDS.find((k) => k === value.trim().toLowerCase());
  if (kind) return { ok: true, kind };
  return {
    ok: false,
    message: `Unknown evidence kind "${value}" for --lens: use one of ${LENS_KINDS.join(', ')}.${didYouMean(value, LENS_KINDS)}`,
  };
}

export function applyLens(model: Model, kind: LensKind): Model {
  const keep = (list: readonly EvidenceItem[]) => list.filter((e) => e.kind === kind);
  const positions = new Map<string, Position>();
  const actors: Actor[] = model.actors.map((actor) => {
    const mine = actor.positions.map((p): Position => {
      const copy: Position = {
        ...p,
        evidence: keep(p.evidence),
        counterpoints: p.counterpoints.map((c) => ({ ...c, evidence: keep(c.evidence) })),
      };
      positions.set(copy.key, copy);
      return copy;
    });
    return { ...actor, positions: mine, byIssue: new Map(mine.map((p) => [p.issueId, p])) };
  });
  return { ...model, actors, positions };
}

export function kindKey(): string {
  return LENS_KINDS.map((k) => `${k} = ${KIND_MEANING[k]}`).join('; ');
}

/** How many evidence items of each kind the debate holds (positions and counterpoints). */
export function evidenceCounts(model: Model): Record<LensKind, number> {
  const counts = Object.fromEntries(LENS_KINDS.map((k) => [k, 0])) as Record<LensKind, number>;
  for (const p of model.positions.values()) {
    for (const e of p.evidence) counts[e.kind]++;
    for (const c of p.counterpoints) for (const e of c.evidence) counts[e.kind]++;
  }
  return counts;
}

/** One sentence saying what the lens hides, for the top of every export. */
export function lensNote(kind: LensKind, all: Record<LensKind, number>): string {
  const total = LENS_KINDS.reduce((n, k) => n + all[k], 0);
  return `Lens: only "${kind}" evidence is shown (${all[kind]} of ${total} items); claims and counterpoints are kept.`;
}
