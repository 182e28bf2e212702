// `standpoint map` as plain text: the actor × actor agreement grid (split into
// several tables when the actors do not fit the width, like the stance matrix),
// the pairs in words, the issues from consensus to divisive, the cruxes and the drops.
import { BANDS, cellText, countsInWords, MIN_OVERLAP, TOO_LITTLE } from '../debate/agreement.js';

import { type Forest, forestOf, pairsOf } from '../debate/forest.js';
import { spreadWords } from '../debate/spread.js';
import { stanceMark } from '../debate/stance.js';
import { singleLine } from '../model/sanitize.js';
import type { Location, Model, Position } from '../model/types.js';
import { block, hang } from '../text/blocks.js';
import { fitWidth, width as textWidth, truncate } from '../text/measure.js';

export interface ForestTextOptions {
  width: number;
  /** How a location is shown: file:line:col relative to where the reader stands. */
  where: (loc: Location) => string;
}

const GAP = '  ';
/** Pairs listed in words in full up to this many; beyond, the closest and furthest few. */
const ALL_PAIRS = 45;
const EDGE_PAIRS = 10;
/** Drops listed per actor before "… and N more". */
const DROPS_SHOWN = 10;

export function mapKey(): string {
  const bands = BANDS.map((b, i) => `${b.glyph} ${b.word}${i < BANDS.length - 1 ? ` (${Math.round(b.from * 100)}% or more)` : ''}`);
  return `${bands.join(', ')}; ${TOO_LITTLE.glyph} ${TOO_LITTLE.word} (fewer than ${MIN_OVERLAP} shared issues). Numbers: issues they agree on / partly agree on / disagree on.`;
}

export function renderMapPlain(model: Model, options: ForestTextOptions): string {
  const w = Math.max(30, Math.floor(options.width));
  const forest = forestOf(model);
  const out: string[] = [];
  out.push(...block(0, `Agreement map: ${singleLine(model.title)}`, w));
  out.push(
    ...block(0, 'Each cell compares two actors over the issues both take a clear stance on ("unclear" and silence count neither way).', w),
    '',
  );
  out.push(...grid(forest, w), ...hang(0, 'Key: ', mapKey(), w));
  out.push('', ...pairsSection(forest, w));
  out.push('', ...rankingSection(forest, w));
  out.push('', ...cruxSection(forest, w));
  out.push('', ...dropsSection(model, forest, options, w));
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}

function grid(forest: Forest, w: number): string[] {
  const { actors } = forest.grid;
  if (actors.length === 0) return ['(no actors)'];
  const names = actors.map((a) => singleLine(a.short));
  const cells = actors.map((_, i) => actors.map((__, j) => cellText(forest.grid.counts(i, j), i === j)));
  const labelCol = Math.min(Math.max(textWidth('Actor'), ...names.map((n) => textWidth(n))), 16);
  const cellNatural = Math.max(...cells.flat().map((c) => textWidth(c)));
  const cellCol = Math.max(cellNatural, Math.min(12, Math.max(...names.map((n) => textWidth(n)))));
  const perTable = Math.max(1, Math.floor((w - labelCol) / (cellCol + GAP.length)));
  const out: string[] = [];
  for (let start = 0; start < actors.length; start += perTable) {
    const cols = actors.slice(start, start + perTable).map((_, k) => start + k);
    const row = (label: string, rest: string[]) => [fitWidth(label, labelCol), ...rest.map((c) => fitWidth(c, cellCol))].join(GAP);
    if (start > 0) out.push('');
    const last = (cols[cols.length - 1] as number) + 1;
    if (actors.length > perTable)
      out.push(last === start + 1 ? `Column ${last} of ${actors.length}` : `Columns ${start + 1}-${last} of ${actors.length}`);
    out.push(
      row(
        'Actor',
        cols.map((j) => names[j] as string),
      ),
    );
    out.push(
      row(
        '-'.repeat(labelCol),
        cols.map(() => '-'.repeat(cellCol)),
      ),
    );
    actors.forEach((_, i) => {
      out.push(
        row(
          names[i] as string,
          cols.map((j) => cells[i]?.[j] as string),
        ),
      );
    });
  }
  return out.map((l) => truncate(l.trimEnd(), w));
}

