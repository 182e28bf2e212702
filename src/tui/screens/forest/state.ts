// The forest screen's slice of the view state: which section is shown, the
// cursor and scroll of the agreement map, and the entry chosen in the lists.
import type { ViewState } from '../../view-state.js';

export const TABS = ['map', 'issues', 'drops', 'audit'] as const;
export type ForestTab = (typeof TABS)[number];

declare module '../../view-state.js' {
  interface ViewState {
    forestTab: ForestTab;
    /** Agreement map: the cell (row actor, column actor, by index) and the first row and column shown. */
    mapRow: number;
    mapCol: number;
    mapTop: number;
    mapLeft: number;
    /** Issues, drops and audit: the entry chosen, and the first line shown. */
    forestPick: number;
    forestTop: number;
  }
}

export const initial: Partial<ViewState> = { forestTab: 'map', mapRow: 0, mapCol: 1, mapTop: 0, mapLeft: 0, forestPick: 0, forestTop: 0 };
