// A diagnostic is one problem found while loading: where it is, how bad, which
// rule, and a message that says what to do about it.
export type Severity = 'error' | 'warning';

export interface Location {
  /** Path as given to the loader (absolute); shown relative to the working directory. */
  file: string;
  /** 1-based line and column; column counts UTF-16 units like the yaml library. */
  line: number;
  col: number;
}

export interface Diagnostic extends Location {
  severity: Severity;
  rule: string;
  message: string;
  /** 1-based end position on the same or a later line, when known. */
  endLine?: number;
  endCol?: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.col !== b.col) return a.col - b.col;
  if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export function countBySeverity(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}

/** Collects diagnostics for one file, so callers need not repeat the file name. */
export class FileReporter {
  readonly list: Diagnostic[] = [];
  constructor(readonly file: string) {}
  add(severity: Severity, rule: string, message: string, line = 1, col = 1, end?: { line: number; col: number }) {
    const d: Diagnostic = { file: this.file, line, col, severity, rule, message };
    if (end) {
      d.endLine = end.line;
      d.endCol = end.col;
    }
    this.list.push(d);
  }
  error(rule: string, message: string, line?: number, col?: number, end?: { line: number; col: number }) {
    this.add('error', rule, message, line, col, end);
  }
  warn(rule: string, message: string, line?: number, col?: number, end?: { line: number; col: number }) {
    this.add('warning', rule, message, line, col, end);
  }
}
