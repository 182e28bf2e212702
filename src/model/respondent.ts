// Respondent files: a student's quiz answers, kept as responses/<name>.yaml in
// the debate folder. The loader never reads them as actors (subfolders are
// skipped); `check`, the quiz and the class view read them here.
import { readdir, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import * as z from 'zod';
import type { Diagnostic } from './diagnostics.js';
import { FileReporter } from './diagnostics.js';
import { readYamlFile } from './read.js';
import type { Answer, Answers, Weight } from './respondent-answers.js';
import { RESPONSES_DIR } from './respondent-name.js';
import { ID_PATTERN, STANCES } from './terms.js';
import { validate } from './validate.js';

export { RESPONSES_DIR, respondentFileBase } from './respondent-name.js';

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

export const RespondentAnswer = z
  .strictObject({
    stance: z.enum(STANCES).describe("The respondent's stance, relative to the issue's question"),
    weight: z
      .union([z.literal(0), z.literal(1), z.literal(2)])
      .optional()
      .describe('How much the issue matters: 0 not at all (not counted), 1 (the default), 2 a lot'),
    note: text('note').optional().describe('Why, in the respondent’s words'),
  })
  .describe('An answer to one issue; an issue left out was skipped');

export const Respondent = z
  .strictObject({
    name: text('name').describe('Who answered (shown only when the teacher chooses to)'),
    date: text('date').describe('When, as written: "2026-11-25"'),
    answers: z
      .record(z.string().regex(ID_PATTERN, 'an issue id must be lower-kebab-case'), RespondentAnswer)
      .describe('Answers by issue id from debate.yaml'),
  })
  .describe('responses/<name>.yaml: one respondent’s quiz answers');

export type RespondentT = z.infer<typeof Respondent>;

export interface RespondentFile {
  file: string;
  name: string;
  date: string;
  answers: Answers;
}

export function answersOf(r: RespondentT): Answers {
  const m = new Map<string, Answer>();
  for (const [id, a] of Object.entries(r.answers)) {
    m.set(id, { stance: a.stance, weight: (a.weight ?? 1) as Weight, ...(a.note ? { note: a.note } : {}) });
  }
  return m;
}

/** The file's data for a set of answers, in the debate's issue order. */
export function respondentData(name: string, date: string, answers: Answers, issueOrder: readonly string[]): RespondentT {
  const out: RespondentT['answers'] = {};
  for (const id of issueOrder) {
    const a = answers.get(id);
    if (a) out[id] = { stance: a.stance, weight: a.weight, ...(a.note ? { note: a.note } : {}) };
  }
  return { name, date, answers: out };
}

export interface ReadRespondents {
  respondents: RespondentFile[];
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
}

/**
 * Every respondent file of a debate, in name order. Broken files are reported
 * as file:line:col and left out; the others still load. `issues` are the
 * debate's issue ids: an answer to an unknown issue is an error.
 */
export async function readRespondents(dir: string, issues: readonly string[]): Promise<ReadRespondents> {
  return readRespondentsIn(join(dir, RESPONSES_DIR), issues, dir);
}

/** The respondent files in `folder` (which must lie inside `within`, the debate folder, when given). */
export async function readRespondentsIn(folder: string, issues: readonly string[], within = folder): Promise<ReadRespondents> {
  const out: ReadRespondents = { respondents: [], diagnostics: [], texts: new Map() };
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch {
    return out;
  }
  // Files are read only from inside the debate folder's real path: a responses/ that links out of it is not read.
  const root = await realpath(folder).catch(() => folder);
  const top = await realpath(within).catch(() => within);
  if (root !== top && !root.startsWith(top + sep)) {
    const report = new FileReporter(folder);
    report.error(
      'outside-folder',
      'responses/ is a link to a folder outside the debate folder, which is never read: make it a real folder.',
    );
    out.diagnostics.push(...report.list);
    return out;
  }
  for (const name of names) {
    if (name.startsWith('.') || !['.yaml', '.yml'].includes(extname(name).toLowerCase())) continue;
    const one = await readRespondentFile(join(folder, name), issues, root);
    out.diagnostics.push(...one.diagnostics);
    if (one.text !== undefined) out.texts.set(join(folder, name), one.text);
    if (one.respondent) out.respondents.push(one.respondent);
  }
  return out;
}

/** One respondent file: the respondent when it has no error, and every problem as file:line:col. */
export async function readRespondentFile(
  file: string,
  issues: readonly string[],
  root?: string,
): Promise<{ respondent?: RespondentFile; diagnostics: Diagnostic[]; text?: string }> {
  const read = await readYamlFile(file, undefined, root);
  const diagnostics = [...read.diagnostics];
  if (read.data === undefined || !read.doc || !read.lineCounter || read.text === undefined) return { diagnostics, text: read.text };
  const report = new FileReporter(file);
  const parsed = { text: read.text, doc: read.doc, lineCounter: read.lineCounter, data: read.data };
  const { value } = validate(Respondent, parsed, report, []);
  if (value) {
    for (const id of Object.keys(value.answers)) {
      if (issues.includes(id)) continue;
      const node = read.doc.getIn(['answers'], true) as { items?: Array<{ key?: { value?: unknown; range?: number[] } }> };
      const at = node?.items?.find((p) => p.key?.value === id)?.key?.range?.[0];
      const pos = at === undefined ? { line: 1, col: 1 } : read.lineCounter.linePos(at);
      report.error(
        'unknown-issue',
        `No issue "${id}" in debate.yaml: use one of ${issues.join(', ')}, or remove this answer.`,
        pos.line,
        pos.col,
      );
    }
  }
  diagnostics.push(...report.list);
  const ok = value && !report.list.some((d) => d.severity === 'error');
  return {
    diagnostics,
    text: read.text,
    ...(ok ? { respondent: { file, name: value.name, date: value.date, answers: answersOf(value) } } : {}),
  };
}
