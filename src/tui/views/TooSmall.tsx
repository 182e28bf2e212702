// Instead of a broken frame: say how big the window must be.
import { Box, Text } from 'ink';
import { wrap } from '../../text/measure.js';
import { type Frame, MIN_COLS, MIN_ROWS } from '../layout/frame.js';

export function TooSmall({ frame }: { frame: Frame }) {
  const size = `${frame.cols}×${frame.rows}`;
  const texts = [
    `The window is too small (${size}). standpoint needs at least ${MIN_COLS}×${MIN_ROWS}: make it larger, or press q to quit.`,
    // Tiny windows still learn how to leave.
    `Too small (${size}); needs ${MIN_COLS}×${MIN_ROWS}. q quits.`,
    'q quits',
  ];
  const cols = Math.max(1, frame.cols);
  const fitting = texts.map((t) => wrap(t, cols)).find((l) => l.length <= frame.height);
  const lines = (fitting ?? wrap(texts[texts.length - 1] as string, cols)).slice(0, frame.height);
  return (
    <Box flexDirection="column" width={frame.cols} height={frame.height} overflow="hidden">
      {lines.map((l) => (
        <Text key={l} wrap="truncate-end">
          {l}
        </Text>
      ))}
    </Box>
  );
}
