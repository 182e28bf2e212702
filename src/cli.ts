// Arguments → one command. Exit codes: 0 ok, 1 problems found, 2 bad usage.
import { Command, CommanderError, Option } from 'commander';
import { CHECK_FORMATS } from './check/formats.js';
import { registerAudit } from './commands/audit.js';
import { type CheckOptions, runCheck } from './commands/check.js';
import { registerCompare } from './commands/compare.js';
import { registerCompletion } from './commands/completion.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerMap } from './commands/map.js';
import { registerNew } from './commands/new.js';
import { registerOpen } from './commands/open.js';
import { registerPrint } from './commands/print.js';
import { registerQuiz } from './commands/quiz.js';
import { registerSchema } from './commands/schema.js';
import { LINT_RULES } from './model/lint.js';
import { showControls } from './model/sanitize.js';
import { addColorOptions } from './terminal/color.js';
import { ENVIRONMENT_HELP } from './terminal/environment.js';
import { processOutput } from './terminal/output.js';
import { VERSION } from './version.js';

export function buildProgram(run: (code: number) => void): Command {
  const program = new Command();
  program
    .name('standpoint')
    .description('Compare where several actors stand on a contested question, side by side, in the terminal.')
    .version(VERSION, '-v, --version')
    .addHelpText('after', ENVIRONMENT_HELP)
    .showSuggestionAfterError(true)
    // `standpoint help` and `standpoint help check`, as --help (not a folder named "help").
    .helpCommand('help [command]', 'Show help for a command (as --help)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(showControls(s)) });

  program
    .command('check')
    .description('Check debate files and report every problem as file:line:col')
    .argument(
      '[paths...]',
      'debate folders, folders of debates, or files (a file means the debate that holds it) (default: this folder if it holds debate.yaml, else ./positions; never the example)',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'text, json, github (Actions annotations; the default when GITHUB_ACTIONS=true) or sarif',
      ).choices(CHECK_FORMATS),
    )
    .option('--json', 'the same as --format json')
    .option('--strict', 'treat warnings as errors')
    .addHelpText('after', `\nLint rules (warnings):\n${LINT_RULES.map((r) => `  ${r.name.padEnd(26)} ${r.summary}`).join('\n')}\n`)
    .action(async (paths: string[], opts: CheckOptions) => {
      run(await runCheck(paths, opts, processOutput()));
    });

  registerPrint(program, run);
  registerExport(program, run);
  registerCompare(program, run);
  registerMap(program, run);
  registerAudit(program, run);
  registerQuiz(program, run);
  registerNew(program, run);
  registerImport(program, run);
  registerSchema(program, run);
  registerOpen(program, run);
  registerCompletion(program, run);
  addColorOptions(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // 'commander.help' with exit code 1 is help shown for a missing subcommand: a usage error.
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        (err.code === 'commander.help' && err.exitCode === 0)
      )
        return 0;
      return 2;
    }
    process.stderr.write(showControls(`standpoint: ${(err as Error)?.message ?? String(err)}\n`));
    return 1;
  }
  return code;
}
