// The actor view's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    actorTop: number;
  }
}

export const initial: Partial<ViewState> = { actorTop: 0 };
