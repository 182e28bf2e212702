// Draws lines of styled segments. Every line is already cut and padded to the
// window's width (see lines.ts), so Ink never wraps anything on its own.
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Line as LineT } from '../lines.js';
import { colorOf } from '../theme.js';
import { useTheme } from './ThemeContext.js';

// A key press changes a few lines of the screen: the others are not rendered
// again, so Ink lays out and measures only what changed. Lines are rebuilt on
// every frame, hence the comparison by content rather than by identity.
export const Line = memo(function Line({ line }: { line: LineT }) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {line.length === 0
        ? ' '
        : line.map((s, i) => (
            <Text
              // Segments have no identity beyond their place in the line.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={i}
              color={colorOf(theme, s.role)}
              bold={s.bold}
              dimColor={s.dim}
              inverse={s.inverse}
              underline={s.underline}
            >
              {s.text}
            </Text>
          ))}
    </Text>
  );
}, sameLine);

function sameLine(a: { line: LineT }, b: { line: LineT }): boolean {
  if (a.line === b.line) return true;
  if (a.line.length !== b.line.length) return false;
  return a.line.every((s, i) => sameSegment(s, b.line[i] as LineT[number]));
}

function sameSegment(a: LineT[number], b: LineT[number]): boolean {
  const keys = Object.keys(a) as (keyof LineT[number])[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function Lines({ lines }: { lines: readonly LineT[] }) {
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a line is its place on the screen
        <Line key={i} line={line} />
      ))}
    </Box>
  );
}
