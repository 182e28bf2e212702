// The board of a slide: where each actor stands so far, one claim per actor
// once its step is reached, cut to fit the window.

import type { IssueColumn } from '../../../debate/reading.js';
import { alignedStanceMark, STANCE_MARK_WIDTH } from '../../../debate/stance.js';
import { continued, fitWidth, plural, truncate, width } from '../../../text/measure.js';
import { clamp } from '../../layout/frame.js';
import { stanceRole, wrapCached } from '../../layout/shared.js';
import { type Line, type Segment, seg } from '../../lines.js';
import type { Box, Fit } from './slide-frame.js';

const NAME_MAX = 26;

interface BoardShape {
  nameW: number;
  /** Room for the claim after the name and stance; too little, and only the stance is shown. */
  room: number;
}

function boardShape(columns: readonly IssueColumn[], box: Box): BoardShape {
  let widest = 0;
  for (const c of columns) widest = Math.max(widest, width(c.actor.name));
  const nameW = Math.min(NAME_MAX, Math.floor(box.w / 3), widest);
  return { nameW, room: box.w - 2 - nameW - 2 - STANCE_MARK_WIDTH - 2 };
}

/**
 * The lines of a revealed claim on the board, cut to `claimLines`. Cutting
 * every actor's claim is what a step costs, and they are the same on every
 * step: kept per column and size, like wrapped text.
 */
const claimRows = new WeakMap<IssueColumn, Map<string, string[]>>();

function claimOnBoard(c: IssueColumn, room: number, claimLines: number): string[] {
  const p = c.position;
  if (!p || room < 12) return [];
  let perCol = claimRows.get(c);
  if (!perCol) claimRows.set(c, (perCol = new Map()));
  const key = `${room}\u0000${claimLines}`;
  let kept = perCol.get(key);
  if (!kept) {
    const claim = claimLines > 1 ? wrapCached(p.claim, room) : [truncate(p.claim.replace(/\s+/g, ' ').trim(), room)];
    kept = claim
      .slice(0, Math.max(1, claimLines))
      .map((l, i, all) => (i === all.length - 1 && claim.length > all.length ? continued(l, room) : l));
    perCol.set(key, kept);
  }
  return kept;
}

/** How tall the board is once every claim is shown: the most it will ever take. */
export function boardHeight(columns: readonly IssueColumn[], box: Box, claimLines: number): number {
  const { room } = boardShape(columns, box);
  let h = 0;
  for (const c of columns) h += Math.max(1, claimOnBoard(c, room, claimLines).length);
  return h + (claimLines > 1 ? Math.max(0, columns.length - 1) : 0);
}

/** Where each actor stands so far: a hidden claim shows as dots until its step. */
export function board(
  columns: readonly IssueColumn[],
  revealed: (c: IssueColumn) => boolean,
  focusActor: string | undefined,
  box: Box,
  fit: Fit,
): Line[] {
  const pad = seg(' '.repeat(box.left));
  const { nameW, room } = boardShape(columns, box);
  const under = seg(' '.repeat(2 + nameW + 2 + STANCE_MARK_WIDTH + 2));
  const rowOf = (c: IssueColumn): Line[] => {
    const mark = c.actor.id === focusActor ? '▸ ' : '  ';
    const name = width(c.actor.name) <= nameW ? c.actor.name : c.actor.short;
    const head: Segment[] = [pad, seg(mark, { bold: true, role: 'accent' }), seg(fitWidth(name, nameW), { bold: true }), seg('  ')];
    const p = c.position;
    if (!p) return [[...head, seg('no position on this issue', { role: 'muted' })]];
    if (!revealed(c)) return [[...head, seg('· · ·', { role: 'muted' })]];
    const stance = seg(fitWidth(alignedStanceMark(p.stance), STANCE_MARK_WIDTH), { bold: true, role: stanceRole(p.stance) });
    const claim = claimOnBoard(c, room, fit.claimLines);
    if (claim.length === 0) return [[...head, stance]];
    return claim.map((l, i) => (i === 0 ? [...head, stance, seg('  '), seg(l)] : [pad, under, seg(l)]));
  };
  // Claims over several lines read as a list only with some air between them.
  const gap = fit.claimLines > 1;
  if (boardHeight(columns, box, fit.claimLines) <= fit.boardMax) {
    return columns.flatMap((c, i) => (gap && i > 0 ? [[], ...rowOf(c)] : rowOf(c)));
  }
  // Too many to list: a window of actors, one line each, around the one the current point is about.
  const at = Math.max(
    0,
    columns.findIndex((c) => c.actor.id === focusActor),
  );
  const shown = Math.max(1, fit.boardMax - 1);
  const from = clamp(at - Math.floor(shown / 2), 0, Math.max(0, columns.length - shown));
  const out = columns.slice(from, from + shown).map((c) => rowOf(c)[0] as Line);
  return [...out, [pad, seg(`  and ${plural(columns.length - out.length, 'more actor')}`, { role: 'muted' })]];
}
