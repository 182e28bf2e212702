// `check --format github|sarif`: the report for a machine, not a person.

import type { Diagnostic } from '../model/diagnostics.js';
import { displayPath } from '../terminal/output.js';
import { githubAnnotation } from './format-github.js';
import { toSarif } from './format-sarif.js';

export function renderMachineReport(
  format: 'github' | 'sarif',
  diagnostics: readonly Diagnostic[],
  counts: { errors: number; warnings: number },
): string {
  if (format === 'sarif') return `${JSON.stringify(toSarif(diagnostics, displayPath, process.cwd()), null, 2)}\n`;
  const lines = diagnostics.map((d) => githubAnnotation(d, displayPath(d.file)));
  // A plain closing line for the job log; GitHub shows only the :: lines as annotations.
  lines.push(
    `standpoint: ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}.`,
  );
  return `${lines.join('\n')}\n`;
}
