// Where a command writes, and whether it may use colour. Commands take this
// instead of touching process.stdout so tests can capture what they print.
import { isAbsolute, relative, sep } from 'node:path';
import { showControls, singleLine } from '../model/sanitize.js';
import { wantsColor } from './color.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** Terminal width for plain-text layouts. */
  columns: number;
}

export function processOutput(): Output {
  const color = wantsColor(process.env, Boolean(process.stdout.isTTY));
  const envCols = Number.parseInt(process.env.COLUMNS ?? '', 10);
  return {
    out: (t) => void process.stdout.write(t),
    // Messages quote what users typed and named: nothing in them may act on the terminal.
    err: (t) => void process.stderr.write(showControls(t)),
    color,
    columns: process.stdout.columns || (Number.isFinite(envCols) && envCols > 0 ? envCols : 80),
  };
}

/** Paths are shown relative to where the user stands, like a compiler does. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  // Relative only inside the working directory: "../../tmp/x" says less than "/tmp/x".
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const shown = rel === '' ? '.' : outside ? file : rel;
  // File names are user data too: they must not carry escape sequences to the terminal.
  return singleLine(shown);
}

const CODES = { red: [31, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22], cyan: [36, 39], green: [32, 39] } as const;
export type Style = keyof typeof CODES;

export function paint(o: Pick<Output, 'color'>, style: Style, text: string): string {
  if (!o.color) return text;
  const [a, b] = CODES[style];
  return `\u001b[${a}m${text}\u001b[${b}m`;
}
