// The actor view: one actor's positions on every issue, one block per issue.

import { alignedStanceMark } from '../../../debate/stance.js';
import type { Actor, Model } from '../../../model/types.js';
import { continued, plural } from '../../../text/measure.js';
import { type Frame, keepVisible } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, markFocus, seg } from '../../lines.js';
import { FOCUS } from '../../theme.js';

const CLAIM_LINES = 3;

export interface ActorBlocks {
  lines: Line[];
  /** Line range of each issue's block, in issue order. */
  blocks: Array<{ top: number; end: number }>;
}

export function actorHead(actor: Actor, frame: Frame): Line[] {
  const head: Line[] = [
    fitLine([seg(' '), seg(actor.name, { bold: true }), seg(actor.role ? `  ${actor.role}` : '', { role: 'muted' })], frame.cols),
  ];
  if (actor.people.length > 0) {
    const people = actor.people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(' · ');
    head.push(fitLine([seg(' '), seg(people, { role: 'accent' })], frame.cols));
  }
  if (actor.stale)
    head.push(
      fitLine([seg(' '), seg('This file has errors: showing its last good version.', { role: 'warning', bold: true })], frame.cols),
    );
  head.push(fitLine([seg('─'.repeat(frame.cols), { role: 'muted' })], frame.cols));
  return head;
}

/** Every issue's block: built once per frame (see screens/actor/update.ts), and kept while the actor and width are. */
export function actorBlocks(model: Model, actor: Actor, cols: number): ActorBlocks {
  const lines: Line[] = [];
  const blocks: ActorBlocks['blocks'] = [];
  const textW = Math.max(8, cols - 4);
  if (model.issues.length === 0)
    lines.push([seg('  '), seg('No issues to show: debate.yaml could not be read. Press p for the problems.', { role: 'muted' })]);
  for (const issue of model.issues) {
    const top = lines.length;
    lines.push([seg('  '), seg(issue.title, { bold: true })]);
    const p = actor.byIssue.get(issue.id);
    if (!p) lines.push([seg('    '), seg('no position on this issue', { role: 'muted' })]);
    else {
      lines.push([seg('    '), seg(alignedStanceMark(p.stance), { bold: true, role: stanceRole(p.stance) })]);
      const claim = wrapCached(p.claim, textW);
      claim.slice(0, CLAIM_LINES).forEach((l, i) => {
        const last = i === CLAIM_LINES - 1 && claim.length > CLAIM_LINES;
        lines.push([seg('    '), seg(last ? continued(l, textW) : l)]);
      });
      const counts = [
        p.evidence.length ? plural(p.evidence.length, 'piece of evidence', 'pieces of evidence') : 'no evidence',
        p.counterpoints.length ? plural(p.counterpoints.length, 'counterpoint') : '',
        p.respondedBy.length ? `answered by ${p.respondedBy.length}` : '',
        p.respondsTo.length ? `answers ${p.respondsTo.length}` : '',
      ].filter(Boolean);
      lines.push([seg('    '), seg(counts.join(' · '), { role: 'muted' })]);
    }
    lines.push([]);
    blocks.push({ top, end: lines.length });
  }
  return { lines, blocks };
}

export function actorBodyHeight(actor: Actor, frame: Frame): number {
  return Math.max(1, frame.body - actorHead(actor, frame).length);
}

export function settleActor(
  model: Model,
  actor: Actor,
  frame: Frame,
  issue: number,
  top: number,
  built = actorBlocks(model, actor, frame.cols),
): number {
  const { lines, blocks } = built;
  const b = blocks[issue];
  const h = actorBodyHeight(actor, frame);
  if (!b) return Math.max(0, Math.min(top, lines.length - h));
  return keepVisible(top, b.top, b.end - 1, h, lines.length);
}

export function actorLines(
  model: Model,
  actor: Actor,
  frame: Frame,
  issue: number,
  top: number,
  built = actorBlocks(model, actor, frame.cols),
): { lines: Line[]; where: string } {
  const head = actorHead(actor, frame);
  const { lines, blocks } = built;
  const h = frame.body - head.length;
  const b = blocks[issue];
  const out = [...head];
  for (let l = top; l < Math.min(lines.length, top + h); l++) {
    const line = lines[l] as Line;
    if (b && l >= b.top && l < b.end - 1) {
      out.push(fitLine(markFocus(line, l === b.top, FOCUS), frame.cols));
    } else out.push(fitLine(line, frame.cols));
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  const idx = model.actors.indexOf(actor);
  return { lines: out.slice(0, frame.body), where: `actor ${idx + 1} of ${model.actors.length}` };
}
