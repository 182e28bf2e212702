import type { Answers } from '../debate/closeness.js';
import type { LensKind } from '../debate/lens.js';
import type { Lens } from '../debate/lensed.js';
import type { Model } from '../model/types.js';
import type { Command, Screen } from './keys.js';
import type { Size } from './layout/frame.js';
import type { QuizState } from './screens/quiz/quiz-state.js';

/**
 * What every screen shares: where the reader is (screen, issue, actor, item,
 * step-through), the lens, and how to leave. Each screen adds its own fields
 * in screens/<name>/state.ts, with their starting values.
 */
export interface ViewState {
  size: Size;
  screen: Screen;
  /** Screens to go back to with Esc. */
  history: Screen[];
  issueId?: string;
  actorId?: string;
  /** The focused item of the issue view, and what Detail shows. Its id is the same through every lens. */
  itemId?: string;
  /** Step-through: how many items of the issue are shown; null shows all. */
  reveal: number | null;
  /** Set when the app should end, or go back to the list of debates. */
  exit?: 'quit' | 'pick';
  /** The framing lens: only this kind of evidence is shown anywhere (null: all). */
  lens: Lens;
  /** What the last lens change hid, to give it back on the next one. */
  lensMemo?: LensMemo;
  /** Blind mode (--blind): actors are "Actor A, B, C" until revealed (debate/blind.ts). */
  blind?: boolean;
  /**
   * The class's saved quiz answers (responses/), without names: what the class
   * view and the presenter's class step draw. Undefined until first read (they
   * are read only once one of those screens is opened).
   */
  classAnswers?: readonly Answers[];
}

/**
 * What a lens change hid, counted in the unlensed debate, so cycling on
 * through lenses (f f f) and back to all gives the focus and the revealed
 * points back. Valid while the state still shows what the change left.
 */
export interface LensMemo {
  issueId?: string;
  item?: { base: string; shown?: string };
  reveal?: { base: number; shown: number | null };
  step?: { base: number; shown: number };
}

export type Action =
  | { type: 'command'; command: Command }
  /** A key by name (see keys.ts): the command it is bound to on the current screen, or typed text in search. */
  | { type: 'key'; name: string; text: string }
  | { type: 'type'; text: string }
  | { type: 'resize'; cols: number; rows: number }
  /** The model in the context was replaced (e.g. reloaded): keep the cursor by id. */
  | { type: 'model' }
  /** Time passed (for the discussion timer). */
  | { type: 'tick'; ms: number }
  /** The class's answers were read, or changed on disk. */
  | { type: 'respondents'; answers: readonly Answers[] };

export interface Context {
  model: Model;
  /** There is a list of debates to go back to. */
  canPick?: boolean;
}

export interface InitialOptions {
  screen?: Screen;
  issueId?: string;
  actorId?: string;
  reveal?: number | null;
  lens?: LensKind | null;
  blind?: boolean;
  /** The quiz to start with (screen 'quiz'). */
  quiz?: QuizState;
}

export function push(state: ViewState, screen: Screen): ViewState {
  if (state.screen === screen) return state;
  return { ...state, screen, history: [...state.history, state.screen] };
}

export function back(state: ViewState, ctx: Context): ViewState {
  if (state.history.length === 0) return ctx.canPick ? { ...state, exit: 'pick' } : state;
  const history = state.history.slice(0, -1);
  return { ...state, screen: state.history[state.history.length - 1] as Screen, history };
}
