// The class view's slice of the view state (its answers are the shared `classAnswers`).
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Class view: the first line shown. */
    classOf?: { top: number };
  }
}

export const initial: Partial<ViewState> = {};
