// Presenter mode's slice of the view state.
import type { Timer } from '../../timer.js';
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Presenter mode: steps shown of the issue (0: only its question), and the first line shown (null: keep the current point in view). */
    presentStep: number;
    presentTop: number | null;
    /** The presenter's discussion timer; App dispatches 'tick' while it runs. */
    timer?: Timer;
    /** The issues whose class distribution the teacher has revealed (each is hidden until then). */
    classShown: readonly string[];
  }
}

export const initial: Partial<ViewState> = { presentStep: 0, presentTop: null, classShown: [] };
