// `standpoint check [DIR]`: load every debate under DIR and report problems.
import { resolve } from 'node:path';
import { displayPath, type Output, paint } from '../cli/output.js';
import { countBySeverity, type Diagnostic, sortDiagnostics } from '../model/diagnostics.js';
import { chooseDir, findDebates } from '../model/discover.js';
import { safeJson, singleLine } from '../model/sanitize.js';

export interface CheckOptions {
  json?: boolean;
  strict?: boolean;
}

interface DebateSummary {
  dir: string;
  title: string;
  actors: string[];
  issues: number;
  positions: number;
  brokenFiles: string[];
}

/** `dir` undefined: the current folder or ./positions (never the example: see defaultDir). */
export async function runCheck(dirArg: string | undefined, options: CheckOptions, o: Output): Promise<number> {
  // Loaded here, not at start: the other commands (and a remembered debate) need neither.
  const [{ loadDebate }, { codeFrame, frameSources, headline, toJson }] = await Promise.all([
    import('../model/load.js'),
    import('../model/format.js'),
  ]);
  let notFound: string | undefined;
  const dir = chooseDir(dirArg, false, (line) => {
    notFound = line.replace(/^standpoint: |\n$/g, '');
  });
  const found = dir === undefined ? { ok: false as const, message: notFound ?? '' } : await findDebates(dir);
  if (!found.ok) {
    // Nothing to check is bad usage (2), not problems found (1); --json keeps its one shape.
    if (options.json) {
      const diagnostic = {
        file: displayPath(resolve(dir ?? '.')),
        line: 1,
        col: 1,
        severity: 'error',
        rule: 'no-debate',
        message: singleLine(found.message),
      };
      const report = { ok: false, summary: { errors: 1, warnings: 0 }, debates: [], diagnostics: [diagnostic] };
      o.out(`${safeJson(report)}\n`);
    } else o.err(`standpoint: ${found.message}\n`);
    return 2;
  }
  const all: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const debates: DebateSummary[] = [];
  for (const d of found.debates) {
    const { model, texts: t } = await loadDebate(d);
    for (const [k, v] of t) texts.set(k, v);
    all.push(...model.diagnostics);
    const broken = new Set(model.diagnostics.filter((x) => x.severity === 'error').map((x) => x.file));
    debates.push({
      dir: displayPath(model.dir),
      title: model.title,
      actors: model.actors.map((a) => a.id),
      issues: model.issues.length,
      positions: model.positions.size,
      brokenFiles: [...broken].map(displayPath),
    });
  }
  const diagnostics = sortDiagnostics(
    options.strict ? all.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : all,
  );
  const { errors, warnings } = countBySeverity(diagnostics);
  const code = errors > 0 ? 1 : 0;

  if (options.json) {
    const report = {
      ok: code === 0,
      summary: { errors, warnings },
      debates,
      diagnostics: diagnostics.map((d) => toJson(d, displayPath(d.file))),
    };
    o.out(`${safeJson(report)}\n`);
    return code;
  }

  const linesOf = frameSources(texts);
  for (const d of diagnostics) {
    const sev = d.severity === 'error' ? paint(o, 'red', 'error') : paint(o, 'yellow', 'warning');
    const line = headline(d, displayPath(d.file)).replace(`: ${d.severity}: `, `: ${sev}: `);
    o.out(`${paint(o, 'bold', line)}\n`);
    const frame = codeFrame(linesOf(d.file), d);
    if (frame) o.out(`${frame}\n\n`);
  }
  for (const s of debates) {
    const broken = s.brokenFiles.length ? `; problems in ${s.brokenFiles.length} file${s.brokenFiles.length === 1 ? '' : 's'}` : '';
    o.out(
      `${s.dir}: ${s.actors.length} actor${s.actors.length === 1 ? '' : 's'} (${listSome(s.actors)}), ${s.issues} issue${s.issues === 1 ? '' : 's'}, ${s.positions} position${s.positions === 1 ? '' : 's'} loaded${broken}\n`,
    );
  }
  const verdict =
    errors === 0 && warnings === 0
      ? paint(o, 'green', 'No problems found.')
      : `${paint(o, errors ? 'red' : 'yellow', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)}${options.strict && errors ? ' (warnings count as errors with --strict)' : ''}.`;
  o.out(`${verdict}\n`);
  return code;
}

/** A few names then a count: a 200-actor debate must not flood the summary line. */
function listSome(names: readonly string[], max = 6): string {
  if (names.length === 0) return 'none';
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … ${names.length - max} more`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
