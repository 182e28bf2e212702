// Instead of a broken frame: say how big the window must be.
import { Box, Text } from 'ink';
import { type Frame, MIN_COLS, MIN_ROWS } from '../layout/frame.js';
import { wrap } from '../text.js';

export function TooSmall({ frame }: { frame: Frame }) {
  const text = `The window is too small (${frame.cols}×${frame.rows}). standpoint needs at least ${MIN_COLS}×${MIN_ROWS}: make it larger, or press q to quit.`;
  const lines = wrap(text, Math.max(1, frame.cols)).slice(0, frame.height);
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
