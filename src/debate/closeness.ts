// How close a respondent (a student taking the quiz) is to each actor, issue by
// issue, with the reasons. A pure function of the model and the answers: the
// quiz screen, `standpoint quiz` and the class view all read it.
//
// Each counted issue scores 1 for the same stance, less per step apart on the
// five clear steps (for … against), 0 at opposite ends; an actor that is
// silent or unclear on it scores 0 there, since it offers the student nothing
// to agree with. The total is weighted by how much the issue matters to the
// student. Skipped issues, "unclear" answers and weight 0 never count.

import { type Answer, type Answers, DEFAULT_WEIGHT, WEIGHTS, type Weight } from '../model/respondent-answers.js';
import type { StanceT } from '../model/schema.js';
import type { Actor, EvidenceItem, Issue, Model, Position } from '../model/types.js';
import { agreementOf } from './agreement.js';

export { type Answer, type Answers, DEFAULT_WEIGHT, WEIGHTS, type Weight };

/** The clear stances as steps on one axis (unclear has none). */
const STEP: Partial<Record<StanceT, number>> = { for: 2, 'leans-for': 1, mixed: 0, 'leans-against': -1, against: -2 };
const STEP_STANCE: Record<number, StanceT> = { 2: 'for', 1: 'leans-for', 0: 'mixed', '-1': 'leans-against', '-2': 'against' };
const MAX_STEPS = 4;

export function stepOf(stance: StanceT): number | undefined {
  return STEP[stance];
}

/** Does this answer count at all? */
export function counts(a: Answer | undefined): a is Answer {
  return a !== undefined && a.weight > 0 && stepOf(a.stance) !== undefined;
}

export type Reason = 'same' | 'close' | 'apart' | 'opposite' | 'silent' | 'unclear';

export interface IssueCloseness {
  issue: Issue;
  answer: Answer;
  position?: Position;
  /** Steps apart on the scale (undefined when the actor is silent or unclear). */
  steps?: number;
  /** 0 to 1 for this issue, before weighting. */
  score: number;
  reason: Reason;
}

export interface ActorCloseness {
  actor: Actor;
  /** 0 to 1: weighted mean over the counted issues. */
  score: number;
  /** The counted issues, in issue order. */
  rows: IssueCloseness[];
  same: number;
  opposite: number;
}

export interface Closeness {
  /** Every actor, closest first (ties in the debate's actor order). */
  ranking: ActorCloseness[];
  /** The closest actors (more than one on a tie); empty when no answer counts. */
  closest: Actor[];
  /** How many issues count. */
  counted: number;
  /** Answers that, one step different, would change who is closest. */
  fragile: Array<{ issue: Issue; stance: StanceT }>;
}

function reasonOf(answer: Answer, p: Position | undefined): { reason: Reason; steps?: number; score: number } {
  if (!p) return { reason: 'silent', score: 0 };
  const a = stepOf(answer.stance);
  const b = stepOf(p.stance);
  if (a === undefined || b === undefined) return { reason: 'unclear', score: 0 };
  const steps = Math.abs(a - b);
  const score = 1 - steps / MAX_STEPS;
  if (steps === 0) return { reason: 'same', steps, score };
  // The agreement of issue 20 decides the word: same side is "close", opposite sides "opposite".
  const agreement = agreementOf({ ...p, stance: answer.stance }, p);
  if (agreement === 'disagree') return { reason: steps === MAX_STEPS ? 'opposite' : 'apart', steps, score };
  return { reason: 'close', steps, score };
}

function rank(model: Model, answers: Answers): Omit<Closeness, 'fragile'> {
  const issues = model.issues.filter((i) => counts(answers.get(i.id)));
  const total = issues.reduce((s, i) => s + (answers.get(i.id) as Answer).weight, 0);
  const ranking = model.actors.map((actor): ActorCloseness => {
    let sum = 0;
    let same = 0;
    let opposite = 0;
    const rows = issues.map((issue): IssueCloseness => {
      const answer = answers.get(issue.id) as Answer;
      const position = actor.byIssue.get(issue.id);
      const r = reasonOf(answer, position);
      sum += r.score * answer.weight;
      if (r.reason === 'same') same++;
      if (r.reason === 'opposite' || r.reason === 'apart') opposite++;
      return { issue, answer, position, ...r };
    });
    return { actor, score: total > 0 ? sum / total : 0, rows, same, opposite };
  });
  const order = ranking.map((r, i) => ({ r, i })).sort((x, y) => y.r.score - x.r.score || x.i - y.i);
  const sorted = order.map((o) => o.r);
  const best = sorted[0]?.score ?? 0;
  const closest = total > 0 ? sorted.filter((r) => Math.abs(r.score - best) < 1e-9).map((r) => r.actor) : [];
  return { ranking: sorted, closest, counted: issues.length };
}

const sameSet = (a: readonly Actor[], b: readonly Actor[]) => a.length === b.length && a.every((x) => b.includes(x));

export function closeness(model: Model, answers: Answers): Closeness {
  const base = rank(model, answers);
  const fragile: Closeness['fragile'] = [];
  if (base.closest.length > 0) {
    for (const issue of model.issues) {
      const answer = answers.get(issue.id);
      if (!counts(answer)) continue;
      const step = stepOf(answer.stance) as number;
      for (const d of [-1, 1]) {
        const other = STEP_STANCE[step + d];
        if (!other) continue;
        const changed = new Map(answers);
        changed.set(issue.id, { ...answer, stance: other });
        if (!sameSet(rank(model, changed).closest, base.closest)) {
          fragile.push({ issue, stance: other });
          break;
        }
      }
    }
  }
  return { ...base, fragile };
}

/**
 * The evidence shown with an actor's position in the quiz: the first quote
 * with a source, else the first item with a source, else the first item.
 * Simple on purpose: a sourced item is one a student can check.
 */
export function strongestEvidence(p: Position): EvidenceItem | undefined {
  return p.evidence.find((e) => e.kind === 'quote' && e.source) ?? p.evidence.find((e) => e.source) ?? p.evidence[0];
}

export const REASON_WORDS: Record<Reason, string> = {
  same: 'same stance',
  close: 'same side, a step apart',
  apart: 'opposite sides',
  opposite: 'opposite ends',
  silent: 'no position',
  unclear: 'its stance is unclear',
};

export function reasonText(row: IssueCloseness): string {
  if (row.reason === 'close' && row.steps && row.steps > 1) return `${row.steps} steps apart`;
  return REASON_WORDS[row.reason];
}
