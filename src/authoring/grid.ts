// A teacher's spreadsheet grid, read into a debate: issues down, actors across,
// a stance in each cell. Pure: text in, the debate or a list of problems out,
// each at the row and column a spreadsheet shows (row 1 is the header, column
// A is the first), so the teacher can find the cell.
//
//   issue,question,Council,Council claim,Traders,Traders claim
//   Parking fees,Should the town raise parking fees?,for,We need the money,against,
//
// - `issue` (required, first): the issue's title; its id is made from it.
// - `question` (optional): the yes/no question every stance answers.
// - any other column is an actor, named by its header; a column headed
//   "<actor> claim" holds that actor's claims. An empty stance cell: the actor
//   takes no position on that issue.
// - stances: for, leans for, mixed, leans against, against, unclear (case and
//   spaces do not matter), or the glyphs ++ + ~ - -- ?.
import { parse } from 'csv-parse/sync';
import { singleLine } from '../model/sanitize.js';
import type { StanceT } from '../model/schema.js';
import { didYouMeanValue } from '../model/suggest.js';
import { STANCES } from '../model/terms.js';
import { kebabSuggestion } from './ids.js';

export interface GridProblem {
  /** 1-based, as the spreadsheet numbers rows (the header is row 1); 0 when the problem is the file's. */
  row: number;
  /** 1-based; column 1 is A. */
  col: number;
  message: string;
}

export interface GridPosition {
  stance: StanceT;
  claim?: string;
}

export interface GridIssue {
  id: string;
  title: string;
  question?: string;
  /** Actor id → position; actors silent on the issue are missing. */
  positions: Map<string, GridPosition>;
}

export interface GridActor {
  id: string;
  name: string;
}

export interface Grid {
  actors: GridActor[];
  issues: GridIssue[];
}

export type GridRead = { ok: true; grid: Grid } | { ok: false; problems: GridProblem[] };

const GLYPHS: Record<string, StanceT> = {
  '++': 'for',
  '+': 'leans-for',
  '~': 'mixed',
  '-': 'leans-against',
  '--': 'against',
  '?': 'unclear',
};

/** "A", "B", …, "Z", "AA": the column letter a spreadsheet shows. */
export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The stance a cell means, or undefined: "Leans For", "leans_for", "++" all work. */
export function stanceOf(cell: string): StanceT | undefined {
  const t = cell.trim();
  if (GLYPHS[t]) return GLYPHS[t];
  const word = t.toLowerCase().replace(/[\s_]+/g, '-');
  return STANCES.find((s) => s === word);
}

