// `standpoint new issue|source`: add an entry to a debate's debate.yaml in place
// (see authoring/insert.ts), only when the debate loads without errors, and
// every file written atomically once all edits are known to be sound.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkId } from '../authoring/ids.js';
import { replaceFile } from '../authoring/write-file.js';
import { singleLine } from '../model/sanitize.js';
import { didYouMeanValue } from '../model/suggest.js';
import { describeFsError, SOURCE_KINDS, STUB_CLAIM } from '../model/terms.js';
import type { Model } from '../model/types.js';
import { displayPath, type Output, paint } from '../terminal/output.js';
import { debateFor, shellWord } from './new-target.js';

export interface NewIssueArgs {
  id: string;
  dir?: string;
  title: string;
  question: string;
}

export interface NewSourceArgs {
  id: string;
  dir?: string;
  title: string;
  kind: string;
  url?: string;
  publisher?: string;
}

type Opened = { ok: true; dir: string; model: Model } | { ok: false; code: number };

/** The debate to edit: found, loaded, and free of errors in every file (an edit must not build on a broken file). */
async function openForEdit(dirArg: string | undefined, what: string, fail: (code: number, message: string) => number): Promise<Opened> {
  const where = await debateFor(dirArg, what);
  if (!where.ok) return { ok: false, code: fail(where.code, where.message) };
  const { loadDebate } = await import('../model/load.js');
  const { model } = await loadDebate(where.dir, { lint: false });
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const files = new Set(errors.map((d) => d.file)).size;
    return {
      ok: false,
      code: fail(
        1,
        `${displayPath(where.dir)} has ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was changed. Fix ${errors.length === 1 ? 'it' : 'them'} first: standpoint check ${shellWord(displayPath(where.dir))}`,
      ),
    };
  }
  return { ok: true, dir: where.dir, model };
}

/** Writes every edit, each file replaced atomically, only once all of them are known to be sound. */
async function writeEdits(
  edits: ReadonlyArray<readonly [string, string]>,
  fail: (code: number, message: string) => number,
): Promise<number> {
  for (const [file, text] of edits) {
    try {
      await replaceFile(file, text);
    } catch (err) {
      return fail(1, `Cannot write ${displayPath(file)}: ${describeFsError(err)}.`);
    }
  }
  return 0;
}

async function editList(
  file: string,
  key: string,
  fields: ReadonlyArray<readonly [string, string]>,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const { appendToList } = await import('../authoring/insert.js');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, message: `Cannot read ${displayPath(file)}: ${describeFsError(err)}.` };
  }
  const done = appendToList(text, key, fields);
  return done.ok ? done : { ok: false, message: `Cannot add to ${displayPath(file)}: ${done.message}; nothing was changed.` };
}

export async function runNewIssue(args: NewIssueArgs, o: Output): Promise<number> {
  const fail = (code: number, message: string) => {
    o.err(`standpoint: ${message}\n`);
    return code;
  };
  const idCheck = checkId(args.id, 'issue');
  if (!idCheck.ok) return fail(1, idCheck.message);
  const title = singleLine(args.title).trim();
  const question = singleLine(args.question).trim();
  if (title === '' || question === '') return fail(2, '--title and --question must not be empty.');
  const opened = await openForEdit(args.dir, 'issue', fail);
  if (!opened.ok) return opened.code;
  const { dir, model } = opened;
  if (model.issues.some((i) => i.id === args.id))
    return fail(1, `Issue "${args.id}" is already in ${displayPath(model.file)}; nothing was changed. Choose another id.`);

  const edits: Array<readonly [string, string]> = [];
  const debate = await editList(model.file, 'issues', [
    ['id', args.id],
    ['title', title],
    ['question', question],
  ]);
  if (!debate.ok) return fail(1, debate.message);
  edits.push([model.file, debate.text]);
  for (const actor of model.actors) {
    const taken = new Set(actor.positions.map((p) => p.id));
    let id = args.id;
    for (let n = 2; taken.has(id); n++) id = `${args.id}-${n}`;
    const stub = await editList(actor.file, 'positions', [
      ['id', id],
      ['issue', args.id],
      ['stance', 'unclear'],
      ['claim', STUB_CLAIM],
    ]);
    if (!stub.ok) return fail(1, stub.message);
    edits.push([actor.file, stub.text]);
  }
  const code = await writeEdits(edits, fail);
  if (code !== 0) return code;
  const n = model.actors.length;
  const files = model.actors.map((a) => basename(a.file)).join(', ');
  const shownDir = shellWord(displayPath(dir));
  o.out(
    [
      `${paint(o, 'green', 'Added')} issue "${args.id}" to ${displayPath(model.file)}${n === 0 ? '.' : `, and an "unclear" stub position on it to ${n === 1 ? 'the actor file' : `each of the ${n} actor files`} (${files}).`}`,
      'Next:',
      n === 0
        ? `  1. Add actors: standpoint new actor ACTOR-ID ${shownDir} (each gets a stub on every issue)`
        : '  1. Edit the stubs: give each a stance, a claim and evidence.',
      `  2. Check it:   standpoint check ${shownDir}`,
      '',
    ].join('\n'),
  );
  return 0;
}

export async function runNewSource(args: NewSourceArgs, o: Output): Promise<number> {
  const fail = (code: number, message: string) => {
    o.err(`standpoint: ${message}\n`);
    return code;
  };
  const idCheck = checkId(args.id, 'source');
  if (!idCheck.ok) return fail(1, idCheck.message);
  const kinds: readonly string[] = SOURCE_KINDS;
  if (!kinds.includes(args.kind))
    return fail(
      2,
      `--kind must be one of ${SOURCE_KINDS.join(', ')}; got "${singleLine(args.kind)}".${didYouMeanValue(singleLine(args.kind), kinds) || ' Use one of those words, as written.'}`,
    );
  const title = singleLine(args.title).trim();
  if (title === '') return fail(2, '--title must not be empty.');
  const fields: Array<readonly [string, string]> = [
    ['id', args.id],
    ['title', title],
    ['kind', args.kind],
  ];
  if (args.publisher !== undefined && singleLine(args.publisher).trim() !== '')
    fields.push(['publisher', singleLine(args.publisher).trim()]);
  if (args.url !== undefined) {
    if (!/^https?:\/\/\S+$/.test(args.url)) return fail(2, '--url must be a web address starting with https:// or http://.');
    fields.push(['url', args.url]);
  }
  const opened = await openForEdit(args.dir, 'source', fail);
  if (!opened.ok) return opened.code;
  const { dir, model } = opened;
  if (model.sources.has(args.id))
    return fail(1, `Source "${args.id}" is already in ${displayPath(model.file)}; nothing was changed. Choose another id.`);
  const edit = await editList(model.file, 'sources', fields);
  if (!edit.ok) return fail(1, edit.message);
  const code = await writeEdits([[model.file, edit.text]], fail);
  if (code !== 0) return code;
  o.out(
    [
      `${paint(o, 'green', 'Added')} source "${args.id}" to ${displayPath(model.file)}.`,
      `Cite it from evidence with "source: ${args.id}", then: standpoint check ${shellWord(displayPath(dir))}`,
      '',
    ].join('\n'),
  );
  return 0;
}
