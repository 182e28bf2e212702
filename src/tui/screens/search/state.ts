// Search's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** The search being typed, the chosen match, and the last search run (for n / N). */
    query: string;
    hit: number;
    hitsTop: number;
    lastQuery: string;
  }
}

export const initial: Partial<ViewState> = { query: '', hit: 0, hitsTop: 0, lastQuery: '' };
