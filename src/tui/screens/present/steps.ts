// The steps of an issue in presenter mode: its items in the issue view's
// reading order, then how the class answered (when answers are saved), then
// its discussion prompts, then its crux if it is one.

import { type ClassView, classView, type IssueClass } from '../../../debate/class.js';
import type { Answers } from '../../../debate/closeness.js';
import { findCruxes } from '../../../debate/cruxes.js';
import { type Item, issueData, issueIndex } from '../../../debate/reading.js';
import type { Model } from '../../../model/types.js';

export type Step =
  | { kind: 'item'; item: Item }
  | {
      kind: 'prompt';
      text: string;
      /** Which of the issue's prompts, from 1, and how many there are. */
      n: number;
      of: number;
      /** A prompt about the debate as a whole, shown after the last issue's own. */
      whole: boolean;
    }
  /** The issue is a crux: actors who agree on most others split on it (src/debate/cruxes.ts). */
  | { kind: 'crux'; text: string }
  /** How the class answered the issue in the quiz (responses/), shown once the teacher reveals it. */
  | { kind: 'class'; issue: IssueClass; respondents: number };

const stepsCache = new WeakMap<Model, Map<string, Step[]>>();

const classCache = new WeakMap<Model, WeakMap<readonly Answers[], { view: ClassView; steps: Map<string, Step[]> }>>();

/**
 * Every step of an issue in presenter mode: its items in reading order, then
 * the class's answers when there are any, then its discussion prompts.
 */
export function presenterSteps(model: Model, issueId: string | undefined, answers?: readonly Answers[]): Step[] {
  const steps = debateSteps(model, issueId);
  if (!answers || answers.length === 0 || issueId === undefined) return steps;
  let perModel = classCache.get(model);
  if (!perModel) classCache.set(model, (perModel = new WeakMap()));
  let perAnswers = perModel.get(answers);
  if (!perAnswers) perModel.set(answers, (perAnswers = { view: classView(model, answers), steps: new Map() }));
  let withClass = perAnswers.steps.get(issueId);
  if (withClass) return withClass;
  const issue = perAnswers.view.issues.find((c) => c.issue.id === issueId);
  if (!issue) return steps;
  const at = steps.findIndex((s) => s.kind !== 'item');
  const cut = at < 0 ? steps.length : at;
  withClass = [...steps.slice(0, cut), { kind: 'class', issue, respondents: answers.length }, ...steps.slice(cut)];
  perAnswers.steps.set(issueId, withClass);
  return withClass;
}

function debateSteps(model: Model, issueId: string | undefined): Step[] {
  if (issueId === undefined) return [];
  let perModel = stepsCache.get(model);
  if (!perModel) stepsCache.set(model, (perModel = new Map()));
  let steps = perModel.get(issueId);
  if (steps) return steps;
  const data = issueData(model, issueId);
  if (!data) return [];
  steps = data.order.map((item): Step => ({ kind: 'item', item }));
  const own = data.issue.prompts;
  own.forEach((text, i) => {
    (steps as Step[]).push({ kind: 'prompt', text, n: i + 1, of: own.length, whole: false });
  });
  const crux = findCruxes(model).find((c) => c.issue.id === issueId);
  if (crux) steps.push({ kind: 'crux', text: crux.reason });
  // The debate's own prompts close the lesson, after the last issue.
  if (issueIndex(model, issueId) === model.issues.length - 1) {
    model.prompts.forEach((text, i) => {
      (steps as Step[]).push({ kind: 'prompt', text, n: i + 1, of: model.prompts.length, whole: true });
    });
  }
  perModel.set(issueId, steps);
  return steps;
}
