// The framing lens inside the TUI: the model the views and the reducer see is
// the loaded one with only one kind of evidence kept. Each (model, lens) pair is
// built once (src/export/lens.ts does the filtering), so the per-model caches of
// selectors and layouts work for lensed models too, and a key press never filters.
import { applyLens, LENS_KINDS, type LensKind } from '../export/lens.js';
import type { Model } from '../model/types.js';
import { findItem, itemId } from './selectors.js';

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
 * The id an item has in another lens of the same model. Evidence ids count
 * the evidence shown, so they change with the lens; the evidence itself is
 * the same object in every lens. Undefined when the item is filtered out.
 */
export function translateItem(from: Model, to: Model, issueId: string | undefined, id: string | undefined): string | undefined {
  const found = findItem(from, issueId, id);
  if (!found) return undefined;
  const { item } = found;
  if (item.kind !== 'evidence' || !item.evidence) return findItem(to, issueId, item.id) ? item.id : undefined;
  const position = to.positions.get(item.position.key);
  const index = position ? position.evidence.indexOf(item.evidence) : -1;
  return position && index >= 0 ? itemId(position, 'evidence', index) : undefined;
}
