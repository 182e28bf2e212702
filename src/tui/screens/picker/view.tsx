// The list of debates, when the folder holds several. It moves by the key
// table's up, down and open (↑/k, ↓/j, Enter); the cursor is kept in a ref as
// well as in state, so keys that arrive together (Down Enter in one read, or
// faster than a render) each act on where the one before left it.
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { truncate } from '../../../text/measure.js';
import { Footer } from '../../components/Footer.js';
import { Header } from '../../components/Header.js';
import { Line } from '../../components/Lines.js';
import { useTheme } from '../../components/ThemeContext.js';
import { commandFor, keyNames } from '../../keys.js';
import type { Frame } from '../../layout/frame.js';
import { fitLine, seg } from '../../lines.js';
import { colorOf, FOCUS } from '../../theme.js';

export interface DebateChoice {
  dir: string;
  title: string;
  /** The folder's name, shown after the title. */
  name: string;
}

export interface PickerProps {
  debates: readonly DebateChoice[];
  frame: Frame;
  initial?: string;
  onPick(dir: string): void;
  message?: string;
}

export function Picker({ debates, frame, initial, onPick, message }: PickerProps) {
  const theme = useTheme();
  const limit = Math.max(1, frame.body - 3);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      debates.findIndex((d) => d.dir === initial),
    ),
  );
  const at = useRef(index);
  useInput((input, key) => {
    for (const { name } of keyNames(input, key)) {
      const cmd = commandFor('picker', name);
      if (cmd === 'up') at.current = Math.max(0, at.current - 1);
      else if (cmd === 'down') at.current = Math.min(debates.length - 1, at.current + 1);
      else if (cmd === 'open') {
        const chosen = debates[at.current];
        if (chosen) onPick(chosen.dir);
        return;
      }
    }
    setIndex(at.current);
  });
  // The window of the list that holds the cursor.
  const top = Math.max(0, Math.min(index - limit + 1, debates.length - limit));
  const shown = debates.slice(top, top + limit);
  return (
    <Box flexDirection="column" width={frame.cols} height={frame.height} overflow="hidden">
      <Header title="standpoint" where={`${debates.length} debates`} cols={frame.cols} />
      <Line line={fitLine([seg(' '), seg('Choose a debate:', { bold: true })], frame.cols)} />
      <Line line={fitLine([seg(' '), seg(message ?? '', { role: 'warning' })], frame.cols)} />
      <Box flexDirection="column" height={frame.body - 2} overflow="hidden">
        {shown.map((d, i) => {
          const selected = top + i === index;
          return (
            <Box key={d.dir}>
              <Box marginRight={1}>
                <Text bold color={colorOf(theme, 'accent')}>
                  {selected ? FOCUS : ' '}
                </Text>
              </Box>
              <Text inverse={selected} bold={selected} wrap="truncate-end">
                {truncate(`${d.title}  (${d.name})`, frame.cols - 4)}
              </Text>
            </Box>
          );
        })}
      </Box>
      <Footer screen="picker" cols={frame.cols} />
    </Box>
  );
}