function pairsSection(forest: Forest, w: number): string[] {
  const pairs = pairsOf(forest.grid);
  const out = block(0, 'Pairs, closest first', w);
  if (pairs.length === 0) return [...out, '  (fewer than two actors)'];
  const line = (p: (typeof pairs)[number]) => {
    const figure = p.score === undefined ? '' : ` (${Math.round(p.score * 100)}%)`;
    return hang(
      2,
      '* ',
      `${singleLine(p.a.name)} and ${singleLine(p.b.name)}: ${p.band.glyph} ${p.band.word}${figure}; ${countsInWords(p.counts)}`,
      w,
    );
  };
  if (pairs.length <= ALL_PAIRS) {
    for (const p of pairs) out.push(...line(p));
    return out;
  }
  out.push(...block(2, `${pairs.length} pairs; the ${EDGE_PAIRS} closest and the ${EDGE_PAIRS} furthest (--json lists all):`, w));
  for (const p of pairs.slice(0, EDGE_PAIRS)) out.push(...line(p));
  out.push('  …');
  const measured = pairs.filter((p) => p.score !== undefined);
  for (const p of measured.slice(-EDGE_PAIRS)) out.push(...line(p));
  return out;
}

function rankingSection(forest: Forest, w: number): string[] {
  const out = block(0, 'Issues from consensus to divisive', w);
  forest.ranking.forEach((s, i) => {
    const figure = s.spread === undefined ? '' : ` (spread ${Math.round(s.spread * 100)}%)`;
    out.push(...hang(2, `${i + 1}. `, `${singleLine(s.issue.title)}: ${spreadWords(s)}${figure}. ${singleLine(s.reason)}.`, w));
  });
  return out;
}

function cruxSection(forest: Forest, w: number): string[] {
  const out = block(0, 'Cruxes: issues that split actors who agree on most others', w);
  if (forest.cruxes.length === 0)
    return [...out, ...block(2, 'None: no two actors who agree on most issues take opposite sides on any.', w)];
  for (const c of forest.cruxes) out.push(...hang(2, '* ', `${singleLine(c.issue.title)}: ${singleLine(c.reason)}.`, w));
  return out;
}

function dropsSection(model: Model, forest: Forest, options: ForestTextOptions, w: number): string[] {
  const out = block(0, 'Drops: opposing positions an actor never answers (no counterpoint by it, no responds_to from it)', w);
  for (const { actor, drops, answered } of forest.drops) {
    const total = drops.length + answered;
    out.push(
      '',
      ...block(
        2,
        `${singleLine(actor.name)}: ${total === 0 ? 'no opposing positions' : `answers ${answered} of ${total} opposing positions`}`,
        w,
      ),
    );
    for (const d of drops.slice(0, DROPS_SHOWN)) {
      const title = model.issues.find((i) => i.id === d.own.issueId)?.title ?? d.own.issueId;
      out.push(...hang(4, '* ', `${singleLine(title)}: ${describe(model, d.unanswered)}.`, w));
      out.push(...hang(6, 'Answer: ', `add "${d.unanswered.key}" to responds_to at ${options.where(d.at)}`, w));
    }
    if (drops.length > DROPS_SHOWN) out.push(...block(4, `… and ${drops.length - DROPS_SHOWN} more (--json lists all).`, w));
  }
  return out;
}

function describe(model: Model, p: Position): string {
  const actor = model.actors.find((a) => a.id === p.actorId);
  return `${singleLine(actor?.short ?? p.actorId)}, ${stanceMark(p.stance)} ("${singleLine(p.id)}")`;
}
