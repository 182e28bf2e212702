// A respondent's answers, as the quiz records them and responses/<name>.yaml
// stores them: data, so the model layer owns the shape; debate/closeness.ts
// computes with it.
import type { StanceT } from './schema.js';

/** How much an issue matters to the respondent: 0 not at all (not counted), 1 normal, 2 a lot. */
export type Weight = 0 | 1 | 2;
export const WEIGHTS: readonly Weight[] = [0, 1, 2];
export const DEFAULT_WEIGHT: Weight = 1;

export interface Answer {
  stance: StanceT;
  weight: Weight;
  note?: string;
}

/** Answers by issue id; an issue not in the map was skipped. */
export type Answers = ReadonlyMap<string, Answer>;
