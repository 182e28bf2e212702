// The files `standpoint import csv` writes from a grid: commented like the ones
// `standpoint new` writes, so the teacher sees what to fill in next, and valid
// from the start (`check` passes; FILL IN marks what the grid did not say).
import { EVIDENCE_KINDS, FILL_IN, STANCES, STUB_CLAIM } from '../model/terms.js';
import type { Grid, GridActor } from './grid.js';
import { scalar } from './templates.js';

const COMMENT_COLUMN = 40;
const c = (code: string, comment: string) => `${code.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;

export interface GridDebateInput {
  id: string;
  title: string;
  /** The CSV file's name, to say where this came from. */
  from: string;
  grid: Grid;
  modeline?: string;
}

export function gridDebateTemplate({ id, title, from, grid, modeline }: GridDebateInput): string {
  const lines: string[] = [];
  if (modeline) lines.push(modeline);
  lines.push(
    '#',
    `# The debate "${id}", made from ${scalar(from)} by \`standpoint import csv\`.`,
    '# Each actor is one more file in this folder. Replace every FILL IN below,',
    '# add sources for the evidence to cite, then run `standpoint check` on this folder.',
    `title: ${scalar(title)}`,
    `question: "${FILL_IN}: the contested question, in one sentence?"`,
    '# summary: >-',
    '#   One paragraph of neutral context: who, what, when.',
    c(`actors: [${grid.actors.map((a) => a.id).join(', ')}]`, 'column order, as in the spreadsheet'),
    c('issues:', 'the axes the actors are compared on, in reading order'),
  );
  for (const issue of grid.issues) {
    lines.push(
      `  - id: ${issue.id}`,
      `    title: ${scalar(issue.title)}`,
      issue.question ? `    question: ${scalar(issue.question)}` : `    question: "${FILL_IN}: a yes/no question; every stance answers it"`,
    );
  }
  lines.push(
    c('# sources:', 'what evidence cites, by id'),
    '#   - id: article',
    '#     title: The headline or the document title',
    '#     kind: news-article',
    '#     url: https://example.org/article',
    c('# discussion:', 'prompts for a class; "issue" is optional'),
    `#   - issue: ${grid.issues[0]?.id ?? 'first-issue'}`,
    '#     prompt: A question worth discussing.',
  );
  return `${lines.join('\n')}\n`;
}

export interface GridActorInput {
  actor: GridActor;
  debateTitle: string;
  grid: Grid;
  modeline?: string;
}

export function gridActorTemplate({ actor, debateTitle, grid, modeline }: GridActorInput): string {
  const mine = grid.issues.flatMap((i) => {
    const p = i.positions.get(actor.id);
    return p ? [{ issue: i, p }] : [];
  });
  const lines: string[] = [];
  if (modeline) lines.push(modeline);
  lines.push(
    '#',
    `# ${scalar(actor.name)}: one actor in ${scalar(debateTitle)}, made from a spreadsheet.`,
    `# The file name is the actor's id ("${actor.id}"). Add evidence and counterpoints`,
    `# to each position, replace "${STUB_CLAIM}" with what the actor holds, and`,
    '# check your work with `standpoint check` on the debate folder.',
    '#',
    c('#     evidence:', 'what backs the claim'),
    c('#       - kind: quote', EVIDENCE_KINDS.join(' | ')),
    '#         text: What was said, or what happened, in one sentence.',
    c('#         speaker: Who said it', 'needed for a quote'),
    c('#         source: source-id', "a source id from debate.yaml's sources"),
    c('#     counterpoints:', 'the strongest arguments against it'),
    '#       - by: critics',
    '#         text: The objection, in one sentence.',
    `name: ${scalar(actor.name)}`,
    c('# short: Short name', 'column header when space is tight'),
    '# role: Who they are, in a few words',
  );
  if (mine.length === 0) lines.push(c('positions: []', 'the spreadsheet gave no stance for this actor'));
  else {
    lines.push('positions:');
    for (const { issue, p } of mine) {
      lines.push(
        `  # ${issue.id}: ${scalar(issue.question ?? issue.title)}`,
        `  - id: ${issue.id}`,
        `    issue: ${issue.id}`,
        c(`    stance: ${p.stance}`, STANCES.join(' | ')),
        `    claim: ${p.claim ? scalar(p.claim) : STUB_CLAIM}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
