// `standpoint map [DIR]`: who agrees with whom, the issues from consensus to
// divisive, the cruxes, and the opposing positions each actor never answers.
import type { Command } from 'commander';
import { forestToJson } from '../export/forest-json.js';
import { renderMapPlain } from '../export/forest-text.js';
import { chooseDir } from '../model/discover.js';
import { safeJson } from '../model/sanitize.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { displayPath, type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './shared.js';

export interface MapOptions {
  width?: number;
  json?: boolean;
}

export async function runMap(dir: string, opts: MapOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? clampWidth(o.columns);
  if (!withinBounds(WIDTH, width)) {
    o.err(`standpoint: ${boundsMessage(WIDTH)}.\n`);
    return 2;
  }
  const model = (await loadDebates(dir, o, { many: false }))?.[0];
  if (!model) return 2;
  if (opts.json) o.out(`${safeJson({ formatVersion: 1, debate: model.title, ...forestToJson(model) })}\n`);
  else o.out(renderMapPlain(model, { width, where: (l) => `${displayPath(l.file)}:${l.line}:${l.col}` }));
  return 0;
}

export function registerMap(program: Command, run: (code: number) => void): void {
  program
    .command('map')
    .description('Who agrees with whom, issues from consensus to divisive, cruxes, and what each actor never answers')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--json', 'print the map as JSON')
    .action(async (dir: string | undefined, opts: { width?: number; json?: boolean }) => {
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runMap(where, { width: opts.width, json: opts.json }, o));
    });
}
