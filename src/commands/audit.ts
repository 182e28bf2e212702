// `standpoint audit [DIR]`: how evenly the debate was built, actor by actor.
import type { Command } from 'commander';
import { auditDebate } from '../debate/audit.js';
import { renderAuditPlain } from '../export/audit-text.js';
import { auditToJson } from '../export/forest-json.js';
import { chooseDir } from '../model/discover.js';
import { safeJson } from '../model/sanitize.js';
import { boundsMessage, clampWidth, WIDTH, wholeNumber, withinBounds } from '../terminal/numbers.js';
import { type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './shared.js';

export interface AuditOptions {
  width?: number;
  json?: boolean;
}

export async function runAudit(dir: string, opts: AuditOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? clampWidth(o.columns);
  if (!withinBounds(WIDTH, width)) {
    o.err(`standpoint: ${boundsMessage(WIDTH)}.\n`);
    return 2;
  }
  const model = (await loadDebates(dir, o, { many: false }))?.[0];
  if (!model) return 2;
  if (opts.json) o.out(`${safeJson({ formatVersion: 1, debate: model.title, ...auditToJson(model) })}\n`);
  else o.out(renderAuditPlain(model, auditDebate(model), width));
  return 0;
}

export function registerAudit(program: Command, run: (code: number) => void): void {
  program
    .command('audit')
    .description('Check how evenly the debate is built: issues, evidence, sources, quotes and answers per actor')
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('--width <n>', `wrap to this many columns, ${WIDTH.min} to ${WIDTH.max} (default: $COLUMNS or 80)`, wholeNumber(WIDTH))
    .option('--json', 'print the audit as JSON')
    .action(async (dir: string | undefined, opts: { width?: number; json?: boolean }) => {
      const o = processOutput();
      const where = chooseDir(dir, false, (line) => o.err(line));
      run(where === undefined ? 2 : await runAudit(where, { width: opts.width, json: opts.json }, o));
    });
}
