// The framing lens inside the TUI: the model the views and the reducer see is
// the loaded one with only one kind of evidence kept. Each (model, lens) pair is
// built once (lens.ts does the filtering), so the per-model caches of
// selectors and layouts work for lensed models too, and a key press never filters.
// Evidence keeps its unlensed number in item ids, so an id means the same
// evidence through every lens.

import type { Model, Position } from '../model/types.js';
import { applyLens, LENS_KINDS, type LensKind } from './lens.js';

export type Lens = LensKind | null;

const built = new WeakMap<Model, Map<LensKind, Model>>();
const baseOf = new WeakMap<Model, Model>();

/** The model as seen through `lens` (the model itself when there is none). */
export function lensedModel(model: Model, lens: Lens): Model {
  const base = baseOf.get(model) ?? model;
  if (lens === null) return base;
  let perLens = built.get(base);
  if (!perLens) built.set(base, (perLens = new Map()));
  let seen = perLens.get(lens);
  if (!seen) {
    seen = applyLens(base, lens);
    baseOf.set(seen, base);
    perLens.set(lens, seen);
  }
  return seen;
}

/** All → quote → fact → statistic → claim → interpretation → all (or back the other way). */
export function nextLens(lens: Lens, d: 1 | -1): Lens {
  const ring: Lens[] = [null, ...LENS_KINDS];
  return ring[(ring.indexOf(lens) + d + ring.length) % ring.length] ?? null;
}

export function lensLabel(lens: Lens): string | undefined {
  return lens === null ? undefined : `lens: ${lens}`;
}

/**
 * Where the `i`th evidence of `position` stands among its position's evidence
 * without a lens: item ids count evidence that way, so an id names the same
 * evidence whatever the lens hides.
 */
export function evidenceNumber(model: Model, position: Position, i: number): number {
  const base = baseOf.get(model);
  const e = position.evidence[i];
  if (!base || !e) return i;
  const n = base.positions.get(position.key)?.evidence.indexOf(e) ?? -1;
  return n < 0 ? i : n;
}
