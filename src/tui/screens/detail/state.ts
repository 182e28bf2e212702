// Detail's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    detailTop: number;
  }
}

export const initial: Partial<ViewState> = { detailTop: 0 };
