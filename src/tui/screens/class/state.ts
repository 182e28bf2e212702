// The class view's slice of the view state.
import type { Answers } from '../../../debate/closeness.js';
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Class view: the respondents' answers when it opened, and the first line shown. */
    classOf?: { answers: readonly Answers[]; top: number };
  }
}

export const initial: Partial<ViewState> = {};
