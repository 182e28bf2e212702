// The files `standpoint new` writes: valid from the first second (so `check`
// passes before anything is filled in) and commented so an author sees every
// key, every allowed value and the ids they can refer to without the docs.
import { stringify } from 'yaml';
import { singleLine } from '../model/sanitize.js';
import { EVIDENCE_KINDS, FILL_IN, SOURCE_KINDS, STANCES, STUB_CLAIM } from '../model/terms.js';
import type { Model } from '../model/types.js';

/** The claim of a stub position: true for a reader until the author replaces it. */
export { FILL_IN, STUB_CLAIM };

/** One YAML scalar on one line, quoted only when YAML needs it. */
export function scalar(text: string): string {
  return stringify(singleLine(text), { lineWidth: 0 }).trimEnd();
}

/** Text from a debate file, made safe to sit in a comment. */
function note(text: string, max = 100): string {
  const line = singleLine(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const COMMENT_COLUMN = 40;

/** A line with a trailing comment, the comments of a block lined up. */
function c(code: string, comment: string): string {
  return `${code.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

function list(values: readonly string[], max = 6): string {
  return values.length > max ? `${values.slice(0, max).join(', ')}, …` : values.join(', ');
}

export interface ActorTemplateInput {
  id: string;
  name: string;
  model: Model;
  modeline?: string;
  /** Stances to start from (a student's quiz answers, `new actor --from`), by issue id. */
  from?: ReadonlyMap<string, { stance: string; note?: string }>;
}

export function actorTemplate({ id, name, model, modeline, from }: ActorTemplateInput): string {
  const firstIssue = model.issues[0]?.id ?? 'issue-id';
  const sourceIds = [...model.sources.keys()];
  const others = model.actors.filter((a) => a.id !== id);
  const someKey = others.flatMap((a) => a.positions.map((p) => p.key))[0] ?? 'other-actor/position-id';
  const lines: string[] = [];
  if (modeline) lines.push(modeline);
  lines.push(
    '#',
    `# ${note(name, 60)}: one actor in "${note(model.title, 80)}".`,
    `# The file name is the actor's id ("${id}"). Every position below starts as`,
    '# "unclear": replace each with what this actor holds on that issue, and check',
    '# your work with `standpoint check` on the debate folder.',
    '#',
    '# A position in full (only id, issue, stance and claim are required):',
    c(`#   - id: ${firstIssue}`, `lower-kebab-case, unique in this file`),
    c(`#     issue: ${firstIssue}`, `an issue id from debate.yaml`),
    c(`#     stance: leans-for`, `${STANCES.join(' | ')}`),
    '#     claim: What the actor holds, in one or two sentences, in neutral words.',
    '#     evidence:',
    c(`#       - kind: quote`, `${EVIDENCE_KINDS.join(' | ')}`),
    '#         text: What was said, or what happened, in one sentence.',
    c('#         speaker: Who said it', 'needed for a quote'),
    sourceIds.length > 0
      ? c(`#         source: ${sourceIds[0]}`, `a source id from debate.yaml: ${list(sourceIds)}`)
      : c('#         source: source-id', "add sources to debate.yaml's sources first"),
    c('#     counterpoints:', 'the strongest arguments against it'),
    c(`#       - by: ${others[0]?.id ?? 'critics'}`, `an actor id, or free text such as "critics"`),
    '#         text: The objection, in one sentence.',
    c('#     responds_to:', 'positions of other actors that this one answers'),
    `#       - ${someKey}`,
    '#',
    "# A stance is always relative to the issue's question, so the matrix reads",
    '# the same way for every actor.',
    `name: ${scalar(name)}`,
    c('# short: Short name', 'column header when space is tight'),
    '# role: Who they are, in a few words',
    c('# people:', 'who speaks for them'),
    '#   - name: Full Name',
    '#     role: Their role',
  );
  if (model.issues.length === 0) {
    lines.push('positions: []');
  } else {
    lines.push('positions:');
    for (const issue of model.issues) {
      lines.push(`  # ${issue.id}: ${note(issue.question)}`);
      const theirs = others.flatMap((a) => {
        const p = a.byIssue.get(issue.id);
        return p ? [`${p.key} (${p.stance})`] : [];
      });
      if (theirs.length > 0) lines.push(`  # Others here: ${list(theirs, 4)}`);
      const answer = from?.get(issue.id);
      if (answer?.note) lines.push(`  # Your note: ${note(answer.note)}`);
      lines.push(`  - id: ${issue.id}`, `    issue: ${issue.id}`, `    stance: ${answer?.stance ?? 'unclear'}`, `    claim: ${STUB_CLAIM}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface DebateTemplateInput {
  id: string;
  title: string;
  modeline?: string;
  /** "2025-03": the month the file is created, offered as as_of. */
  month: string;
}

export function debateTemplate({ id, title, modeline, month }: DebateTemplateInput): string {
  const lines: string[] = [];
  if (modeline) lines.push(modeline);
  lines.push(
    '#',
    `# The debate "${id}": the question, the issues the actors are compared on,`,
    '# the sources their evidence cites, and prompts for classroom discussion.',
    '# Each actor is one more file in this folder (`standpoint new actor ID`).',
    `# Replace every ${FILL_IN} below, then run \`standpoint check\` on this folder.`,
    `title: ${scalar(title)}`,
    `question: "${FILL_IN}: the contested question, in one sentence?"`,
    '# summary: >-',
    '#   One paragraph of neutral context: who, what, when.',
    c(`# as_of: "${month}"`, `when the positions were recorded (quoted: text, not a date)`),
    c('# actors: [first-actor, second-actor]', 'column order; actors not listed follow by id'),
    c('issues:', 'the axes the actors are compared on, in reading order'),
    c('  - id: first-issue', 'lower-kebab-case; actor files refer to it'),
    `    title: "${FILL_IN}: a short title"`,
    `    question: "${FILL_IN}: a yes/no question; every stance answers it"`,
    '  # - id: second-issue',
    '  #   title: A short title',
    '  #   question: Another yes/no question?',
    c('# sources:', 'what evidence cites, by id'),
    '#   - id: article',
    '#     title: The headline or the document title',
    c(`#     kind: news-article`, `${SOURCE_KINDS.join(' | ')}`),
    '#     publisher: Who published it',
    `#     date: "${month}"`,
    '#     url: https://example.org/article',
    '#     note: Framing or reliability a reader should know about',
    c('# discussion:', 'prompts for a class; "issue" is optional'),
    '#   - issue: first-issue',
    '#     prompt: A question worth discussing.',
  );
  return `${lines.join('\n')}\n`;
}
