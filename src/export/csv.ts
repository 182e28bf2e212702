// The debate as CSV for spreadsheets: one row per position, or with
// `rows: 'evidence'` one per evidence item. Written by csv-stringify (the csv
// project), so quoting follows RFC 4180: CRLF line ends, fields with commas,
// quotes or line breaks in double quotes.
//
// A spreadsheet runs a cell that starts with = + - @ (or tab or CR, which some
// strip first) as a formula, and a debate file is untrusted: such a cell gets a
// leading single quote, the OWASP rule for CSV injection, also when spaces or
// line breaks come before the = + - @. The column names are
// stable; new columns are only ever added at the end.
import { stringify } from 'csv-stringify/sync';
import { applyLens, type LensKind } from '../debate/lens.js';
import { sanitize } from '../model/sanitize.js';
import type { EvidenceItem, Model, Position } from '../model/types.js';
import { actorName, issueTitle, sourceNumbers } from './refs.js';

export const CSV_ROWS = ['positions', 'evidence'] as const;
export type CsvRows = (typeof CSV_ROWS)[number];

export const POSITION_COLUMNS = [
  'issue',
  'issue_title',
  'question',
  'actor',
  'actor_name',
  'position',
  'stance',
  'claim',
  'evidence_count',
  'counterpoint_count',
  'responds_to',
] as const;

export const EVIDENCE_COLUMNS = [
  'issue',
  'issue_title',
  'actor',
  'actor_name',
  'position',
  'stance',
  'part',
  'counterpoint_by',
  'kind',
  'text',
  'speaker',
  'source',
  'source_number',
  'source_title',
  'source_url',
  'locator',
  'quote',
] as const;

export interface CsvOptions {
  lens?: LensKind;
  rows?: CsvRows;
}

/** A cell a spreadsheet will show as text: control characters removed, formula starts defused. */
export function csvCell(value: string | number): string {
  const text = sanitize(String(value));
  // Some spreadsheets skip leading spaces and line breaks before they look for a formula.
  return /^\s*[=+\-@]|^[\t\r]/.test(text) ? `'${text}` : text;
}

function table(columns: readonly string[], rows: Array<Record<string, string | number>>): string {
  return stringify(
    rows.map((r) => columns.map((c) => csvCell(r[c] ?? ''))),
    { header: true, columns: [...columns], record_delimiter: 'windows' },
  );
}

export function renderCsv(source: Model, options: CsvOptions = {}): string {
  const model = options.lens ? applyLens(source, options.lens) : source;
  // Issue order, then actor order: the matrix read row by row.
  const positions: Position[] = model.issues.flatMap((i) =>
    model.actors.flatMap((a) => {
      const p = a.byIssue.get(i.id);
      return p ? [p] : [];
    }),
  );
  if (options.rows === 'evidence') return evidenceTable(model, positions);
  return table(
    POSITION_COLUMNS,
    positions.map((p) => ({
      issue: p.issueId,
      issue_title: issueTitle(model, p.issueId),
      question: model.issues.find((i) => i.id === p.issueId)?.question ?? '',
      actor: p.actorId,
      actor_name: actorName(model, p.actorId),
      position: p.key,
      stance: p.stance,
      claim: p.claim,
      evidence_count: p.evidence.length,
      counterpoint_count: p.counterpoints.length,
      responds_to: p.respondsTo.join(' '),
    })),
  );
}

function evidenceTable(model: Model, positions: Position[]): string {
  const numbers = sourceNumbers(model);
  const rows: Array<Record<string, string | number>> = [];
  const row = (p: Position, e: EvidenceItem, part: string, by = '') => {
    const s = e.source !== undefined ? model.sources.get(e.source) : undefined;
    rows.push({
      issue: p.issueId,
      issue_title: issueTitle(model, p.issueId),
      actor: p.actorId,
      actor_name: actorName(model, p.actorId),
      position: p.key,
      stance: p.stance,
      part,
      counterpoint_by: by,
      kind: e.kind,
      text: e.text,
      speaker: e.speaker ?? '',
      source: e.source ?? '',
      source_number: (e.source !== undefined && numbers.get(e.source)) || '',
      source_title: s?.title ?? '',
      source_url: s?.url ?? '',
      locator: e.locator ?? '',
      quote: e.quote ?? '',
    });
  };
  for (const p of positions) {
    for (const e of p.evidence) row(p, e, 'position');
    for (const c of p.counterpoints) for (const e of c.evidence) row(p, e, 'counterpoint', c.byActor ?? c.by ?? '');
  }
  return table(EVIDENCE_COLUMNS, rows);
}
