// The issue view's slice of the view state (the focused item and step-through
// are shared: Detail, presenter mode and the lens use them too).
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Issue view: first actor column shown, and each column's scroll by actor id. */
    issueLeft: number;
    issueScroll: Record<string, number>;
  }
}

export const initial: Partial<ViewState> = { issueLeft: 0, issueScroll: {} };
