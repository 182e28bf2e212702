// `standpoint new actor ID [DIR]` and `standpoint new debate ID [DIR]`: write a
// commented template that already passes `check`, never over an existing file.
// Exit codes: 0 written, 1 refused (the file exists, a bad id), 2 bad usage.
import { existsSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkId, nameFromId } from '../authoring/ids.js';
import { modeline } from '../authoring/modeline.js';
import { writeNewFile } from '../authoring/write-file.js';
import { displayPath, type Output, paint, processOutput } from '../cli/output.js';
import { findDebates } from '../model/discover.js';
import { singleLine } from '../model/sanitize.js';
import { closest } from '../model/suggest.js';
import { DEBATE_FILE, describeFsError } from '../model/terms.js';

export const DEFAULT_PARENT = 'positions';

export interface NewActorArgs {
  id: string;
  dir?: string;
  name?: string;
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
      '\nExamples:\n  standpoint new debate school-phones\n  standpoint new actor teachers-union positions/school-phones\n',
    );
  cmd
    .command('actor')
    .description('Write DIR/ID.yaml: one "unclear" stub per issue of the debate, to fill in')
    .argument('<id>', "the actor's id, lower-kebab-case; it becomes the file name")
    .argument('[dir]', `the debate folder (default: the only debate under ./${DEFAULT_PARENT})`)
    .option('--name <name>', 'the name shown in column headers (default: made from the id)')
    .action(async (id: string, dir: string | undefined, opts: { name?: string }) => {
      run(await runNewActor({ id, dir, name: opts.name }, processOutput()));
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

type Found = { ok: true; dir: string } | { ok: false; code: number; message: string };

/** The debate a new actor joins: DIR, or the only debate under ./positions. */
async function debateFor(dirArg: string | undefined): Promise<Found> {
  const given = dirArg ?? DEFAULT_PARENT;
  if (dirArg === undefined && !existsSync(given)) {
    return {
      ok: false,
      code: 2,
      message: `No ./${DEFAULT_PARENT} folder here. Name the debate folder: standpoint new actor ID path/to/debate (or start one: standpoint new debate ID).`,
    };
  }
  const found = await findDebates(given);
  if (!found.ok) return { ok: false, code: 2, message: found.message };
  const [only, ...more] = found.debates;
  if (only !== undefined && more.length === 0) return { ok: true, dir: only };
  const shown = found.debates.map((d) => displayPath(d));
  return {
    ok: false,
    code: 2,
    message: `${displayPath(resolve(given))} holds ${shown.length} debates (${shown.join(', ')}): name one, e.g. standpoint new actor ID ${shellWord(shown[0] ?? given)}`,
  };
}

export async function runNewActor(args: NewActorArgs, o: Output): Promise<number> {
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

  const file = join(dir, `${args.id}.yaml`);
  const { actorTemplate } = await import('../authoring/templates.js');
  const text = actorTemplate({ id: args.id, name, model, modeline: modeline('actor', dir) });
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
  const lines = [
    `${paint(o, 'green', 'Created')} ${shownFile}: "${name}", with an "unclear" stub for each of the ${n} issue${n === 1 ? '' : 's'}.`,
    'Next:',
    `  1. Edit ${shownFile}: give each position a stance, a claim, evidence and counterpoints.`,
    `  2. Check it:   standpoint check ${shownDir}`,
    `  3. See it:     standpoint ${shownDir}`,
  ];
  const others = model.actors.map((a) => a.id).filter((a) => a !== args.id);
  const near = closest(args.id, others);
  if (near)
    lines.push(`Note: "${near}" is already an actor here; if you meant to change it, edit ${displayPath(join(dir, `${near}.yaml`))}.`);
  if (await setsColumnOrder(texts.get(model.file)))
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

/** Does debate.yaml list `actors:`? Then a new actor is not in the column order until added there. */
async function setsColumnOrder(text: string | undefined): Promise<boolean> {
  if (text === undefined) return false;
  const { parseDocument } = await import('yaml');
  return parseDocument(text).has('actors');
}

/** A path as it must be typed in a shell. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
