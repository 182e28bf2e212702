// `standpoint new debate|actor|issue|source`: write a commented template that
// already passes `check`, never over an existing file; or add an issue or a
// source to a debate, editing its files in place (see authoring/insert.ts).
// Exit codes: 0 written, 1 refused (the file exists, a bad id, a debate with
// errors), 2 bad usage.
import { existsSync, statSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkId, nameFromId } from '../authoring/ids.js';
import { modeline } from '../authoring/modeline.js';
import { writeNewFile } from '../authoring/write-file.js';
import { singleLine } from '../model/sanitize.js';
import { closest } from '../model/suggest.js';
import { DEBATE_FILE, describeFsError, SOURCE_KINDS } from '../model/terms.js';
import { displayPath, type Output, paint, processOutput } from '../terminal/output.js';
import { runNewIssue, runNewSource } from './new-entry.js';
import { DEFAULT_PARENT, debateFor, shellWord } from './new-target.js';

export interface NewActorArgs {
  id: string;
  dir?: string;
  name?: string;
  /** A respondent file whose stances the stub starts from. */
  from?: string;
}

export interface NewDebateArgs {
  id: string;
  dir?: string;
}

export function registerNew(program: Command, run: (code: number) => void): void {
  const cmd = program
    .command('new')
    .description('Create a debate or an actor file from a commented template (never overwrites)')
    .addHelpText(
      'after',
      '\nExamples:\n  standpoint new debate school-phones\n  standpoint new actor teachers-union parents positions/school-phones\n  standpoint new issue cost positions/school-phones --title Cost --question "Is it worth what it costs?"\n  standpoint new source survey-2025 positions/school-phones --title "Parent survey 2025" --kind data\n',
    );
  cmd
    .command('actor')
    .description('Write DIR/ID.yaml for each ID: one "unclear" stub per issue of the debate, to fill in')
    .argument('<id...>', "the actors' ids, lower-kebab-case (each becomes a file name), then optionally the debate folder")
    .option('--name <name>', 'the name shown in column headers, for a single actor (default: made from the id)')
    .option('--from <file>', "start from a student's quiz answers (responses/NAME.yaml): stances filled in, claims to write")
    .addHelpText(
      'after',
      `\nDIR (the last argument, when it is a folder): the debate folder; default: the only debate under ./${DEFAULT_PARENT}.`,
    )
    .action(async (words: string[], opts: { name?: string; from?: string }) => {
      run(await runNewActors(words, opts.name, processOutput(), opts.from));
    });
  cmd
    .command('issue')
    .description('Add an issue to debate.yaml, and an "unclear" stub position on it to every actor file')
    .argument('<id>', "the issue's id, lower-kebab-case")
    .argument('[dir]', `the debate folder (default: the only debate under ./${DEFAULT_PARENT})`)
    .requiredOption('--title <text>', 'a short title, shown in column and row headers')
    .requiredOption('--question <text>', 'a yes/no question; every stance answers it')
    .action(async (id: string, dir: string | undefined, opts: { title: string; question: string }) => {
      run(await runNewIssue({ id, dir, title: opts.title, question: opts.question }, processOutput()));
    });
  cmd
    .command('source')
    .description("Add a source to debate.yaml's sources, for evidence to cite")
    .argument('<id>', "the source's id, lower-kebab-case")
    .argument('[dir]', `the debate folder (default: the only debate under ./${DEFAULT_PARENT})`)
    .requiredOption('--title <text>', 'the title of the article, report or data set')
    .requiredOption('--kind <kind>', SOURCE_KINDS.join(' | '))
    .option('--url <url>', 'where to read it')
    .option('--publisher <name>', 'who published it')
    .action(async (id: string, dir: string | undefined, opts: { title: string; kind: string; url?: string; publisher?: string }) => {
      run(await runNewSource({ id, dir, ...opts }, processOutput()));
    });
  cmd
    .command('debate')
    .description('Write DIR/ID/debate.yaml: the question, the issues, the sources')
    .argument('<id>', "the debate's id, lower-kebab-case; it becomes the folder name")
    .argument('[dir]', `where the debate folder goes (default: ./${DEFAULT_PARENT})`)
    .action(async (id: string, dir: string | undefined) => {
      run(await runNewDebate({ id, dir }, processOutput()));
    });
}

