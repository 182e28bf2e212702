// The quiz's pages as lines: the question with the six stances to choose
// from; after an answer, where every actor stands with its claim and
// strongest evidence; at the end, who is closest, issue by issue with the
// reasons, and a note when one answer a step different would change that.
import { type Answer, type Closeness, closeness, counts, reasonText, strongestEvidence } from '../../../debate/closeness.js';
import { alignedStanceMark as stanceMark } from '../../../debate/stance.js';
import { STANCES } from '../../../model/terms.js';
import type { Model } from '../../../model/types.js';
import { plural } from '../../../text/measure.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { type Line, seg } from '../../lines.js';
import type { QuizState } from './quiz-state.js';

export const WEIGHT_WORDS = ['not at all (not counted)', 'normal', 'a lot'] as const;

export function answersMap(q: QuizState): Map<string, Answer> {
  return new Map(Object.entries(q.answers));
}

const quizClose = new WeakMap<QuizState['answers'], { model: Model; c: Closeness }>();

/** The closeness for the quiz's answers, computed once per set of answers. */
export function quizCloseness(model: Model, q: QuizState): Closeness {
  const hit = quizClose.get(q.answers);
  if (hit && hit.model === model) return hit.c;
  const c = closeness(model, answersMap(q));
  quizClose.set(q.answers, { model, c });
  return c;
}

function para(out: Line[], text: string, cols: number, indent: number, style: Parameters<typeof seg>[1] = {}) {
  for (const l of wrapCached(text, Math.max(10, cols - indent - 1))) out.push([seg(' '.repeat(indent)), seg(l, style)]);
}

export function askLines(model: Model, q: QuizState, cols: number): Line[] {
  const issue = model.issues[q.at];
  if (!issue) return [];
  const out: Line[] = [];
  out.push([seg(` Issue ${q.at + 1} of ${model.issues.length} · `), seg(issue.title, { bold: true })]);
  para(out, issue.question, cols, 1, { bold: true, role: 'heading' });
  out.push([]);
  out.push([seg(' Where do you stand?', { role: 'muted' })]);
  STANCES.forEach((s, i) => {
    const on = i === q.choice;
    out.push([
      seg(on ? ' ▸ ' : '   '),
      seg(stanceMark(s), { bold: on, inverse: on, role: stanceRole(s) }),
      seg(s === 'unclear' ? '  (not counted)' : '', { role: 'muted' }),
    ]);
  });
  out.push([]);
  out.push([seg(' How much it matters to you (w): '), seg(WEIGHT_WORDS[q.weight], { bold: true })]);
  out.push([seg(' Enter answers · s skips this issue', { role: 'muted' })]);
  return out;
}

export function shownLines(model: Model, q: QuizState, cols: number): Line[] {
  const issue = model.issues[q.at];
  if (!issue) return [];
  const out: Line[] = [];
  const answer = q.answers[issue.id];
  out.push([seg(` Issue ${q.at + 1} of ${model.issues.length} · `), seg(issue.title, { bold: true })]);
  para(out, issue.question, cols, 1, { role: 'muted' });
  out.push(
    answer
      ? [
          seg(' You: '),
          seg(stanceMark(answer.stance), { bold: true, role: stanceRole(answer.stance) }),
          seg(` · matters: ${WEIGHT_WORDS[answer.weight]}`, { role: 'muted' }),
        ]
      : [seg(' You skipped this issue: it does not count.', { role: 'muted' })],
  );
  out.push([]);
  for (const actor of model.actors) {
    const p = actor.byIssue.get(issue.id);
    const head: Line = [seg(' '), seg(actor.name, { bold: true, underline: true }), seg('  ')];
    if (!p) {
      out.push([...head, seg('no position', { role: 'muted' })]);
      out.push([]);
      continue;
    }
    out.push([...head, seg(stanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
    para(out, p.claim, cols, 3);
    const e = strongestEvidence(p);
    if (e) {
      const by = [e.speaker, e.source && model.sources.get(e.source)?.title].filter(Boolean).join(', ');
      para(out, `Evidence (${e.kind}): ${e.text}${by ? ` — ${by}` : ''}`, cols, 3, { role: 'muted' });
    }
    out.push([]);
  }
  out.push([seg(q.at + 1 < model.issues.length ? ' Enter: next issue' : ' Enter: see who is closest to you', { role: 'muted' })]);
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function resultLines(model: Model, q: QuizState, cols: number): Line[] {
  const c = quizCloseness(model, q);
  const out: Line[] = [];
  const answered = Object.keys(q.answers).length;
  out.push([
    seg(' Who is closest to you', { bold: true, role: 'heading' }),
    seg(` · ${plural(c.counted, 'issue')} counted of ${model.issues.length} (${answered} answered)`, { role: 'muted' }),
  ]);
  if (c.closest.length === 0) {
    para(out, 'No answer counts yet (skipped, unclear and "not at all" answers never count): take the quiz again with y.', cols, 1);
    return out;
  }
  const names = c.closest.map((a) => a.name).join(' and ');
  para(out, c.closest.length > 1 ? `Closest: ${names}, tied.` : `Closest: ${names}.`, cols, 1, { bold: true });
  if (c.fragile.length > 0) {
    const which = c.fragile.map((f) => `${f.issue.title} (as ${stanceMark(f.stance)})`).join('; ');
    para(out, `Fragile: one answer one step different would change who is closest — ${which}.`, cols, 1, { role: 'warning' });
  } else para(out, 'Not fragile: no single answer one step different changes who is closest.', cols, 1, { role: 'muted' });
  out.push([]);
  for (const r of c.ranking) {
    out.push([
      seg(' '),
      seg(r.actor.name, { bold: true, underline: true }),
      seg(`  ${pct(r.score)} close · same stance on ${r.same} of ${c.counted}, opposite sides on ${r.opposite}`),
    ]);
    for (const row of r.rows) {
      const theirs = row.position ? stanceMark(row.position.stance) : 'no position';
      para(out, `${row.issue.title}: you ${stanceMark(row.answer.stance)}, ${r.actor.short} ${theirs} → ${reasonText(row)}`, cols, 3, {
        role: row.reason === 'same' ? 'for' : row.reason === 'opposite' || row.reason === 'apart' ? 'against' : undefined,
      });
      if (row.position) para(out, `“${row.position.claim}”`, cols, 5, { role: 'muted' });
    }
    out.push([]);
  }
  const skipped = model.issues.filter((i) => !counts(q.answers[i.id]));
  if (skipped.length > 0) para(out, `Not counted: ${skipped.map((i) => i.title).join(', ')}.`, cols, 1, { role: 'muted' });
  out.push([
    seg(q.saveAsked ? ' y starts again · Esc goes back' : ' S saves your answers under your name · y starts again · Esc goes back', {
      role: 'muted',
    }),
  ]);
  return out;
}

export function quizBody(model: Model, q: QuizState, cols: number): Line[] {
  if (model.issues.length === 0) return [[seg(' This debate has no issues to answer.', { role: 'muted' })]];
  return q.phase === 'ask' ? askLines(model, q, cols) : q.phase === 'shown' ? shownLines(model, q, cols) : resultLines(model, q, cols);
}
