// The matrix's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Matrix: first issue row shown (first line when stacked), first actor column shown. */
    matrixTop: number;
    matrixLeft: number;
  }
}

export const initial: Partial<ViewState> = { matrixTop: 0, matrixLeft: 0 };
