// Opens the reader's editor at a file and line: $VISUAL, else $EDITOR, else
// vi. The variable may hold arguments ("code --wait"); it is split into words
// like a shell would (shell-quote), but never run by one, so a file name or
// a variable cannot smuggle in a command. Each editor family is told the
// line its own way. It is started through cross-spawn, which finds Windows'
// `code.cmd`-style shims on PATH and quotes the arguments for them as cmd.exe
// reads them (Node's own spawn does neither without a shell).
import type { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import crossSpawn from 'cross-spawn';
import { parse } from 'shell-quote';
import { singleLine } from '../model/sanitize.js';
import type { Location } from '../model/types.js';

export type EditResult = { ok: true; editor: string; note?: string } | { ok: false; message: string };

/** `+LINE file`: the vi family, nano, emacs, micro, kakoune and most terminal editors. */
const PLUS_LINE = new Set([
  'vi',
  'vim',
  'nvim',
  'gvim',
  'mvim',
  'nvi',
  'elvis',
  'vis',
  'view',
  'nano',
  'rnano',
  'pico',
  'emacs',
  'emacsclient',
  'xemacs',
  'micro',
  'kak',
  'joe',
  'jmacs',
  'jpico',
  'jstar',
  'ne',
  'mg',
  'jed',
  'mcedit',
  'gedit',
  'editor',
  'sensible-editor',
]);
/** `-g file:line:col`: Visual Studio Code and its forks. */
const GOTO_FLAG = new Set(['code', 'code-insiders', 'code-oss', 'codium', 'vscodium', 'cursor', 'windsurf']);
/** `file:line:col`: Sublime Text, Zed, Helix. */
const SUFFIX = new Set(['subl', 'sublime_text', 'zed', 'zeditor', 'hx', 'helix']);
/** `--line LINE file`: JetBrains IDEs. */
const LINE_FLAG = new Set(['idea', 'webstorm', 'pycharm', 'goland', 'phpstorm', 'rubymine', 'clion', 'rider', 'studio']);

/** The editor's name as the tables above know it: "/usr/bin/nvim" → "nvim", "Code.exe" → "code". */
export function editorName(command: string): string {
  return basename(command)
    .toLowerCase()
    .replace(/\.(exe|cmd|bat)$/, '');
}

/** The arguments that open `target` at its line in `command`. Unknown editors get the file alone. */
export function locationArgs(command: string, target: Location): string[] {
  const name = editorName(command);
  const line = Math.max(1, target.line);
  const col = Math.max(1, target.col);
  if (PLUS_LINE.has(name)) return [`+${line}`, target.file];
  if (GOTO_FLAG.has(name)) return ['-g', `${target.file}:${line}:${col}`];
  if (SUFFIX.has(name)) return [`${target.file}:${line}:${col}`];
  if (LINE_FLAG.has(name)) return ['--line', String(line), target.file];
  return [target.file];
}

export type EditorCommand = { ok: true; argv: string[]; from: string } | { ok: false; message: string };

/** The editor command from the environment, split into words. */
export function editorCommand(env: NodeJS.ProcessEnv): EditorCommand {
  const from = env.VISUAL?.trim() ? 'VISUAL' : env.EDITOR?.trim() ? 'EDITOR' : undefined;
  if (!from) return { ok: true, argv: ['vi'], from: 'default' };
  const raw = env[from] as string;
  const argv: string[] = [];
  for (const word of parse(raw, (key) => env[key] ?? '')) {
    if (typeof word === 'string') argv.push(word);
    else if ('comment' in word) break;
    else if (word.op === 'glob') argv.push(word.pattern);
    else
      return {
        ok: false,
        message: `$${from} holds shell syntax ("${singleLine(word.op)}") that is not run: set it to an editor and its arguments, e.g. "code --wait".`,
      };
  }
  if (argv.length === 0 || !argv[0]) return { ok: true, argv: ['vi'], from: 'default' };
  return { ok: true, argv, from };
}

export interface LaunchOptions {
  env?: NodeJS.ProcessEnv;
  /** Runs the editor and waits for it (tests stand in their own). */
  run?: typeof spawnSync;
}

/**
 * Runs the editor on the terminal and waits until it closes. The caller
 * hands the terminal over first (see run.ts) and takes it back afterwards.
 */
export function launchEditor(target: Location, opts: LaunchOptions = {}): EditResult {
  const env = opts.env ?? process.env;
  const cmd = editorCommand(env);
  if (!cmd.ok) return cmd;
  const [command, ...before] = cmd.argv as [string, ...string[]];
  const shown = singleLine(editorName(command));
  const run = opts.run ?? crossSpawn.sync;
  const result = run(command, [...before, ...locationArgs(command, target)], { stdio: 'inherit', env, shell: false });
  if (result.error) {
    // Short: it is shown in the footer, beside the keys.
    const code = (result.error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'not allowed to run' : `did not start (${singleLine(result.error.message)})`;
    const hint = cmd.from === 'default' ? 'set $VISUAL or $EDITOR' : `check $${cmd.from}`;
    return { ok: false, message: `Editor "${shown}" ${why}: ${hint}.` };
  }
  if (result.signal) return { ok: true, editor: shown, note: `${shown} was stopped (${result.signal})` };
  if (result.status) return { ok: true, editor: shown, note: `${shown} exited with code ${result.status}` };
  return { ok: true, editor: shown };
}