/**
 * `new actor a b c [DIR]`: ids cannot hold a slash and rarely name a folder
 * here, so a last word that does (or that is a folder) is the debate folder.
 */
export async function runNewActors(words: readonly string[], name: string | undefined, o: Output, from?: string): Promise<number> {
  const last = words[words.length - 1];
  const isDir = words.length > 1 && last !== undefined && (/[\\/]/.test(last) || isFolder(last));
  const ids = isDir ? words.slice(0, -1) : [...words];
  const dir = isDir ? last : undefined;
  if (ids.length > 1 && name !== undefined) {
    o.err('standpoint: --name names one actor: give one id with it, or leave it out and edit the names in the files.\n');
    return 2;
  }
  if (ids.length > 1 && from !== undefined) {
    o.err('standpoint: --from makes one actor from one respondent file: give one id with it.\n');
    return 2;
  }
  let code = 0;
  for (const [i, id] of ids.entries()) code = Math.max(code, await runNewActor({ id, dir, name, from }, o, i === ids.length - 1));
  return code;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runNewActor(args: NewActorArgs, o: Output, steps = true): Promise<number> {
  const fail = (code: number, message: string) => {
    o.err(`standpoint: ${message}\n`);
    return code;
  };
  const idCheck = checkId(args.id, 'actor');
  if (!idCheck.ok) return fail(1, idCheck.message);
  if (args.id === 'debate') return fail(1, `"debate" cannot be an actor id: ${DEBATE_FILE} holds the debate itself. Choose another id.`);
  const name = args.name === undefined ? nameFromId(args.id) : singleLine(args.name);
  if (name === '') return fail(2, '--name must not be empty.');

  const where = await debateFor(args.dir);
  if (!where.ok) return fail(where.code, where.message);
  const dir = where.dir;
  const { loadDebate } = await import('../model/load.js');
  const { model, texts } = await loadDebate(dir, { lint: false });
  const debateErrors = model.diagnostics.filter((d) => d.file === model.file && d.severity === 'error');
  if (debateErrors.length > 0) {
    return fail(
      1,
      `${displayPath(model.file)} has ${debateErrors.length} error${debateErrors.length === 1 ? '' : 's'}, so its issues are not known yet; nothing was written. Fix it first: standpoint check ${shellWord(displayPath(dir))}`,
    );
  }
  const twin = join(dir, `${args.id}.yml`);
  if (existsSync(twin))
    return fail(1, `Actor "${args.id}" already exists as ${displayPath(twin)}; nothing was written. Edit that file instead.`);

  let from: Map<string, { stance: string; note?: string }> | undefined;
  if (args.from !== undefined) {
    const { readRespondentFile } = await import('../model/respondent.js');
    const read = await readRespondentFile(
      resolve(args.from),
      model.issues.map((i) => i.id),
    );
    const bad = read.diagnostics.find((d) => d.severity === 'error');
    if (!read.respondent)
      return fail(
        1,
        `${displayPath(bad?.file ?? args.from)}:${bad?.line ?? 1}:${bad?.col ?? 1}: ${bad?.message ?? 'not a respondent file'} Nothing was written.`,
      );
    from = new Map(read.respondent.answers);
  }
  const file = join(dir, `${args.id}.yaml`);
  const { actorTemplate } = await import('../authoring/templates.js');
  const text = actorTemplate({ id: args.id, name, model, modeline: modeline('actor', dir), from });
  let result: Awaited<ReturnType<typeof writeNewFile>>;
  try {
    result = await writeNewFile(file, text);
  } catch (err) {
    return fail(1, `Cannot write ${displayPath(file)}: ${describeFsError(err)}.`);
  }
  if (result === 'exists') {
    return fail(1, `${displayPath(file)} already exists; nothing was written. Edit it, or choose another id.`);
  }

  const shownFile = displayPath(file);
  const shownDir = shellWord(displayPath(dir));
  const n = model.issues.length;
  const stubs = n === 1 ? 'an "unclear" stub for its one issue' : `an "unclear" stub for each of its ${n} issues`;
  const lines = [`${paint(o, 'green', 'Created')} ${shownFile}: "${name}", with ${stubs}.`];
  if (steps)
    lines.push(
      'Next:',
      `  1. Edit ${shownFile}: give each position a stance, a claim, evidence and counterpoints.`,
      `  2. Check it:   standpoint check ${shownDir}`,
      `  3. See it:     standpoint ${shownDir}`,
    );
  const others = model.actors.map((a) => a.id).filter((a) => a !== args.id);
  const near = closest(args.id, others);
  if (near)
    lines.push(`Note: "${near}" is already an actor here; if you meant to change it, edit ${displayPath(join(dir, `${near}.yaml`))}.`);
  const order = await columnOrder(texts.get(model.file));
  if (order && !order.includes(args.id))
    lines.push(`Note: ${DEBATE_FILE} sets the column order under "actors:"; add ${args.id} there to place its column.`);
  o.out(`${lines.join('\n')}\n`);
  return 0;
}

export async function runNewDebate(args: NewDebateArgs, o: Output): Promise<number> {
  const fail = (code: number, message: string) => {
    o.err(`standpoint: ${message}\n`);
    return code;
  };
  const idCheck = checkId(args.id, 'debate');
  if (!idCheck.ok) return fail(1, idCheck.message);
  const parent = args.dir ?? DEFAULT_PARENT;
  if (existsSync(join(parent, DEBATE_FILE))) {
    return fail(
      2,
      `${displayPath(resolve(parent))} is a debate folder itself; a new debate goes next to it: standpoint new debate ${args.id} ${shellWord(displayPath(resolve(parent, '..')))}`,
    );
  }
  const dir = resolve(parent, args.id);
  const file = join(dir, DEBATE_FILE);
  let made: string | undefined;
  try {
    made = await mkdir(dir, { recursive: true });
  } catch (err) {
    return fail(1, `Cannot create the folder ${displayPath(dir)}: ${describeFsError(err)}.`);
  }
  const month = new Date().toISOString().slice(0, 7);
  const { debateTemplate } = await import('../authoring/templates.js');
  const text = debateTemplate({ id: args.id, title: nameFromId(args.id), modeline: modeline('debate', dir), month });
  let result: Awaited<ReturnType<typeof writeNewFile>>;
  try {
    result = await writeNewFile(file, text);
  } catch (err) {
    // Leave no empty folder behind that this run made (rmdir refuses a non-empty one).
    if (made !== undefined) await rmdir(dir).catch(() => undefined);
    return fail(1, `Cannot write ${displayPath(file)}: ${describeFsError(err)}.`);
  }
  if (result === 'exists') return fail(1, `${displayPath(file)} already exists; nothing was written. Edit it, or choose another id.`);

  const shownFile = displayPath(file);
  const shownDir = shellWord(displayPath(dir));
  o.out(
    [
      `${paint(o, 'green', 'Created')} ${shownFile}.`,
      'Next:',
      `  1. Edit ${shownFile}: the title, the question, the issues (replace every FILL IN), the sources.`,
      `  2. Add actors:  standpoint new actor ACTOR-ID ${shownDir}`,
      `  3. Check it:    standpoint check ${shownDir}`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** The ids debate.yaml lists under `actors:`, if it sets the column order: a new actor not among them goes last. */
async function columnOrder(text: string | undefined): Promise<string[] | undefined> {
  if (text === undefined) return undefined;
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text);
  if (!doc.has('actors')) return undefined;
  const list = doc.toJS()?.actors;
  return Array.isArray(list) ? list.map(String) : [];
}
