// Draws lines of styled segments. Every line is already cut and padded to the
// window's width (see lines.ts), so Ink never wraps anything on its own.
import chalk, { type ChalkInstance } from 'chalk';
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Line as LineT, Segment } from '../lines.js';
import { colorOf } from '../theme.js';
import { useTheme } from './ThemeContext.js';

// A line is one Text holding text already styled (as Ink's own Text props
// would style it, with the same chalk). A header or footer line is drawn
// again only when its content changes (lines are rebuilt on every frame,
// hence the comparison by content rather than by identity).
export const Line = memo(function Line({ line }: { line: LineT }) {
  const theme = useTheme();
  return <Text wrap="truncate-end">{styledLine(line, theme)}</Text>;
}, sameLine);

/** A line as one string, styled; an empty line is a space, so it still takes its row. */
function styledLine(line: LineT, theme: ReturnType<typeof useTheme>): string {
  return line.length === 0 ? ' ' : line.map((s) => styled(s, colorOf(theme, s.role))).join('');
}

/** The order of Ink's Text: dim, colour, bold, underline, inverse. */
function styled(s: Segment, color: string | undefined): string {
  let t = s.text;
  if (t === '') return t;
  if (s.dim) t = chalk.dim(t);
  if (color) t = (chalk[color as keyof ChalkInstance] as (x: string) => string)(t);
  if (s.bold) t = chalk.bold(t);
  if (s.underline) t = chalk.underline(t);
  if (s.inverse) t = chalk.inverse(t);
  return t;
}

function sameLine(a: { line: LineT }, b: { line: LineT }): boolean {
  if (a.line === b.line) return true;
  if (a.line.length !== b.line.length) return false;
  return a.line.every((s, i) => sameSegment(s, b.line[i] as LineT[number]));
}

function sameSegment(a: LineT[number], b: LineT[number]): boolean {
  const keys = Object.keys(a) as (keyof LineT[number])[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The body: every line in one Text, a line of it each. Ink's work at a frame
 * (React's elements, layout, measuring, cleaning) goes by node, not by
 * character, and the lines are already cut to the window, so one node draws
 * the same screen as a node per line at a fraction of the cost, on the first
 * frame as on a key (Ink truncates each line of a Text on its own).
 */
export function Lines({ lines }: { lines: readonly LineT[] }) {
  const theme = useTheme();
  const text = lines.map((line) => styledLine(line, theme)).join('\n');
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.length > 0 && <Text wrap="truncate-end">{text}</Text>}
    </Box>
  );
}
