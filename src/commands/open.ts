// `standpoint [DIR]`: the side-by-side TUI. When stdout (or stdin) is not a
// terminal it prints the plain-text summary instead, so pipes and screen
// readers get text rather than escape sequences.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { loadDebateRemembered } from '../cache/debates.js';
import type { Answers } from '../debate/closeness.js';
import type { LensKind } from '../debate/lens.js';
import { saveCodeCache } from '../launch/hook.js';
import { chooseDir, findDebates } from '../model/discover.js';
import { singleLine } from '../model/sanitize.js';
import { closest } from '../model/suggest.js';
import { DEBATE_FILE } from '../model/terms.js';
import { type Output, processOutput } from '../terminal/output.js';
import type { RunOptions } from '../tui/run.js';
import type { DebateChoice } from '../tui/screens/picker/view.js';
import type { InitialOptions } from '../tui/view-state.js';
import { EarlyWatches } from '../watch/early.js';
import { runPrint } from './print.js';
import { lensOption } from './shared.js';

export interface OpenOptions {
  /** Start in presenter mode at the first issue, every point hidden. */
  present?: boolean;
  lens?: LensKind;
  /** Start on this screen instead (standpoint quiz). */
  screen?: 'quiz';
  /** Blind mode: actors are "Actor A, B, C" until revealed. */
  blind?: boolean;
  /** The name the quiz saves under; given, it saves when the result is reached. */
  saveName?: string;
}

export function registerOpen(program: Command, run: (code: number) => void): void {
  program
    .argument(
      '[dir]',
      'a debate folder, or a folder of debates (default: this folder if it holds debate.yaml, else ./positions, else the example)',
    )
    .option('--present', 'start in presenter mode: the first issue, its points revealed one key press at a time')
    .option('--lens <kind>', 'show only one kind of evidence: quote, fact, statistic, claim or interpretation (f changes it)')
    .option('--blind', 'actors are "Actor A, B, C" (names, roles, people, speakers hidden) until R reveals them')
    // The commands' own options (print --lens) must not be taken for these.
    .enablePositionalOptions()
    .addHelpText('after', '\nWith no command, opens the debates in DIR side by side (press ? inside for the keys).\n')
    .action(async (dir: string | undefined, flags: { present?: boolean; lens?: string; blind?: boolean }) => {
      const o = processOutput();
      const lens = lensOption(flags.lens, o);
      if (lens === null) return run(2);
      const commands = program.commands.map((c) => c.name());
      const where = chooseDir(dir, true, (line) => o.err(line));
      run(where === undefined ? 2 : await runOpen(where, o, commands, { present: flags.present, lens, blind: flags.blind }));
    });
}

export async function runOpen(dir: string, o: Output, commands: readonly string[] = [], opts: OpenOptions = {}): Promise<number> {
  // A misspelt command arrives here as a folder name: say which command was meant.
  const meant = !existsSync(dir) && /^[a-z]+$/.test(dir) ? closest(dir, commands) : undefined;
  if (meant) {
    o.err(`standpoint: no folder "${dir}" here, and no command "${dir}". Did you mean \`standpoint ${meant}\`?\n`);
    return 2;
  }
  // A dumb terminal (TERM=dumb: Emacs' shell, some screen readers) moves no cursor: it gets the text too.
  if (!process.stdout.isTTY || !process.stdin.isTTY || process.env.TERM === 'dumb') return runPrint(dir, { lens: opts.lens }, o);
  // The TUI (Ink, React, the layout engine) is loaded only here, so check, print
  // and export never pay for it; it loads while the debate is read.
  const tui = Promise.all([import('../tui/run.js'), import('../tui/live.js')]);
  const found = await findDebates(dir);
  if (!found.ok) {
    o.err(`standpoint: ${found.message}\n`);
    return 2;
  }
  const only = found.debates.length === 1 ? found.debates[0] : undefined;
  // The titles are for the list of debates to choose from: one debate has none (and its title comes with it).
  const debates = only
    ? [{ dir: only, title: basename(only), name: singleLine(basename(only)) }]
    : await Promise.all(found.debates.map(choice));
  // Each debate is watched from before it is read, so a save made while it loads is not lost.
  const early = new EarlyWatches();
  const load = (d: string) => {
    early.start(d);
    return loadDebateRemembered(d);
  };
  const initial = only ? await load(only) : undefined;
  const start = await startOptions(opts);
  const [{ runTui }, { liveReload }] = await tui;
  // Once the first frame is drawn and the keys answered, the code that did it is
  // compiled: keep it for the next start (at quit, if that comes sooner), in
  // place of a cache another command made without the TUI's code.
  const idle = setTimeout(() => saveCodeCache({ grow: true }), 2000).unref();
  const saveAnswers = async (model: Parameters<NonNullable<RunOptions['saveAnswers']>>[0], answers: Answers, name?: string) => {
    const { saveRespondent } = await import('../authoring/save-respondent.js');
    return saveRespondent(model, name ?? opts.saveName ?? 'respondent', answers);
  };
  const code = await runTui({ debates, initial, load, ...liveReload(early), start, saveAnswers });
  early.close();
  clearTimeout(idle);
  saveCodeCache();
  return code;
}

async function startOptions(opts: OpenOptions): Promise<InitialOptions | undefined> {
  if (opts.screen === 'quiz') {
    const { freshQuiz } = await import('../tui/screens/quiz/quiz-state.js');
    return { screen: 'quiz', lens: opts.lens, blind: opts.blind, quiz: freshQuiz(opts.saveName !== undefined) };
  }
  if (!opts.present && !opts.lens && !opts.blind) return undefined;
  return { screen: opts.present ? 'present' : undefined, lens: opts.lens, blind: opts.blind };
}

/** A debate's title for the picker, read from debate.yaml alone (the actors load once it is chosen). */
async function choice(dir: string): Promise<DebateChoice> {
  const { readYamlFile } = await import('../model/read.js');
  const read = await readYamlFile(join(dir, DEBATE_FILE));
  const data = read.data as { title?: unknown } | undefined;
  const title = typeof data?.title === 'string' && data.title.trim() ? singleLine(data.title) : singleLine(basename(dir));
  return { dir, title, name: singleLine(basename(dir)) };
}
