// Draws lines of styled segments. Every line is already cut and padded to the
// window's width (see lines.ts), so Ink never wraps anything on its own.
import { Box, Text } from 'ink';
import type { Line as LineT } from '../lines.js';
import { colorOf } from '../theme.js';
import { useTheme } from './ThemeContext.js';

export function Line({ line }: { line: LineT }) {
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
