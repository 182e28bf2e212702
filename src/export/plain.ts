// The debate as plain text for pipes, printers and screen readers: no colour,
// no escape codes, every line within the given width. Stances are a glyph and
// a word, so nothing depends on colour.

import { applyLens, evidenceCounts, kindKey, type LensKind, lensNote } from '../debate/lens.js';
import { stanceKey, stanceMark } from '../debate/stance.js';
import type { Counterpoint, EvidenceItem, Issue, Model, Position } from '../model/types.js';
import { block, hang, paragraphs } from '../text/blocks.js';
import { fitWidth, width as textWidth, truncate } from '../text/measure.js';
import { MIN_WIDTH } from './min-width.js';
import { counterpointAuthor, positionLabel, sourceNumbers, sourcing } from './refs.js';

export { MIN_WIDTH };

export interface PlainOptions {
  width: number;
  lens?: LensKind;
}

const GAP = '  ';
const NO_POSITION = '(none)';
/** Wide enough for "+ leans for" and "-- against" whole. */
const STANCE_ROOM = 11;

export function renderPlain(source: Model, options: PlainOptions): string {
  const w = Math.max(MIN_WIDTH, Math.floor(options.width));
  const model = options.lens ? applyLens(source, options.lens) : source;
  const numbers = sourceNumbers(model);
  const out: string[] = [];

  out.push(...block(0, model.title, w));
  if (model.question) out.push(...hang(0, 'Question: ', model.question, w));
  if (model.asOf) out.push(...hang(0, 'As of: ', model.asOf, w));
  if (options.lens) out.push(...block(0, lensNote(options.lens, evidenceCounts(source)), w));
  for (const p of paragraphs(model.summary ?? '')) out.push('', ...block(0, p, w));

  if (model.actors.length > 0) {
    out.push('', 'Actors');
    for (const a of model.actors) {
      out.push(...block(2, a.short !== a.name ? `${a.name} (${a.short})` : a.name, w));
      if (a.role) out.push(...block(4, a.role, w));
      if (a.people.length > 0) {
        out.push(...hang(4, 'People: ', a.people.map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)).join('; '), w));
      }
    }
  }

  out.push('', ...block(0, "Stances at a glance (each stance answers the issue's question)", w), '');
  out.push(...matrix(model, w));
  out.push(...hang(0, 'Key: ', `${stanceKey()}; ${NO_POSITION} = no position.`, w));
  out.push(...hang(0, 'Evidence: ', `${kindKey()}.`, w));

  model.issues.forEach((issue, i) => {
    out.push('', '', ...hang(0, `Issue ${i + 1} of ${model.issues.length}: `, issue.title, w));
    out.push(...hang(0, 'Question: ', issue.question, w));
    for (const p of paragraphs(issue.summary ?? '')) out.push(...block(0, p, w));
    for (const actor of model.actors) {
      const p = actor.byIssue.get(issue.id);
      out.push('');
      const heading = `${actor.name}${actor.stale ? ' (file broken: last good version)' : ''}: `;
      if (!p) {
        out.push(...hang(2, heading, `${NO_POSITION} no position on this issue`, w));
        continue;
      }
      out.push(...hang(2, heading, stanceMark(p.stance), w));
      out.push(...position(model, p, numbers, w));
    }
    out.push(...prompts(issue, w));
  });

  if (model.prompts.length > 0) {
    out.push('', '', 'For discussion (the whole debate)');
    for (const p of model.prompts) out.push(...hang(2, '* ', p, w));
  }

  if (model.sources.size > 0) {
    out.push('', '', 'Sources');
    for (const [id, s] of model.sources) {
      out.push(...hang(2, `${numbers.get(id)}. `, `${s.title} (${s.kind.replace('-', ' ')})`, w));
      const about = [s.author, s.publisher, s.date].filter(Boolean).join(', ');
      if (about) out.push(...block(5, about, w));
      if (s.url) out.push(...block(5, s.url, w));
      if (s.note) out.push(...hang(5, 'Note: ', s.note, w));
    }
  }
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}

