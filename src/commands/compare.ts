// `standpoint compare A B [DIR]`: where two actors agree and disagree, issue by issue.
import type { Command } from 'commander';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../cli/numbers.js';
import { type Output, processOutput } from '../cli/output.js';
import { compareActors, findActor } from '../export/compare.js';
import { compareToJson, renderComparePlain } from '../export/compare-text.js';
import { defaultDir } from '../model/discover.js';
import { safeJson } from '../model/sanitize.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './print.js';

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
  if (!model) return 1;
  for (const id of [a, b]) {
    const found = findActor(model, id);
    if (!found.ok) {
      o.err(`standpoint: ${found.message}\n`);
      return 1;
    }
  }
  if (a === b) {
    o.err(`standpoint: Name two different actors to compare (both are "${a}").\n`);
    return 1;
  }
  const comparison = compareActors(model, a, b);
  o.out(opts.json ? `${safeJson(compareToJson(comparison))}\n` : renderComparePlain(comparison, width));
  return 0;
}

export function registerCompare(program: Command, run: (code: number) => void): void {
  program
    .command('compare')
    .description('Compare two actors issue by issue: where they agree, partly agree, disagree, or one is silent')
    .argument('<a>', 'an actor id (its file name without .yaml)')
    .argument('<b>', 'another actor id')
    .argument('[dir]', 'a debate folder (default: ./positions)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--json', 'print the comparison as JSON')
    .action(async (a: string, b: string, dir: string | undefined, opts: { width?: number; json?: boolean }) => {
      run(await runCompare(a, b, dir ?? defaultDir(), { width: opts.width, json: opts.json }, processOutput()));
    });
}
