// Search's commands: choose a match, edit the query, open the match (n / N
// jump between matches from the other screens: see jumpToMatch).

import { issueIndex, type SearchHits, search } from '../../../debate/reading.js';
import { sanitize } from '../../../model/sanitize.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { back, type Context, push, type ViewState } from '../../view-state.js';
import { goToItem } from '../moves.js';
import type { Laid } from '../screen.js';
import { hitsVisible, settleSearch } from './layout.js';

export function open(state: ViewState, _ctx: Context): ViewState {
  return { ...push(state, 'search'), query: '', hit: 0, hitsTop: 0 };
}

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const hits = search(ctx.model, state.query);
  switch (cmd) {
    case 'up':
      return { ...state, hit: Math.max(0, state.hit - 1) };
    case 'down':
      return { ...state, hit: further(hits, state.hit, 1) };
    case 'page-up':
      return { ...state, hit: Math.max(0, state.hit - hitsVisible(frameOf(state.size))) };
    case 'page-down':
      return { ...state, hit: further(hits, state.hit, hitsVisible(frameOf(state.size))) };
    case 'delete-char':
      return { ...state, query: [...state.query].slice(0, -1).join(''), hit: 0, hitsTop: 0 };
    case 'open': {
      const h = hits.at(state.hit);
      if (!h) return state;
      return goToItem({ ...back(state, ctx), lastQuery: state.query }, h.entry.issueId, h.entry.actorId, h.entry.itemId);
    }
    default:
      return state;
  }
}

/** The hit `by` after `hit`, or the last: only the hits up to it are found (the rest may still be being counted). */
function further(hits: SearchHits, hit: number, by: number): number {
  return Math.max(0, Math.min(hits.reach(hit + by + 1) - 1, hit + by));
}

export function settle(s: ViewState, model: Model, frame: Frame): Laid {
  const r = settleSearch(model, frame, s.query, s.hit, s.hitsTop);
  return { state: { ...s, hit: r.hit, hitsTop: r.top } };
}

/** Text typed into the query (control characters and all: sanitized here). */
export function typed(state: ViewState, text: string): ViewState {
  const clean = sanitize(text).replace(/\s/g, ' ');
  return clean ? { ...state, query: state.query + clean, hit: 0, hitsTop: 0 } : state;
}

/** n / N: the next (or previous) match of the last search, from wherever the reader is. */
export function jumpToMatch(state: ViewState, ctx: Context, d: 1 | -1): ViewState {
  const hits = search(ctx.model, state.lastQuery);
  if (hits.length === 0) return state;
  const at = hits.findIndex((h) => h.entry.itemId === state.itemId);
  let next: number;
  if (at >= 0) next = (at + d + hits.length) % hits.length;
  else {
    const here = issueIndex(ctx.model, state.issueId);
    const after = hits.findIndex((h) => issueIndex(ctx.model, h.entry.issueId) >= here);
    next = d > 0 ? Math.max(0, after) : (after <= 0 ? hits.length : after) - 1;
  }
  const h = hits.at(next);
  if (!h) return state;
  return goToItem(state, h.entry.issueId, h.entry.actorId, h.entry.itemId);
}
