// The class view as lines, for the screen and for `standpoint class`: per
// issue, how many chose each stance as a bar of █ with its count (never
// colour alone), every actor on the same scale, where the class stands on
// average and which actor is nearest. With a round before, each count says
// what it was and the line under the bars says how the class moved.
import { type ClassView, classView, type IssueClass, stanceNear } from '../../../debate/class.js';
import type { Answers } from '../../../debate/closeness.js';
import { alignedStanceMark as stanceMark } from '../../../debate/stance.js';
import { STANCES } from '../../../model/terms.js';
import type { Model } from '../../../model/types.js';
import { plural, truncate } from '../../../text/measure.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { type Line, seg } from '../../lines.js';

const LABEL = 17;

const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;

/** The class screen's body: the answers read so far, or a word that they are being read. */
export function classLines(model: Model, answers: readonly Answers[] | undefined, cols: number): Line[] {
  if (answers === undefined)
    return [[seg(' The class', { bold: true, role: 'heading' }), seg(' · reading the answers in responses/…', { role: 'muted' })]];
  return classBody(model, classView(model, answers), cols);
}

export function classBody(model: Model, view: ClassView, cols: number, before?: ClassView): Line[] {
  const out: Line[] = [];
  const head = before
    ? `${plural(view.respondents, 'answer')} after, ${before.respondents} before · names not shown`
    : `${plural(view.respondents, 'respondent')} · names not shown`;
  out.push([seg(' The class', { bold: true, role: 'heading' }), seg(` · ${head}`, { role: 'muted' })]);
  if (view.respondents === 0) {
    for (const l of wrapCached(
      'No answers yet: students take the quiz (standpoint quiz, or y) and save with S; the files go to responses/ in the debate folder.',
      cols - 2,
    ))
      out.push([seg(' '), seg(l, { role: 'muted' })]);
    return out;
  }
  const most = Math.max(
    1,
    ...view.issues.flatMap((i) => STANCES.map((s) => i.tally[s])),
    ...(before?.issues.flatMap((i) => STANCES.map((s) => i.tally[s])) ?? [1]),
  );
  view.issues.forEach((ic, n) => {
    const was = before?.issues.find((b) => b.issue.id === ic.issue.id);
    out.push([]);
    out.push([seg(` ${n + 1}. `), seg(ic.issue.title, { bold: true })]);
    for (const l of wrapCached(ic.issue.question, cols - 4)) out.push([seg('    '), seg(l, { role: 'muted' })]);
    out.push(...issueDistribution(model, ic, cols, most, was));
  });
  out.push([]);
  out.push([seg(' Closest actor for each respondent', { bold: true, role: 'heading' })]);
  for (const { actor, count } of [...view.closestCount].sort((a, b) => b.count - a.count)) {
    const then = before ? ` (was ${before.closestCount.find((c) => c.actor.id === actor.id)?.count ?? 0})` : '';
    out.push([seg(`    ${truncate(actor.name, LABEL + 8).padEnd(LABEL + 8)} `), seg(`${count}${then}`, { bold: true })]);
  }
  for (const l of wrapCached('◆ marks where each actor stands; a respondent tied between actors counts for each.', cols - 4))
    out.push([seg('    '), seg(l, { role: 'muted' })]);
  return out;
}

/**
 * One issue's distribution: a bar and a count per stance, the actors who take
 * it, who skipped, and where the class stands on average. `most` is the count
 * a full bar stands for; `was`, the same issue in a round before.
 */
export function issueDistribution(model: Model, ic: IssueClass, cols: number, most: number, was?: IssueClass): Line[] {
  const out: Line[] = [];
  const namesW = Math.max(8, Math.floor(cols / 3));
  const barW = Math.max(4, Math.min(30, cols - LABEL - 3 - (was ? 14 : 5) - namesW));
  for (const s of STANCES) {
    const count = ic.tally[s];
    const bar = '█'.repeat(Math.round((count / Math.max(1, most)) * barW));
    const then = was ? ` (was ${was.tally[s]})` : '';
    const actors = model.actors.filter((a) => a.byIssue.get(ic.issue.id)?.stance === s).map((a) => a.short);
    const label = `    ${stanceMark(s)}`.padEnd(LABEL + 4);
    out.push([
      seg(label, { role: stanceRole(s) }),
      seg(bar.padEnd(barW), { role: stanceRole(s) }),
      seg(` ${String(count).padStart(2)}${then}`.padEnd(was ? 14 : 4)),
      seg(actors.length ? ` ◆ ${truncate(actors.join(', '), namesW)}` : '', { bold: true }),
    ]);
  }
  if (ic.skipped) out.push([seg(`    skipped: ${ic.skipped}`, { role: 'muted' })]);
  const where =
    ic.mean === undefined
      ? 'No answer counts here.'
      : `Class on average: ${stanceMark(stanceNear(ic.mean))} (${signed(ic.mean)})${was?.mean !== undefined ? `, was ${stanceMark(stanceNear(was.mean))} (${signed(was.mean)})` : ''} · nearest actor: ${ic.closest.map((a) => a.short).join(', ') || 'none with a clear stance'}`;
  for (const l of wrapCached(where, cols - 4)) out.push([seg('    '), seg(l)]);
  return out;
}
