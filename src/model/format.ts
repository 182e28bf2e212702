// Diagnostics as text (file:line:col: severity: message [rule] plus a code
// frame with a caret) and as JSON, for `check` and the Problems screen.
import { codeFrameColumns } from '@babel/code-frame';
import type { Diagnostic } from './diagnostics.js';
import { singleLine } from './sanitize.js';

// Control characters in a code frame are shown, one for one, as U+FFFD so
// columns still line up and nothing reaches the terminal.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const SHOWN_AS_REPLACEMENT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function headline(d: Diagnostic, path: string): string {
  return `${path}:${d.line}:${d.col}: ${d.severity}: ${singleLine(d.message)} [${d.rule}]`;
}

const LINES_ABOVE = 1;
const LINES_BELOW = 1;

/**
 * Each file's lines, split the first time a frame needs them and kept: one
 * split per file, however many problems it has. (Splitting per frame made
 * `check` quadratic: 9,000 problems in one file took 81 s.)
 */
export function frameSources(texts: ReadonlyMap<string, string> | undefined): (file: string) => readonly string[] | undefined {
  const split = new Map<string, readonly string[]>();
  return (file) => {
    let lines = split.get(file);
    if (lines === undefined) {
      const text = texts?.get(file);
      if (text === undefined) return undefined;
      lines = text.split(/\r?\n|\r/);
      split.set(file, lines);
    }
    return lines;
  };
}

/** The lines around the problem, a caret under its column; built from those few lines only. */
export function codeFrame(lines: readonly string[] | undefined, d: Diagnostic): string {
  if (lines === undefined || d.line < 1 || d.line > lines.length) return '';
  const first = Math.max(1, d.line - LINES_ABOVE);
  const shown = lines
    .slice(first - 1, Math.min(lines.length, d.line + LINES_BELOW))
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l).replace(SHOWN_AS_REPLACEMENT, '\ufffd'));
  // startLine numbers the slice as the lines of the file (the option is in @babel/code-frame, not yet in its types).
  const options: NonNullable<Parameters<typeof codeFrameColumns>[2]> & { startLine: number } = {
    highlightCode: false,
    linesAbove: LINES_ABOVE,
    linesBelow: LINES_BELOW,
    startLine: first,
  };
  return codeFrameColumns(
    shown.join('\n'),
    { start: { line: d.line, column: Math.min(d.col, (shown[d.line - first]?.length ?? 0) + 1) } },
    options,
  );
}

export interface DiagnosticJson {
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
}

export function toJson(d: Diagnostic, path: string): DiagnosticJson {
  const j: DiagnosticJson = { file: path, line: d.line, col: d.col, severity: d.severity, rule: d.rule, message: singleLine(d.message) };
  if (d.endLine !== undefined) j.endLine = d.endLine;
  if (d.endCol !== undefined) j.endCol = d.endCol;
  return j;
}
