// `standpoint check [PATH…]`: load every debate under the paths and report problems.
import { resolve } from 'node:path';
import { type CheckFormat, chooseCheckFormat } from '../check/formats.js';
import { resolveTargets } from '../check/targets.js';
import { countBySeverity, type Diagnostic, sortDiagnostics } from '../model/diagnostics.js';
import { chooseDir } from '../model/discover.js';
import { safeJson, singleLine } from '../model/sanitize.js';
import { displayPath, type Output, paint } from '../terminal/output.js';

export interface CheckOptions {
  json?: boolean;
  format?: CheckFormat;
  strict?: boolean;
}

/** Goes up when a field of `check --format json` changes meaning or goes away. */
export const CHECK_FORMAT_VERSION = 1;

interface DebateSummary {
  dir: string;
  title: string;
  actors: string[];
  issues: number;
  positions: number;
  brokenFiles: string[];
}

/** No paths: the current folder or ./positions (never the example: see defaultDir). */
export async function runCheck(given: string | readonly string[], options: CheckOptions, o: Output): Promise<number> {
  // Loaded here, not at start: the other commands (and a remembered debate) need neither.
  const [{ loadDebate }, { codeFrame, frameSources, headline, toJson }, { readRespondents }] = await Promise.all([
    import('../model/load.js'),
    import('../model/format.js'),
    import('../model/respondent.js'),
  ]);
  const format = chooseCheckFormat(options, process.env);
  const usage: { path: string; message: string }[] = [];
  let chosen = typeof given === 'string' ? [given] : given;
  if (chosen.length === 0) {
    const dir = chooseDir(undefined, false, (line) => usage.push({ path: '.', message: line.replace(/^standpoint: |\n$/g, '') }));
    chosen = dir === undefined ? [] : [dir];
  }
  const found = await resolveTargets(chosen);
  for (const message of found.missing) usage.push({ path: '.', message });
  if (usage.length > 0) {
    // Nothing to check is bad usage (2), not problems found (1); --format json keeps its one shape.
    if (format === 'json') {
      const diagnostics = usage.map((u) => ({
        file: displayPath(resolve(u.path)),
        line: 1,
        col: 1,
        severity: 'error',
        rule: 'no-debate',
        message: singleLine(u.message),
      }));
      const report = {
        formatVersion: CHECK_FORMAT_VERSION,
        ok: false,
        summary: { errors: usage.length, warnings: 0 },
        debates: [],
        diagnostics,
      };
      o.out(`${safeJson(report)}\n`);
    } else for (const u of usage) o.err(`standpoint: ${u.message}\n`);
    return 2;
  }
  for (const file of found.skipped) o.err(`standpoint: ${file} is not inside a debate folder (no debate.yaml above it); skipped.\n`);
  const all: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const debates: DebateSummary[] = [];
  for (const d of found.debates) {
    const { model, texts: t } = await loadDebate(d);
    for (const [k, v] of t) texts.set(k, v);
    all.push(...model.diagnostics);
    // Quiz answers (responses/) are checked too, though they are not actors.
    const answers = await readRespondents(
      model.dir,
      model.issues.map((i) => i.id),
    );
    for (const [k, v] of answers.texts) texts.set(k, v);
    all.push(...answers.diagnostics);
    const broken = new Set([...model.diagnostics, ...answers.diagnostics].filter((x) => x.severity === 'error').map((x) => x.file));
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

  if (format === 'github' || format === 'sarif') {
    const { renderMachineReport } = await import('../check/machine.js');
    o.out(renderMachineReport(format, diagnostics, { errors, warnings }));
    return code;
  }
  if (format === 'json') {
    const report = {
      formatVersion: CHECK_FORMAT_VERSION,
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
