// A comparison of two actors as plain text: a tally, then issue by issue the
// verdict and both claims in two columns.

import { type Agreement, type Comparison, tally } from '../debate/compare.js';
import { stanceMark } from '../debate/stance.js';
import type { Actor, Position } from '../model/types.js';
import { block, hang, wrapLines } from '../text/blocks.js';
import { fitWidth } from '../text/measure.js';

const VERDICT: Record<Agreement, string> = {
  agree: 'agree',
  partial: 'partly agree',
  disagree: 'disagree',
  unclear: 'unclear',
  silent: 'one is silent',
};

export function renderComparePlain(c: Comparison, width: number): string {
  const w = Math.max(30, width);
  const out = [...block(0, `${c.a.name} (${c.a.short}) compared with ${c.b.name} (${c.b.short})`, w), ...block(0, tally(c), w)];
  const col = Math.floor((w - 6) / 2);
  const issueOf = (key: string, actor: Actor) => {
    const p = actor.positions.find((x) => x.key === key);
    return p ? (c.rows.find((r) => r.issue.id === p.issueId)?.issue.title ?? p.issueId) : key;
  };
  c.rows.forEach((row, i) => {
    out.push('', ...hang(0, `${i + 1}. ${row.issue.title}: `, VERDICT[row.agreement], w));
    out.push(...hang(3, 'Question: ', row.issue.question, w));
    const left = side(c.a, row.a, col);
    const right = side(c.b, row.b, col);
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      out.push(`   ${fitWidth(left[k] ?? '', col)} | ${right[k] ?? ''}`.trimEnd());
    }
    for (const key of row.aAnswersB) out.push(...block(3, `Here ${c.a.short} answers ${c.b.short} on ${issueOf(key, c.b)}.`, w));
    for (const key of row.bAnswersA) out.push(...block(3, `Here ${c.b.short} answers ${c.a.short} on ${issueOf(key, c.a)}.`, w));
  });
  return `${out.join('\n')}\n`;
}

function side(actor: Actor, p: Position | undefined, col: number): string[] {
  const head = wrapLines(`${actor.short}: ${p ? stanceMark(p.stance) : 'no position'}`, col);
  return p ? [...head, ...wrapLines(p.claim, col)] : head;
}

/** The comparison as data for scripts (the same verdicts the text shows). */
export function compareToJson(c: Comparison) {
  const pos = (p: Position | undefined) => (p ? { key: p.key, stance: p.stance, claim: p.claim } : null);
  return {
    formatVersion: 1,
    a: { id: c.a.id, name: c.a.name, short: c.a.short },
    b: { id: c.b.id, name: c.b.name, short: c.b.short },
    counts: c.counts,
    issues: c.rows.map((r) => ({
      issue: r.issue.id,
      title: r.issue.title,
      agreement: r.agreement,
      a: pos(r.a),
      b: pos(r.b),
      aAnswersB: r.aAnswersB,
      bAnswersA: r.bAnswersA,
    })),
  };
}
