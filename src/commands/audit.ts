// `standpoint audit [DIR]`: how evenly the debate was built, actor by actor.
import type { Command } from 'commander';
import { type Output, processOutput } from '../cli/output.js';
import { auditDebate } from '../debate/audit.js';
import { renderAuditPlain } from '../export/audit-text.js';
import { auditToJson } from '../export/forest-json.js';
import { MIN_WIDTH } from '../export/plain.js';
import { defaultDir } from '../model/discover.js';
import { exitQuietlyOnClosedPipe, loadDebates } from './print.js';

export interface AuditOptions {
  width?: number;
  json?: boolean;
}

export async function runAudit(dir: string, opts: AuditOptions, o: Output): Promise<number> {
  exitQuietlyOnClosedPipe();
  const width = opts.width ?? o.columns;
  if (!Number.isInteger(width) || width < MIN_WIDTH) {
    o.err(`standpoint: --width must be a whole number of at least ${MIN_WIDTH}.\n`);
    return 2;
  }
  const model = (await loadDebates(dir, o, { many: false }))?.[0];
  if (!model) return 1;
  if (opts.json) o.out(`${JSON.stringify({ formatVersion: 1, debate: model.title, ...auditToJson(model) }, null, 2)}\n`);
  else o.out(renderAuditPlain(model, auditDebate(model), width));
  return 0;
}

export function registerAudit(program: Command, run: (code: number) => void): void {
  program
    .command('audit')
    .description('Check how evenly the debate is built: issues, evidence, sources, quotes and answers per actor')
    .argument('[dir]', 'a debate folder (default: ./positions)')
    .option('--width <n>', 'wrap to this many columns (default: $COLUMNS or 80)')
    .option('--json', 'print the audit as JSON')
    .action(async (dir: string | undefined, opts: { width?: string; json?: boolean }) => {
      const width = opts.width === undefined ? undefined : Number(opts.width);
      run(await runAudit(dir ?? defaultDir(), { width, json: opts.json }, processOutput()));
    });
}
