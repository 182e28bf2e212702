// The quiz's slice of the view state.
import type { ViewState } from '../../view-state.js';
import type { QuizState } from './quiz-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** The quiz: the answers so far and where the respondent is. */
    quiz?: QuizState;
  }
}

export const initial: Partial<ViewState> = {};
