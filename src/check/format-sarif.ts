// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE
// viewers) read: one run, one rule per standpoint rule, one result per problem.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../model/diagnostics.js';
import { singleLine } from '../model/sanitize.js';
import { VERSION } from '../version.js';
import { allRules } from './rules.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A displayed path as a SARIF artifact location: relative ones resolve against the working folder. */
function artifact(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function toSarif(diagnostics: readonly Diagnostic[], displayPath: (file: string) => string, cwd: string): object {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.name, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'standpoint',
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.name,
              shortDescription: { text: `${r.summary[0]?.toUpperCase()}${r.summary.slice(1)}.` },
              fullDescription: { text: `Reported when ${r.summary}.` },
              help: { text: r.fix },
              defaultConfiguration: { level: r.severity },
              properties: { tags: [r.group] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results: diagnostics.map((d) => {
          const region: Record<string, number> = { startLine: d.line, startColumn: d.col };
          if (d.endLine !== undefined) region.endLine = d.endLine;
          if (d.endCol !== undefined) region.endColumn = d.endCol;
          const ruleIndex = index.get(d.rule);
          return {
            ruleId: d.rule,
            ...(ruleIndex === undefined ? {} : { ruleIndex }),
            level: d.severity,
            message: { text: singleLine(d.message) },
            locations: [{ physicalLocation: { artifactLocation: artifact(displayPath(d.file)), region } }],
          };
        }),
      },
    ],
  };
}
