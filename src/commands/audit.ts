// `standpoint audit [DIR]`: how evenly the debate was built, actor by actor.
import type { Command } from 'commander';
import { registerReport } from './report.js';

export function registerAudit(program: Command, run: (code: number) => void): void {
  registerReport(program, run, {
    name: 'audit',
    description: 'Check how evenly the debate is built: issues, evidence, sources, quotes and answers per actor',
    json: 'print the audit as JSON',
    // Loaded when the command runs: every other command starts without it.
    report: async () => {
      const [{ auditDebate }, { renderAuditPlain }, { auditToJson }] = await Promise.all([
        import('../debate/audit.js'),
        import('../export/audit-text.js'),
        import('../export/forest-json.js'),
      ]);
      return { text: (model, width) => renderAuditPlain(model, auditDebate(model), width), json: auditToJson };
    },
  });
}
