// `standpoint audit [DIR]`: how evenly the debate was built, actor by actor.
import type { Command } from 'commander';
import { auditDebate } from '../debate/audit.js';
import { renderAuditPlain } from '../export/audit-text.js';
import { auditToJson } from '../export/forest-json.js';
import { registerReport } from './report.js';

export function registerAudit(program: Command, run: (code: number) => void): void {
  registerReport(program, run, {
    name: 'audit',
    description: 'Check how evenly the debate is built: issues, evidence, sources, quotes and answers per actor',
    json: 'print the audit as JSON',
    report: { text: (model, width) => renderAuditPlain(model, auditDebate(model), width), json: auditToJson },
  });
}
