// `standpoint compare A B [DIR]`: where two actors agree and disagree, issue by issue.
import type { Command } from 'commander';
import { type Output, processOutput } from '../cli/output.js';
import { compareActors, findActor } from '../export/compare.js';
import { compareToJson, renderComparePlain } from '../export/compare-text.js';
import { MIN_WIDTH } from '../export/plain.js';
import { chooseDir } from '../model/discover.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './print.js';

export interface CompareOptions {
  width?: number;
  json?: boolean;
}

export async function runCompare(a: string, b: string, dir: string, opts: CompareOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? o.columns;
  if (!Number.isInteger(width) || width < MIN_WIDTH) {
    o.err(`standpoint: --width must be a whole number of at least ${MIN_WIDTH}.\n`);
    return 2;
  }
  const models = await loadDebates(dir, o, { many: false });
  const model = models?.[0];
  if (!model) return 2;
  const ids: string[] = [];
  for (const name of [a, b]) {
    const found = findActor(model, name);
    if (!found.ok) {
      o.err(`standpoint: ${found.message}\n`);
      return 1;
    }
    ids.push(found.actor.id);
  }
  const [idA = a, idB = b] = ids;
  if (idA === idB) {
    o.err(`standpoint: Name two different actors to compare (both are "${idA}").\n`);
    return 1;
  }
  const comparison = compareActors(model, idA, idB);
  o.out(opts.json ? `${JSON.stringify(compareToJson(comparison), null, 2)}\n` : renderComparePlain(comparison, width));
  return 0;
}

export function registerCompare(program: Command, run: (code: number) => void): void {
  program
    .command('compare')
    .description('Compare two actors issue by issue: where they agree, partly agree, disagree, or one is silent')
    .argument('<a>', 'an actor: its id (file name without .yaml), short name or name, any case')
    .argument('<b>', 'another actor')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--width <n>', 'wrap to this many columns (default: $COLUMNS or 80)')
    .option('--json', 'print the comparison as JSON')
    .action(async (a: string, b: string, dir: string | undefined, opts: { width?: string; json?: boolean }) => {
      const width = opts.width === undefined ? undefined : Number(opts.width);
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runCompare(a, b, where, { width, json: opts.json }, o));
    });
}