/** The separator the header line uses most: a comma, or the semicolon or tab of spreadsheets set to other languages. */
function separator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((s) => [s, first.split(s).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function shown(cell: string): string {
  const line = singleLine(cell);
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line);
}

export function readGrid(text: string): GridRead {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, delimiter: separator(text), relax_column_count: true });
  } catch (err) {
    const e = err as Error & { lines?: number };
    return {
      ok: false,
      problems: [
        { row: e.lines ?? 0, col: 0, message: `${e.message.replace(/^Invalid Record Length: /, '')}. Save the sheet again as CSV.` },
      ],
    };
  }
  const problems: GridProblem[] = [];
  const at = (row: number, col: number, message: string) => problems.push({ row, col, message });
  const [header, ...body] = rows;
  if (!header || header.length === 0)
    return {
      ok: false,
      problems: [{ row: 1, col: 1, message: 'The file is empty: the first row names the columns, e.g. issue,question,Council,Traders.' }],
    };

  const names = header.map((h) => singleLine(h));
  if (names[0]?.toLowerCase() !== 'issue')
    at(1, 1, `The first column must be headed "issue" (the issues' titles), not ${shown(header[0] ?? '')}.`);
  let questionCol: number | undefined;
  const actors: Array<GridActor & { col: number; claimCol?: number }> = [];
  const claimCols: Array<{ col: number; of: string }> = [];
  for (const [i, name] of names.entries()) {
    if (i === 0) continue;
    const col = i + 1;
    if (name === '') {
      at(1, col, 'This column has no header: name the actor it holds, or delete the column.');
      continue;
    }
    if (name.toLowerCase() === 'question') {
      questionCol = col;
      continue;
    }
    const claim = /^(.*\S)\s+claims?$/i.exec(name);
    if (claim?.[1]) {
      claimCols.push({ col, of: claim[1] });
      continue;
    }
    const id = kebabSuggestion(name);
    if (id === '') {
      at(1, col, `${shown(name)} cannot become an actor id: use letters or digits in the header.`);
      continue;
    }
    if (id === 'debate') {
      at(1, col, '"debate" cannot be an actor: debate.yaml holds the debate itself. Rename the column.');
      continue;
    }
    const twin = actors.find((a) => a.id === id);
    if (twin) {
      at(1, col, `${shown(name)} is the same actor as column ${columnLetter(twin.col)} (${shown(twin.name)}): give each actor one column.`);
      continue;
    }
    actors.push({ id, name, col });
  }
  for (const c of claimCols) {
    const actor = actors.find((a) => a.name.toLowerCase() === c.of.toLowerCase() || a.id === kebabSuggestion(c.of));
    if (!actor)
      at(1, c.col, `"${c.of} claim" names no actor column: head it like an actor's column, e.g. "${actors[0]?.name ?? 'Council'} claim".`);
    else if (actor.claimCol !== undefined)
      at(1, c.col, `${shown(actor.name)} already has a claim column (${columnLetter(actor.claimCol)}).`);
    else actor.claimCol = c.col;
  }
  if (actors.length === 0) at(1, Math.max(2, names.length + 1), 'No actor columns: add a column per actor, headed by its name.');

  const issues: GridIssue[] = [];
  for (const [r, cells] of body.entries()) {
    const row = r + 2;
    const cell = (col: number) => cells[col - 1] ?? '';
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      at(row, header.length + 1, 'This cell is outside the columns the header names: add a header, or move the text.');
    const title = singleLine(cell(1));
    const id = kebabSuggestion(title);
    if (title === '') {
      at(row, 1, 'This row has no issue title: write one, or delete the row.');
      continue;
    }
    if (id === '') {
      at(row, 1, `${shown(title)} cannot become an issue id: use letters or digits in the title.`);
      continue;
    }
    const twin = issues.find((i) => i.id === id);
    if (twin) {
      at(row, 1, `${shown(title)} repeats the issue ${shown(twin.title)}: merge the two rows, or retitle one.`);
      continue;
    }
    const issue: GridIssue = { id, title, positions: new Map() };
    const question = questionCol === undefined ? '' : singleLine(cell(questionCol));
    if (question) issue.question = question;
    for (const a of actors) {
      const raw = cell(a.col).trim();
      const claim = a.claimCol === undefined ? '' : singleLine(cell(a.claimCol));
      if (raw === '') {
        if (claim !== '') at(row, a.col, `${a.name}'s claim here has no stance: write one of ${STANCES.join(', ')} in this cell.`);
        continue;
      }
      const stance = stanceOf(raw);
      if (!stance) {
        at(
          row,
          a.col,
          `${shown(raw)} is not a stance: write one of ${STANCES.join(', ')} (or ++ + ~ - -- ?).${didYouMeanValue(singleLine(raw).toLowerCase().replace(/\s+/g, '-'), STANCES)}`,
        );
        continue;
      }
      issue.positions.set(a.id, claim ? { stance, claim } : { stance });
    }
    issues.push(issue);
  }
  if (issues.length === 0 && problems.length === 0) at(2, 1, 'No issues: add a row per issue under the header, its title in column A.');
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row || a.col - b.col) };
  return { ok: true, grid: { actors: actors.map(({ id, name }) => ({ id, name })), issues } };
}
