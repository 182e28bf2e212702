// `standpoint compare A B [DIR]`: where two actors agree and disagree, issue by issue.
import type { Command } from 'commander';
import { compareActors, findActor } from '../debate/compare.js';
import { compareToJson, renderComparePlain } from '../export/compare-text.js';
import { chooseDir } from '../model/discover.js';
import { safeJson } from '../model/sanitize.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './shared.js';

export interface CompareOptions {
  width?: number;
  json?: boolean;
}

export async function runCompare(a: string, b: string, dir: string, opts: CompareOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? clampWidth(o.columns);
  if (!withinBounds(WIDTH, width)) {
    o.err(`standpoint: ${boundsMessage(WIDTH)}.\n`);
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
  o.out(opts.json ? `${safeJson(compareToJson(comparison))}\n` : renderComparePlain(comparison, width));
  return 0;
}

export function registerCompare(program: Command, run: (code: number) => void): void {
  program
    .command('compare')
    .description('Compare two actors issue by issue: where they agree, partly agree, disagree, or one is silent')
    .argument('<a>', 'an actor: its id (file name without .yaml), short name or name, any case')
    .argument('<b>', 'another actor')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--json', 'print the comparison as JSON')
    .action(async (a: string, b: string, dir: string | undefined, opts: { width?: number; json?: boolean }) => {
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runCompare(a, b, where, { width: opts.width, json: opts.json }, o));
    });
}