function position(model: Model, p: Position, numbers: Map<string, number>, w: number): string[] {
  const out = block(4, p.claim, w);
  if (p.evidence.length > 0) {
    out.push(...block(4, 'Evidence:', w));
    for (const e of p.evidence) out.push(...evidence(e, numbers, 6, w));
  }
  if (p.counterpoints.length > 0) {
    out.push(...block(4, 'Counterpoints:', w));
    for (const c of p.counterpoints) out.push(...counterpoint(model, c, numbers, w));
  }
  for (const key of p.respondsTo) out.push(...hang(4, 'Answers: ', positionLabel(model, key), w));
  for (const key of p.respondedBy) out.push(...hang(4, 'Answered by: ', positionLabel(model, key), w));
  return out;
}

function counterpoint(model: Model, c: Counterpoint, numbers: Map<string, number>, w: number): string[] {
  const by = counterpointAuthor(model, c);
  const out = hang(6, '* ', by ? `${by}: ${c.text}` : c.text, w);
  for (const e of c.evidence) out.push(...evidence(e, numbers, 8, w));
  return out;
}

function evidence(e: EvidenceItem, numbers: Map<string, number>, indent: number, w: number): string[] {
  const lead = `${e.kind}: `;
  const said = e.kind === 'quote' ? `${e.speaker ? `${e.speaker}: ` : ''}"${e.text}"` : e.text;
  const out = hang(indent, lead, e.kind !== 'quote' && e.speaker ? `${said} (${e.speaker})` : said, w);
  const from = sourcing(e, numbers);
  if (from) out.push(...block(indent + Math.min(textWidth(lead), 16), from, w));
  return out;
}

function prompts(issue: Issue, w: number): string[] {
  if (issue.prompts.length === 0) return [];
  const out = ['', ...block(2, 'For discussion:', w)];
  for (const p of issue.prompts) out.push(...hang(4, '* ', p, w));
  return out;
}

/** Issues × actors, columns shrunk to fit and, if still too many, split into several tables. */
function matrix(model: Model, w: number): string[] {
  const cell = (actorId: string, issueId: string) => {
    const p = model.actors.find((a) => a.id === actorId)?.byIssue.get(issueId);
    return p ? stanceMark(p.stance) : NO_POSITION;
  };
  const issueNatural = Math.max(textWidth('Issue'), ...model.issues.map((i) => textWidth(i.title)));
  const issueMin = Math.min(issueNatural, 10);
  const actorMin = 6;
  const perTable = Math.max(1, Math.floor((w - issueMin) / (actorMin + GAP.length)));
  const out: string[] = [];
  for (let start = 0; start < Math.max(1, model.actors.length); start += perTable) {
    const actors = model.actors.slice(start, start + perTable);
    const natural = [
      issueNatural,
      ...actors.map((a) => Math.max(textWidth(a.short), ...model.issues.map((i) => textWidth(cell(a.id, i.id))))),
    ];
    const room = w - GAP.length * actors.length;
    // Issue titles say more than the end of "- leans against": cut stances to 11 columns first.
    const soft = shrinkToFit(
      natural,
      natural.map((n, i) => (i === 0 ? n : Math.min(n, STANCE_ROOM))),
      room,
    );
    const cols = shrinkToFit(soft, [issueMin, ...actors.map(() => actorMin)], room);
    const row = (cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? truncate(c, cols[i] as number) : fitWidth(c, cols[i] as number)))
        .join(GAP)
        .trimEnd();
    if (start > 0) out.push('');
    out.push(row(['Issue', ...actors.map((a) => a.short)]));
    out.push(row(cols.map((c) => '-'.repeat(c))));
    for (const issue of model.issues) out.push(row([issue.title, ...actors.map((a) => cell(a.id, issue.id))]));
  }
  return out;
}

/** Takes a column at a time off the widest column until the total fits. */
function shrinkToFit(natural: number[], mins: number[], room: number): number[] {
  const cols = [...natural];
  let total = cols.reduce((a, b) => a + b, 0);
  while (total > room) {
    let widest = -1;
    for (let i = 0; i < cols.length; i++) {
      if ((cols[i] as number) > (mins[i] as number) && (widest < 0 || (cols[i] as number) > (cols[widest] as number))) widest = i;
    }
    if (widest < 0) break;
    cols[widest] = (cols[widest] as number) - 1;
    total--;
  }
  return cols;
}
