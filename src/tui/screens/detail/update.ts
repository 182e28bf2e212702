// Detail scrolls its text.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Context, ViewState } from '../../view-state.js';
import { scroll } from '../moves.js';
import { detailBody, detailHeight } from './layout.js';

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  return scroll(state, cmd, 'detailTop', detailHeight(frameOf(state.size)));
}

export function settle(s: ViewState, model: Model, frame: Frame): ViewState {
  const total = detailBody(model, s.issueId, s.itemId, frame.cols).length;
  return { ...s, detailTop: clampOffset(s.detailTop, detailHeight(frame), total) };
}
