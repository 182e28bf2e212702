// `standpoint import csv FILE [DIR]`: a spreadsheet grid (issues down, actors
// across, stances in the cells) becomes a debate folder: debate.yaml and one
// file per actor, commented like `standpoint new` writes them. Nothing is ever
// overwritten: a folder that already holds any of the files is refused before
// anything is written. Exit codes: 0 written, 1 refused or bad cells, 2 usage.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { columnLetter, type GridProblem, readGrid } from '../authoring/grid.js';
import { kebabSuggestion, nameFromId } from '../authoring/ids.js';
import { modeline } from '../authoring/modeline.js';
import { writeNewFile } from '../authoring/write-file.js';
import { showControls, singleLine } from '../model/sanitize.js';
import { DEBATE_FILE, describeFsError } from '../model/terms.js';
import { displayPath, type Output, paint, processOutput } from '../terminal/output.js';
import { DEFAULT_PARENT } from './new-target.js';

export interface ImportCsvArgs {
  file: string;
  /** The debate folder to create (default: ./positions/<file name>). */
  dir?: string;
}

/** "grid.csv:3:4 (D3): message": the line a spreadsheet user can find the cell by. */
export function problemLine(file: string, p: GridProblem): string {
  if (p.row === 0) return `${file}: ${p.message}`;
  if (p.col === 0) return `${file}:${p.row}: ${p.message}`;
  return `${file}:${p.row}:${p.col} (cell ${columnLetter(p.col)}${p.row}): ${p.message}`;
}

export async function runImportCsv(args: ImportCsvArgs, o: Output): Promise<number> {
  const fail = (code: number, message: string) => {
    o.err(`standpoint: ${message}\n`);
    return code;
  };
  const shownFile = displayPath(resolve(args.file));
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (err) {
    return fail(2, `Cannot read ${shownFile}: ${describeFsError(err)}.`);
  }
  const read = readGrid(text);
  if (!read.ok) {
    for (const p of read.problems) o.err(`${showControls(problemLine(shownFile, p))}\n`);
    const n = read.problems.length;
    return fail(1, `${n} problem${n === 1 ? '' : 's'} in ${shownFile}; nothing was written. Fix the cells named above and import again.`);
  }
  const { grid } = read;
  // The templates load the YAML library: only this command and `new` need it.
  const { gridActorTemplate, gridDebateTemplate } = await import('../authoring/grid-templates.js');
  const stem = basename(args.file, extname(args.file));
  const id = kebabSuggestion(stem) || 'imported';
  const dir = resolve(args.dir ?? join(DEFAULT_PARENT, id));
  const targets = [join(dir, DEBATE_FILE), ...grid.actors.flatMap((a) => [join(dir, `${a.id}.yaml`), join(dir, `${a.id}.yml`)])];
  const taken = targets.filter((t) => existsSync(t));
  if (taken.length > 0)
    return fail(
      1,
      `${taken.map((t) => displayPath(t)).join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was written. Import into a new folder: standpoint import csv ${JSON.stringify(args.file)} path/to/new-folder`,
    );
  let made: string | undefined;
  try {
    made = await mkdir(dir, { recursive: true });
  } catch (err) {
    return fail(1, `Cannot create the folder ${displayPath(dir)}: ${describeFsError(err)}.`);
  }
  const title = nameFromId(id);
  const files: Array<[string, string]> = [
    [
      join(dir, DEBATE_FILE),
      gridDebateTemplate({ id: basename(dir), title, from: basename(args.file), grid, modeline: modeline('debate', dir) }),
    ],
    ...grid.actors.map((actor): [string, string] => [
      join(dir, `${actor.id}.yaml`),
      gridActorTemplate({ actor, debateTitle: title, grid, modeline: modeline('actor', dir) }),
    ]),
  ];
  const written: string[] = [];
  for (const [file, body] of files) {
    let result: Awaited<ReturnType<typeof writeNewFile>>;
    try {
      result = await writeNewFile(file, body);
    } catch (err) {
      await undo(written, made);
      return fail(1, `Cannot write ${displayPath(file)}: ${describeFsError(err)}; nothing was kept.`);
    }
    if (result === 'exists') {
      // Someone made it between the check and now: theirs stays, ours goes.
      await undo(written, made);
      return fail(1, `${displayPath(file)} appeared while importing; nothing was kept. Import into a new folder.`);
    }
    written.push(file);
  }
  const shownDir = displayPath(dir);
  const positions = grid.issues.reduce((n, i) => n + i.positions.size, 0);
  o.out(
    [
      `${paint(o, 'green', 'Created')} ${shownDir}: ${grid.issues.length} issue${grid.issues.length === 1 ? '' : 's'}, ${grid.actors.length} actor${grid.actors.length === 1 ? '' : 's'} (${grid.actors.map((a) => singleLine(a.name)).join(', ')}), ${positions} position${positions === 1 ? '' : 's'}.`,
      'Next:',
      `  1. Edit ${displayPath(join(dir, DEBATE_FILE))}: the question (replace every FILL IN) and the sources.`,
      '  2. Add evidence and counterpoints to each actor file.',
      `  3. Check it:  standpoint check ${JSON.stringify(shownDir)}`,
      '',
    ].join('\n'),
  );
  return 0;
}

/** Removes the files this run wrote, and the folder if this run made it and it is empty again. */
async function undo(written: string[], made: string | undefined): Promise<void> {
  for (const f of written) await rm(f, { force: true }).catch(() => undefined);
  if (made !== undefined) await rm(made, { recursive: false }).catch(() => undefined);
}

export function registerImport(program: Command, run: (code: number) => void): void {
  const cmd = program.command('import').description('Make a debate folder from data made elsewhere (a spreadsheet)');
  cmd
    .command('csv')
    .description('Make a debate from a spreadsheet grid saved as CSV: issues down, actors across, stances in the cells')
    .argument('<file>', 'the CSV file: header "issue,question,<actor>,<actor> claim, ..." (see docs/exports.md)')
    .argument('[dir]', `the debate folder to create (default: ./${DEFAULT_PARENT}/<file name>); never overwrites`)
    .addHelpText(
      'after',
      '\nExample grid:\n  issue,question,Council,Council claim,Traders\n  Parking fees,Should the town raise parking fees?,for,It pays for the buses,against\n  Car-free centre,Should the centre be car-free?,leans for,,mixed\n',
    )
    .action(async (file: string, dir: string | undefined) => {
      run(await runImportCsv({ file, dir }, processOutput()));
    });
}
