// What the reading commands (print, open, export, compare, map, audit) share:
// the --lens option, loading the debate(s) at DIR, and a quiet exit on a closed pipe.

import { type LensKind, parseLens } from '../debate/lens.js';
import { countBySeverity } from '../model/diagnostics.js';
import { findDebates } from '../model/discover.js';
import type { Model } from '../model/types.js';
import { displayPath, type Output } from '../terminal/output.js';
import { plural } from '../text/measure.js';

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
