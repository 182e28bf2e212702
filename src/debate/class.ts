// The class as a whole: every respondent's answers together, issue by issue.
// Pure: the class command, its CSV and the class screen all read this.
import type { StanceT } from '../model/schema.js';
import { STANCES } from '../model/terms.js';
import type { Actor, Issue, Model } from '../model/types.js';
import { type Answers, closeness, counts, stepOf } from './closeness.js';

export interface IssueClass {
  issue: Issue;
  /** How many respondents chose each stance. */
  tally: Record<StanceT, number>;
  /** Respondents who skipped the issue. */
  skipped: number;
  /** The class's mean step (for +2 … against -2), weighted; undefined when no answer counts. */
  mean?: number;
  /** The actors nearest that mean (more than one on a tie). */
  closest: Actor[];
}

export interface ClassView {
  respondents: number;
  actors: readonly Actor[];
  issues: IssueClass[];
  /** For each actor, how many respondents have it among their closest. */
  closestCount: Array<{ actor: Actor; count: number }>;
}

export function classView(model: Model, all: readonly Answers[]): ClassView {
  const issues = model.issues.map((issue): IssueClass => {
    const tally = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<StanceT, number>;
    let skipped = 0;
    let sum = 0;
    let weight = 0;
    for (const answers of all) {
      const a = answers.get(issue.id);
      if (!a) {
        skipped++;
        continue;
      }
      tally[a.stance]++;
      if (counts(a)) {
        sum += (stepOf(a.stance) as number) * a.weight;
        weight += a.weight;
      }
    }
    const mean = weight > 0 ? sum / weight : undefined;
    let closest: Actor[] = [];
    if (mean !== undefined) {
      let best = Number.POSITIVE_INFINITY;
      for (const actor of model.actors) {
        const p = actor.byIssue.get(issue.id);
        const step = p && stepOf(p.stance);
        if (step === undefined) continue;
        const d = Math.abs(step - mean);
        if (d < best - 1e-9) {
          best = d;
          closest = [actor];
        } else if (Math.abs(d - best) < 1e-9) closest.push(actor);
      }
    }
    return { issue, tally, skipped, mean, closest };
  });
  const closestCount = model.actors.map((actor) => ({ actor, count: 0 }));
  for (const answers of all) {
    for (const a of closeness(model, answers).closest) {
      const entry = closestCount.find((e) => e.actor === a);
      if (entry) entry.count++;
    }
  }
  return { respondents: all.length, actors: model.actors, issues, closestCount };
}

/** The stance nearest a mean step, for saying where the class stands in words. */
export function stanceNear(mean: number): StanceT {
  const steps: Array<[number, StanceT]> = [
    [2, 'for'],
    [1, 'leans-for'],
    [0, 'mixed'],
    [-1, 'leans-against'],
    [-2, 'against'],
  ];
  let best = steps[0] as [number, StanceT];
  for (const s of steps) if (Math.abs(s[0] - mean) < Math.abs(best[0] - mean)) best = s;
  return best[1];
}
