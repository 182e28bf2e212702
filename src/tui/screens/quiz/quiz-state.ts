// The quiz's part of the view state: plain data, so the reducer stays pure.
import type { Answer, Weight } from '../../../debate/closeness.js';

/** ask: choosing a stance; shown: every actor's stance on the issue just answered; result: the closeness. */
export type QuizPhase = 'ask' | 'shown' | 'result';

export interface QuizState {
  /** The issue asked, by index in the debate's order. */
  at: number;
  phase: QuizPhase;
  /** The stance the cursor is on (index into STANCES). */
  choice: number;
  weight: Weight;
  /** Answers by issue id; a skipped issue has none. */
  answers: Record<string, Answer>;
  /** First line shown of the "shown" and "result" pages. */
  top: number;
  /** The name typed at the end (the name field), saved in the file; the file's name is made from it. */
  name?: string;
  /** Set once the answers are to be saved; the app writes the file and clears nothing (one save per quiz). */
  saveAsked?: boolean;
  /** Save as soon as the result is reached (`standpoint quiz --save NAME`). */
  autoSave?: boolean;
}

export function freshQuiz(autoSave?: boolean): QuizState {
  return { at: 0, phase: 'ask', choice: 0, weight: 1, answers: {}, top: 0, ...(autoSave ? { autoSave } : {}) };
}
