// Changing the lens (f / F). Item ids are the same through every lens, so the
// focus stays where it is when the new lens still shows it, else it goes to
// its position's claim. Revealed counts are counted in the unlensed reading
// order in between, so what was revealed stays revealed; the memo gives back
// what one lens hid when a later one shows it again.
import { lensedModel, nextLens } from '../debate/lensed.js';
import { issueData, itemId } from '../debate/reading.js';
import type { Context, LensMemo, ViewState } from './view-state.js';

export function changeLens(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const base = lensedModel(ctx.model, null);
  const lens = nextLens(state.lens, d);
  const next: ViewState = { ...state, lens };
  const id = state.issueId;
  const memo = state.lensMemo?.issueId === id ? state.lensMemo : undefined;
  const fromData = id ? issueData(ctx.model, id) : undefined;
  const baseData = id ? issueData(base, id) : undefined;
  const toData = id ? issueData(lensedModel(base, lens), id) : undefined;
  if (!id || !fromData || !baseData || !toData) return next;

  const wanted = memo?.item && memo.item.shown === state.itemId ? memo.item.base : state.itemId;
  const found = wanted ? baseData.byId.get(wanted) : undefined;
  if (found) next.itemId = toData.byId.has(found.item.id) ? found.item.id : itemId(found.item.position, 'claim', 0);

  // A count of revealed points, in the unlensed reading order: everything up to the last one shown.
  const reading = (itemId: string) => baseData.byId.get(itemId)?.item.reading;
  const toBase = (n: number) => {
    if (n >= fromData.order.length) return baseData.order.length + (n - fromData.order.length);
    const last = fromData.order[n - 1];
    return last ? (reading(last.id) ?? -1) + 1 : 0;
  };
  const fromBase = (b: number) => {
    if (b >= baseData.order.length) return toData.order.length + (b - baseData.order.length);
    return toData.order.filter((item) => (reading(item.id) ?? b) < b).length;
  };
  const memoOut: LensMemo = { issueId: id, item: found ? { base: found.item.id, shown: next.itemId } : undefined };
  if (state.reveal !== null) {
    const b = memo?.reveal && memo.reveal.shown === state.reveal ? memo.reveal.base : toBase(state.reveal);
    next.reveal = Math.min(fromBase(b), toData.order.length);
    memoOut.reveal = { base: b, shown: next.reveal };
  }
  const b = memo?.step && memo.step.shown === state.presentStep ? memo.step.base : toBase(state.presentStep);
  next.presentStep = fromBase(b);
  memoOut.step = { base: b, shown: next.presentStep };
  next.lensMemo = memoOut;
  return next;
}
