// The shape `map` and `audit` share: one debate, read as a report of the whole
// of it, printed as text to a width or as JSON; registered with the same
// folder default and the same --width bounds as every other command.
import type { Command } from 'commander';
import { chooseDir } from '../model/discover.js';
import { safeJson } from '../model/sanitize.js';
import type { Model } from '../model/types.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './shared.js';

export interface ReportOptions {
  width?: number;
  json?: boolean;
}

export interface Report {
  text(model: Model, width: number): string;
  json(model: Model): object;
}

async function runReport(load: () => Promise<Report>, dir: string, opts: ReportOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? clampWidth(o.columns);
  if (!withinBounds(WIDTH, width)) {
    o.err(`standpoint: ${boundsMessage(WIDTH)}.\n`);
    return 2;
  }
  const model = (await loadDebates(dir, o, { many: false }))?.[0];
  if (!model) return 2;
  const report = await load();
  if (opts.json) o.out(`${safeJson({ formatVersion: 1, debate: model.title, ...report.json(model) })}\n`);
  else o.out(report.text(model, width));
  return 0;
}

export function registerReport(
  program: Command,
  run: (code: number) => void,
  { name, description, json, report }: { name: string; description: string; json: string; report: () => Promise<Report> },
): void {
  program
    .command(name)
    .description(description)
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--json', json)
    .action(async (dir: string | undefined, opts: ReportOptions) => {
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runReport(report, where, { width: opts.width, json: opts.json }, o));
    });
}
