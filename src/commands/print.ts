// `standpoint print [DIR]`: the debate as plain text, for pipes and screen
// readers. Also the fallback of the interactive view when stdout is not a terminal.
import type { Command } from 'commander';
import type { LensKind } from '../debate/lens.js';
import { chooseDir } from '../model/discover.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, lensOption, loadDebates } from './shared.js';

export interface PrintOptions {
  width?: number;
  lens?: LensKind;
}

export async function runPrint(dir: string, opts: PrintOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? clampWidth(o.columns);
  if (!withinBounds(WIDTH, width)) {
    o.err(`standpoint: ${boundsMessage(WIDTH)}.\n`);
    return 2;
  }
  const models = await loadDebates(dir, o, { many: true });
  if (!models) return 2;
  const { renderPlain } = await import('../export/plain.js');
  const text = models.map((m) => renderPlain(m, { width, lens: opts.lens })).join(`\n${'='.repeat(width)}\n\n`);
  o.out(text);
  return 0;
}

export function registerPrint(program: Command, run: (code: number) => void): void {
  program
    .command('print')
    .description('Print the debate as plain text (no colour), for pipes, printing and screen readers')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions, else the example)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--lens <kind>', 'show only one kind of evidence: quote, fact, statistic, claim or interpretation')
    .action(async (dir: string | undefined, opts: { width?: number; lens?: string }) => {
      const o = processOutput();
      const lens = lensOption(opts.lens, o);
      if (lens === null) return run(2);
      const where = chooseDir(dir, true, (line) => o.err(line));
      run(where === undefined ? 2 : await runPrint(where, { width: opts.width, lens }, o));
    });
}
