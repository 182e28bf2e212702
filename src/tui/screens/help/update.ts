// Help scrolls its text.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Context, ViewState } from '../../view-state.js';
import { scroll } from '../moves.js';
import { helpBody, helpHeight } from './layout.js';

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  return scroll(state, cmd, 'helpTop', helpHeight(frameOf(state.size)));
}

export function settle(s: ViewState, _model: Model, frame: Frame): ViewState {
  return { ...s, helpTop: clampOffset(s.helpTop, helpHeight(frame), helpBody(frame.cols).length) };
}
