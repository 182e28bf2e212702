// Help's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    helpTop: number;
  }
}

export const initial: Partial<ViewState> = { helpTop: 0 };
