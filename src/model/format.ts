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

export function codeFrame(text: string | undefined, d: Diagnostic): string {
  if (text === undefined) return '';
  const lines = text.split(/\r?\n|\r/);
  if (d.line > lines.length) return '';
  const shown = lines.map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l).replace(SHOWN_AS_REPLACEMENT, '\ufffd'));
  const frame = codeFrameColumns(
    shown.join('\n'),
    { start: { line: d.line, column: Math.min(d.col, (shown[d.line - 1]?.length ?? 0) + 1) } },
    { highlightCode: false, linesAbove: 1, linesBelow: 1 },
  );
  return frame;
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
