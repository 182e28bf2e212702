// Detail scrolls its text.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Line } from '../../lines.js';
import type { Context, ViewState } from '../../view-state.js';
import { scroll } from '../moves.js';
import type { Laid } from '../screen.js';
import { detailBody, detailHeight } from './layout.js';

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  return scroll(state, cmd, 'detailTop', detailHeight(frameOf(state.size)));
}

/** The item's text, laid out once: the same from frame to frame while the item is. */
export interface DetailLayout {
  itemId?: string;
  body: Line[];
}

export function settle(s: ViewState, model: Model, frame: Frame, last?: DetailLayout): Laid<DetailLayout> {
  const layout = last && last.itemId === s.itemId ? last : { itemId: s.itemId, body: detailBody(model, s.issueId, s.itemId, frame.cols) };
  return { state: { ...s, detailTop: clampOffset(s.detailTop, detailHeight(frame), layout.body.length) }, layout };
}
