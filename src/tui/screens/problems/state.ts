// The Problems screen's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** The problem chosen, and the first line shown. */
    problem: number;
    problemsTop: number;
  }
}

export const initial: Partial<ViewState> = { problem: 0, problemsTop: 0 };
