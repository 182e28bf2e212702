// `standpoint quiz [DIR]`: the TUI on the quiz screen. `standpoint class
// [DIR]`: every saved answer of the class, as text (or CSV), optionally two
// rounds compared (--before DIR --after DIR, each a debate folder or a
// folder of respondent files).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { chooseDir } from '../model/discover.js';
import type { Model } from '../model/types.js';
import { type Output, processOutput } from '../terminal/output.js';
import { runOpen } from './open.js';
import { loadDebates } from './shared.js';

export function registerQuiz(program: Command, run: (code: number) => void): void {
  program
    .command('quiz')
    .description('Where do you stand? Answer each issue, see where every actor stands, then who is closest to you and why')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions, else the example)')
    .option('--save <name>', 'save the answers at the end as responses/<name>.yaml in the debate folder (never over another file)')
    .option('--blind', 'actors are "Actor A, B, C" until R reveals them')
    .action(async (dir: string | undefined, opts: { save?: string; blind?: boolean }) => {
      const o = processOutput();
      const where = chooseDir(dir, true, (line) => o.err(line));
      if (where === undefined) return run(2);
      if (!process.stdout.isTTY || !process.stdin.isTTY) {
        o.err('standpoint: the quiz needs a terminal (it asks you questions); run it without a pipe.\n');
        return run(2);
      }
      run(await runOpen(where, o, [], { screen: 'quiz', blind: opts.blind, saveName: opts.save }));
    });

  program
    .command('class')
    .description("The class: everyone's saved quiz answers per issue, as bars on the stance scale with the actors placed on it")
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--csv', 'print the results as CSV, one row per issue and stance, for a spreadsheet')
    .option('--before <dir>', 'answers of an earlier round: a debate folder, or a folder of respondent files')
    .option('--after <dir>', "answers of the later round (default: the debate's responses/)")
    .option('--blind', 'actors are "Actor A, B, C"')
    .option('--width <n>', 'wrap to this many columns (default: $COLUMNS or 80)')
    .action(async (dir: string | undefined, opts: ClassOptions) => {
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runClass(where, opts, o));
    });
}

export interface ClassOptions {
  csv?: boolean;
  before?: string;
  after?: string;
  blind?: boolean;
  width?: string;
}

/** The respondent files of a round: DIR/responses when DIR is a debate folder, else DIR itself. */
async function roundFolder(dir: string): Promise<string> {
  // Its module builds the respondent schema: loaded only by the commands that read answers.
  const { RESPONSES_DIR } = await import('../model/respondent.js');
  const inside = join(dir, RESPONSES_DIR);
  return (await stat(inside).catch(() => undefined))?.isDirectory() ? inside : dir;
}

export async function runClass(dir: string, opts: ClassOptions, o: Output): Promise<number> {
  const models = await loadDebates(dir, o, { many: false });
  const loaded = models?.[0];
  if (!loaded) return 2;
  const [{ readRespondentsIn, RESPONSES_DIR }, { classView }, { classBody }, { lineText }, { blindModel }] = await Promise.all([
    import('../model/respondent.js'),
    import('../debate/class.js'),
    import('../tui/screens/class/layout.js'),
    import('../tui/lines.js'),
    import('../debate/blind.js'),
  ]);
  const model: Model = opts.blind ? blindModel(loaded) : loaded;
  const ids = model.issues.map((i) => i.id);
  const read = async (folder: string) => {
    const r = await readRespondentsIn(await roundFolder(folder), ids);
    const { sortDiagnostics } = await import('../model/diagnostics.js');
    for (const d of sortDiagnostics(r.diagnostics).filter((x) => x.severity === 'error'))
      o.err(`standpoint: ${d.file}:${d.line}:${d.col}: ${d.message} (left out; run standpoint check)\n`);
    return r.respondents.map((x) => x.answers);
  };
  const after = await read(opts.after ?? join(loaded.dir, RESPONSES_DIR));
  const before = opts.before ? await read(opts.before) : undefined;
  const view = classView(model, after);
  const was = before ? classView(model, before) : undefined;
  if (opts.csv) {
    const { classCsv } = await import('../export/class-csv.js');
    o.out(classCsv(view, was));
    return 0;
  }
  const cols = Math.max(40, Math.min(200, Number(opts.width) || o.columns || 80));
  for (const line of classBody(model, view, cols, was)) o.out(`${lineText(line).trimEnd()}\n`);
  return 0;
}
