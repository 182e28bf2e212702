// Saves a respondent's answers as responses/<name>.yaml, never over an
// existing file: ana.yaml, then ana-2.yaml, ana-3.yaml, … Each try is an
// exclusive create (write-file.ts), so two students saving at once both keep theirs.
// The first line names the respondent schema for editors (modeline.ts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { RESPONSES_DIR, respondentData, respondentFileBase } from '../model/respondent.js';
import type { Answers } from '../model/respondent-answers.js';
import { singleLine } from '../model/sanitize.js';
import type { Model } from '../model/types.js';
import { modeline } from './modeline.js';
import { writeNewFile } from './write-file.js';

const MAX_TRIES = 1000;

/** Writes the file and returns its path. The name, typed by a student, is kept in the file on one line, with no control characters. */
export async function saveRespondent(model: Model, name: string, answers: Answers, date = new Date()): Promise<string> {
  const folder = join(model.dir, RESPONSES_DIR);
  await mkdir(folder, { recursive: true });
  const clean = singleLine(name) || 'respondent';
  const data = respondentData(
    clean,
    date.toISOString().slice(0, 10),
    answers,
    model.issues.map((i) => i.id),
  );
  // The modeline gives editors the respondent schema; it wins over any mapping by file name (which would say actor).
  const schema = modeline('respondent', folder);
  const head = `${schema ? `${schema}\n` : ''}# standpoint respondent file: ${model.issues.length} issues, ${answers.size} answered\n`;
  const text = `${head}${stringify(data, { lineWidth: 0 })}`;
  const base = respondentFileBase(clean);
  for (let n = 1; n <= MAX_TRIES; n++) {
    const file = join(folder, `${n === 1 ? base : `${base}-${n}`}.yaml`);
    if ((await writeNewFile(file, text)) === 'created') return file;
  }
  throw new Error(`${MAX_TRIES} files named ${base} already exist in ${folder}`);
}
