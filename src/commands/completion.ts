// `standpoint completion bash|zsh|fish` prints a shell completion script; the
// script asks `standpoint complete -- WORDS…` for candidates at each Tab.
// Both are @bomb.sh/tab (maintained, and made for commander): it writes the
// shell scripts and matches words to commands; this file tells it the
// commands, options and what each argument takes. Loaded only for these two.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Option } from 'commander';
import { CHECK_FORMATS } from '../check/formats.js';
import { LENS_KINDS } from '../debate/lens.js';
import { defaultDir } from '../model/discover.js';
import { DEBATE_FILE } from '../model/terms.js';
import { FORMATS as EXPORT_FORMATS } from './export.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

type Complete = (value: string, description: string) => void;

function offer(complete: Complete, values: readonly string[] | undefined, description = ''): void {
  for (const v of values ?? []) complete(v, description);
}

/** Folders near here that hold a debate, and the folders that hold those: what DIR arguments take. */
export function debateFolders(cwd = '.'): string[] {
  const found = new Set<string>();
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(join(cwd, dir), { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.name === DEBATE_FILE && e.isFile())) {
      found.add(dir);
      if (dir.includes('/')) found.add(dir.slice(0, dir.lastIndexOf('/')));
      return;
    }
    if (depth === 0) return;
    for (const e of entries)
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        walk(dir === '' ? e.name : `${dir}/${e.name}`, depth - 1);
  };
  walk('', 3);
  found.delete('');
  return [...found].sort();
}

/** Actor ids (actor file names) of the debate `compare` would open with no DIR. */
export function actorIds(given?: string): string[] {
  const found = given === undefined ? defaultDir({ example: false }) : undefined;
  const dir = given ?? (found?.ok ? found.dir : undefined);
  if (dir === undefined) return [];
  const read = (d: string) => {
    try {
      return readdirSync(d, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  let entries = read(dir);
  if (!entries.some((e) => e.name === DEBATE_FILE)) {
    const first = entries
      .filter((e) => e.isDirectory() && read(join(dir, e.name)).some((f) => f.name === DEBATE_FILE))
      .map((e) => e.name)
      .sort()[0];
    if (first === undefined) return [];
    entries = read(join(dir, first));
  }
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !/^debate\.ya?ml$/.test(e.name))
    .map((e) => e.name.replace(/\.ya?ml$/, ''))
    .sort();
}

const FOLDER_ARGS = new Set(['dir', 'paths', 'debate']);

function argumentHandler(command: string, name: string, index: number): ((complete: Complete) => void) | undefined {
  if (command === 'compare' && index < 2) return (complete) => offer(complete, actorIds(), 'actor');
  if (FOLDER_ARGS.has(name)) return (complete) => offer(complete, debateFolders(), 'debate folder');
  return undefined;
}

function optionValues(command: string, option: Option): readonly string[] | undefined {
  if (option.long === '--format') return command === 'export' ? EXPORT_FORMATS : CHECK_FORMATS;
  if (option.long === '--lens') return LENS_KINDS;
  return option.argChoices;
}

export async function completionTree(program: Command) {
  const { default: t } = await import('@bomb.sh/tab');
  const addOptions = (target: { option: (...a: never[]) => unknown }, cmd: Command, path: string) => {
    for (const o of cmd.options) {
      const long = o.long?.slice(2);
      if (!long || o.hidden) continue;
      const short = o.short?.slice(1);
      const values = optionValues(path, o);
      const takesValue = o.required || o.optional;
      const add = target.option as (v: string, d: string, h?: unknown, a?: string) => unknown;
      if (takesValue) add.call(target, long, o.description, (complete: Complete) => offer(complete, values), short);
      else add.call(target, long, o.description, short);
    }
  };
  const addCommand = (cmd: Command, path: string) => {
    if ((cmd as unknown as { _hidden?: boolean })._hidden) return;
    const c = t.command(path, cmd.description());
    addOptions(c as never, cmd, path);
    cmd.registeredArguments.forEach((a, i) => {
      const choices = a.argChoices;
      const handler = argumentHandler(path, a.name(), i) ?? (choices ? (complete: Complete) => offer(complete, choices) : undefined);
      c.argument(a.name(), handler, a.variadic);
    });
    for (const sub of cmd.commands) addCommand(sub, `${path} ${sub.name()}`);
  };
  for (const cmd of program.commands) addCommand(cmd, cmd.name());
  // The TUI is the bare command: `standpoint DIR` opens a debate.
  for (const a of program.registeredArguments) t.argument(a.name(), (complete) => offer(complete, debateFolders(), 'debate folder'));
  addOptions(t as never, program, '');
  return t;
}

export function registerCompletion(program: Command, run: (code: number) => void): void {
  program
    .command('completion')
    .description('Print the shell completion script for bash, zsh or fish (see "Shell completion" in docs/ci.md)')
    .argument('<shell>', SHELLS.join(', '))
    .action(async (shell: string) => {
      if (!(SHELLS as readonly string[]).includes(shell)) {
        process.stderr.write(`standpoint: No completion for "${shell.replace(/[^\w.-]/g, '?')}": use ${SHELLS.join(', ')}.\n`);
        return run(2);
      }
      const t = await completionTree(program);
      t.setup('standpoint', 'standpoint', shell);
      run(0);
    });
  program
    .command('complete', { hidden: true })
    .description('Answer a completion script: the candidates for the words after --')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const t = await completionTree(program);
      t.parse(words);
      run(0);
    });
}
