// Where the slide sits in the window: its box, its height, and how its parts are fitted to it.
import type { Answers } from '../../../debate/closeness.js';
import type { Frame } from '../../layout/frame.js';
import type { Timer } from '../../timer.js';

/** The widest the text runs, so lines stay readable from the back of a room. */
const MEASURE = 100;

export interface Box {
  left: number;
  w: number;
}

export function boxOf(frame: Frame): Box {
  const w = Math.max(20, Math.min(MEASURE, frame.cols - 4));
  return { left: Math.max(1, Math.floor((frame.cols - w) / 2)), w };
}

/** Lines the slide may use: the body less the step line at the bottom. */
export function slideHeight(frame: Frame): number {
  return Math.max(1, frame.body - 1);
}

/** How a slide is fitted to the window; the same for every step of an issue, so nothing jumps. */
export interface Fit {
  /** Blank lines above the title. */
  padTop: number;
  /** Lines the board may take (0: no board). */
  boardMax: number;
  /** Lines of each revealed claim on the board. */
  claimLines: number;
}

/** Where the presenter is: the issue, how many of its steps are shown, the scroll, the timer. */
export interface PresenterFocus {
  issueId: string | undefined;
  /** Steps shown: 0 shows only the question. */
  step: number;
  /** First line shown; null keeps the current point in view. */
  top: number | null;
  timer?: Timer;
  /** The class's saved answers, when read: with any, each issue has a step showing them. */
  classAnswers?: readonly Answers[];
  /** The teacher has revealed how the class answered this issue. */
  classShown?: boolean;
}
