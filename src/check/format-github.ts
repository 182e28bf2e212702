// GitHub Actions workflow commands: each problem becomes an annotation on the
// pull request's diff. Escaping follows GitHub's toolkit (core/command.ts):
// data escapes %, CR and LF; properties also escape ":" and ",".
import type { Diagnostic } from '../model/diagnostics.js';
import { singleLine } from '../model/sanitize.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotation(d: Diagnostic, path: string): string {
  // The toolkit's property order (title, file, line, endLine, col, endColumn), so logs read alike.
  const props = [`title=${escapeProperty(d.rule)}`, `file=${escapeProperty(path)}`, `line=${d.line}`];
  if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
  props.push(`col=${d.col}`);
  if (d.endCol !== undefined) props.push(`endColumn=${d.endCol}`);
  // The message quotes what the file says: one line, no control characters, then escaped.
  return `::${d.severity} ${props.join(',')}::${escapeData(singleLine(d.message))}`;
}
