// `standpoint print [DIR]`: the debate as plain text, for pipes and screen
// readers. Also the fallback of the interactive view when stdout is not a terminal.
import type { Command } from 'commander';
import { type LensKind, parseLens } from '../debate/lens.js';
import { renderPlain } from '../export/plain.js';
import { countBySeverity } from '../model/diagnostics.js';
import { chooseDir, findDebates } from '../model/discover.js';
import type { Model } from '../model/types.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { displayPath, type Output, processOutput } from '../terminal/output.js';
import { plural } from '../text/measure.js';

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

/** Parses --lens, printing the error; null means bad usage. */
export function lensOption(value: string | undefined, o: Output): LensKind | undefined | null {
  if (value === undefined) return undefined;
  const parsed = parseLens(value);
  if (parsed.ok) return parsed.kind;
  o.err(`standpoint: ${parsed.message}\n`);
  return null;
}

/**
 * Loads the debate(s) at DIR. Broken files do not stop the output: the rest is
 * shown and one line on stderr says how many problems `check` would report.
 * Undefined (said on stderr) when DIR names no debate, or several where one is
 * wanted: bad usage, exit code 2.
 */
export async function loadDebates(dir: string, o: Output, { many }: { many: boolean }): Promise<Model[] | undefined> {
  const found = await findDebates(dir);
  if (!found.ok) {
    o.err(`standpoint: ${found.message}\n`);
    return undefined;
  }
  if (!many && found.debates.length > 1) {
    const list = found.debates.map((d) => `  ${displayPath(d)}`).join('\n');
    o.err(`standpoint: ${displayPath(dir)} holds ${found.debates.length} debates; name one:\n${list}\n`);
    return undefined;
  }
  const { loadDebate } = await import('../model/load.js');
  const models: Model[] = [];
  for (const d of found.debates) {
    const { model } = await loadDebate(d);
    // Warnings are advice for authors; only errors mean something is missing from the output.
    const { errors } = countBySeverity(model.diagnostics);
    if (errors > 0) {
      const where = displayPath(model.dir);
      o.err(`standpoint: ${plural(errors, 'problem')} in ${where}; showing what loads. Run: standpoint check ${where}\n`);
    }
    models.push(model);
  }
  return models;
}

let guarded = false;
/** `standpoint print | head -1` closes the pipe early: stop quietly, as cat does. */
export function exitQuietlyOnClosedPipe(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`standpoint: cannot write output (${err.code ?? err.message}).\n`);
    process.exit(1);
  });
}
