// Numeric options have bounds: a width of a billion would build strings of a
// billion characters and exhaust memory. Commander parses each through one of
// these, so every such option fails the same way: a usage error (exit 2) that
// names the option and the range.
import { InvalidArgumentError } from 'commander';
import { MIN_WIDTH } from '../export/min-width.js';

export interface Bounds {
  option: string;
  min: number;
  max: number;
}

/** Wide enough for two columns side by side; past 1,000 no terminal or printer shows a line whole. */
export const WIDTH: Bounds = { option: '--width', min: MIN_WIDTH, max: 1000 };

export function boundsMessage(b: Bounds): string {
  return `${b.option} must be a whole number from ${b.min} to ${b.max}`;
}

export function withinBounds(b: Bounds, n: number): boolean {
  return Number.isInteger(n) && n >= b.min && n <= b.max;
}

/** An argParser for commander: the number, or a usage error naming the option and its range. */
export function wholeNumber(b: Bounds): (value: string) => number {
  return (value) => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    // Commander names the option and the value before this: the message says what would do.
    if (!withinBounds(b, n)) throw new InvalidArgumentError(`Use a whole number from ${b.min} to ${b.max}.`);
    return n;
  };
}

/** A width nobody typed (the terminal's, or $COLUMNS) is brought within bounds rather than refused. */
export function clampWidth(columns: number): number {
  return Math.min(WIDTH.max, Math.max(WIDTH.min, Math.floor(columns)));
}
