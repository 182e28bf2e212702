// What a screen is to the rest of the TUI: its commands, how it keeps the
// focus in view, and what it draws. screens/registry.ts lists them.
import type { Model } from '../../model/types.js';
import type { Badge } from '../components/Footer.js';
import type { Command } from '../keys.js';
import type { Frame } from '../layout/frame.js';
import type { Line } from '../lines.js';
import type { Context, ViewState } from '../view-state.js';

/** A screen's body, and where the header says the reader is. */
export interface Drawn {
  lines: readonly Line[];
  where: string;
}

/** What a view is drawn from besides the state. */
export interface Drawing {
  model: Model;
  frame: Frame;
  /** File texts from loading, for code frames on the Problems screen. */
  texts?: ReadonlyMap<string, string>;
}

export interface ScreenDef {
  /** A command from the key table, on this screen (the commands every screen shares are handled before). */
  update(state: ViewState, cmd: Command, ctx: Context): ViewState;
  /** The state with this screen's scroll offsets brought to the focus, for this frame. */
  settle(state: ViewState, model: Model, frame: Frame): ViewState;
  /** What the screen shows for a settled state. */
  lines(state: ViewState, d: Drawing): Drawn;
  /** The footer's badge on this screen (default: the one given). */
  badge?(badge: Badge | undefined): Badge | undefined;
}
