// `standpoint map [DIR]`: who agrees with whom, the issues from consensus to
// divisive, the cruxes, and the opposing positions each actor never answers.
import type { Command } from 'commander';
import { displayPath, type Output, processOutput } from '../cli/output.js';
import { forestToJson } from '../export/forest-json.js';
import { renderMapPlain } from '../export/forest-text.js';
import { MIN_WIDTH } from '../export/plain.js';
import { defaultDir } from '../model/discover.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './print.js';

export interface MapOptions {
  width?: number;
  json?: boolean;
}

export async function runMap(dir: string, opts: MapOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? o.columns;
  if (!Number.isInteger(width) || width < MIN_WIDTH) {
    o.err(`standpoint: --width must be a whole number of at least ${MIN_WIDTH}.\n`);
    return 2;
  }
  const model = (await loadDebates(dir, o, { many: false }))?.[0];
  if (!model) return 1;
  if (opts.json) o.out(`${JSON.stringify({ formatVersion: 1, debate: model.title, ...forestToJson(model) }, null, 2)}\n`);
  else o.out(renderMapPlain(model, { width, where: (l) => `${displayPath(l.file)}:${l.line}:${l.col}` }));
  return 0;
}

export function registerMap(program: Command, run: (code: number) => void): void {
  program
    .command('map')
    .description('Who agrees with whom, issues from consensus to divisive, cruxes, and what each actor never answers')
    .argument('[dir]', 'a debate folder (default: ./positions)')
    .option('--width <n>', 'wrap to this many columns (default: $COLUMNS or 80)')
    .option('--json', 'print the map as JSON')
    .action(async (dir: string | undefined, opts: { width?: string; json?: boolean }) => {
      const width = opts.width === undefined ? undefined : Number(opts.width);
      run(await runMap(dir ?? defaultDir(), { width, json: opts.json }, processOutput()));
    });
}
