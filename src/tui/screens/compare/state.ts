// Compare's slice of the view state.
import type { ViewState } from '../../view-state.js';

declare module '../../view-state.js' {
  interface ViewState {
    /** Compare view: the actor compared with `actorId`, and the first line shown. */
    compareWith?: string;
    compareTop: number;
  }
}

export const initial: Partial<ViewState> = { compareTop: 0 };
