// The card of the current point: a claim, evidence, a counterpoint, an answer, a prompt, a crux or the class.
import { actorIndex, issueIndex } from '../../../debate/reading.js';
import { alignedStanceMark } from '../../../debate/stance.js';
import { KIND_MEANING } from '../../../model/terms.js';
import type { Model } from '../../../model/types.js';
import { plural, width } from '../../../text/measure.js';
import { keyFor } from '../../keys.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { type Line, seg } from '../../lines.js';
import { issueDistribution } from '../class/layout.js';
import { sourceRef } from '../issue/layout.js';
import type { Step } from './steps.js';

/** The current point, whole: what it is and whose, then its text. `classShown`: the class's answers are revealed. */
export function card(model: Model, step: Step, w: number, classShown?: boolean): Line[] {
  const out: Line[] = [];
  const text = (t: string, style: Parameters<typeof seg>[1] = {}) => {
    for (const l of wrapCached(t, w)) out.push([seg(l, style)]);
  };
  const name = (id: string | undefined) => model.actors[actorIndex(model, id)]?.name ?? id ?? '';
  const head = (label: string, rest: string) => {
    const lead = width(label) + 2;
    const more = rest ? wrapCached(rest, Math.max(8, w - lead)) : [];
    out.push([seg(label, { bold: true, role: 'heading' }), seg(more[0] ? `  ${more[0]}` : '', { bold: true })]);
    for (const l of more.slice(1)) out.push([seg(' '.repeat(lead)), seg(l, { bold: true })]);
    out.push([]);
  };
  if (step.kind === 'class') {
    const answers = plural(step.respondents, 'answer');
    head('The class', `${answers} · names not shown`);
    if (!classShown) {
      text(`${answers} — press ${keyFor('reveal-class', 'present')} to reveal`, { bold: true });
      return out;
    }
    const most = Math.max(...Object.values(step.issue.tally));
    out.push(...issueDistribution(model, step.issue, w, most));
    return out;
  }
  if (step.kind === 'crux') {
    head('Allies split here', '');
    text(`${step.text}.`, { bold: true });
    return out;
  }
  if (step.kind === 'prompt') {
    const which = step.of > 1 ? `${step.n} of ${step.of}` : '';
    head('Discuss', step.whole ? ['the whole debate', which].filter(Boolean).join(' · ') : which);
    text(step.text, { bold: true });
    return out;
  }
  const { item } = step;
  const p = item.position;
  if (item.kind === 'claim') {
    head('Claim', name(item.actorId));
    out.push([seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
    text(p.claim);
    if (p.respondsTo.length > 0) {
      const names = [...new Set(p.respondsTo.map((key) => name(model.positions.get(key)?.actorId)))];
      out.push([]);
      text(`This answers ${names.join(', ')}.`, { role: 'muted' });
    }
  } else if (item.kind === 'evidence' && item.evidence) {
    const e = item.evidence;
    head('Evidence', `${e.kind} · ${KIND_MEANING[e.kind]}`);
    text(e.kind === 'quote' ? `“${e.text}”` : e.text);
    const from = [e.speaker ? `— ${e.speaker}` : '', sourceRef(e.source, e.locator)].filter(Boolean).join(' · ');
    if (from) text(from, { role: 'muted' });
    out.push([]);
    text(`backs the claim of ${name(item.actorId)} (${alignedStanceMark(p.stance)})`, { role: 'muted' });
  } else if (item.kind === 'counterpoint' && item.counterpoint) {
    const c = item.counterpoint;
    const by = c.byActor ? name(c.byActor) : c.by;
    head('Counterpoint', `against ${name(item.actorId)}${by ? `, by ${by}` : ''}`);
    text(c.text);
    for (const e of c.evidence) text(`${e.kind}: ${e.kind === 'quote' ? `“${e.text}”` : e.text}`, { role: 'muted' });
  } else if (item.kind === 'response' && item.response) {
    const r = item.response;
    head('Answer', `${name(r.actorId)} answers ${name(item.actorId)}`);
    out.push([seg(alignedStanceMark(r.stance), { bold: true, role: stanceRole(r.stance) })]);
    if (r.issueId !== item.issueId) text(`on ${model.issues[issueIndex(model, r.issueId)]?.title ?? r.issueId}`, { role: 'muted' });
    text(r.claim);
  }
  return out;
}
