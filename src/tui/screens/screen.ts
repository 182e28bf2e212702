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

/** A screen laid out for one frame: the state with its scroll offsets settled, and what was built to settle them. */
export interface Laid<L = unknown> {
  state: ViewState;
  /** Built once per frame and drawn from (none for screens that build only what is on screen). */
  layout?: L;
}

// biome-ignore lint/suspicious/noExplicitAny: each screen has its own layout; the registry holds them all
export interface ScreenDef<L = any> {
  /** The starting values of the screen's own fields of the view state (see its state.ts). */
  initial: Partial<ViewState>;
  /**
   * The key table's command of the screen's own name (p, /, a, P, c, ?):
   * opens the screen from wherever the reader is. Undefined when nothing
   * opens it that way (the matrix is the start, an issue and detail open with Enter).
   */
  open?(state: ViewState, ctx: Context): ViewState;
  /** A command from the key table, on this screen (the commands every screen shares are handled before). */
  update(state: ViewState, cmd: Command, ctx: Context): ViewState;
  /**
   * Lays the screen out for this frame and brings the focus into view. `last`
   * is the previous frame's layout, for the same model and window, to reuse
   * when it is of the same thing.
   */
  settle(state: ViewState, model: Model, frame: Frame, last?: L): Laid<L>;
  /** What the screen shows for a settled state, drawn from its layout. */
  lines(state: ViewState, layout: L | undefined, d: Drawing): Drawn;
  /** Text typed on this screen, for a screen that takes text (keys bound to commands are commands first). */
  type?(state: ViewState, text: string): ViewState;
  /** The footer's badge on this screen (default: the one given). */
  badge?(badge: Badge | undefined): Badge | undefined;
}
