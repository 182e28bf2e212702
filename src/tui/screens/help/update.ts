// Help scrolls its text.
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Line } from '../../lines.js';
import { back, type Context, push, type ViewState } from '../../view-state.js';
import { scroll } from '../moves.js';
import type { Laid } from '../screen.js';
import { helpBody, helpHeight } from './layout.js';

export function open(state: ViewState, ctx: Context): ViewState {
  return state.screen === 'help' ? back(state, ctx) : { ...push(state, 'help'), helpTop: 0 };
}

export function update(state: ViewState, cmd: Command, _ctx: Context): ViewState {
  return scroll(state, cmd, 'helpTop', helpHeight(frameOf(state.size)));
}

/** The help text at this width: the same from frame to frame. */
export function settle(s: ViewState, _model: Model, frame: Frame, last?: Line[]): Laid<Line[]> {
  const body = last ?? helpBody(frame.cols);
  return { state: { ...s, helpTop: clampOffset(s.helpTop, helpHeight(frame), body.length) }, layout: body };
}
