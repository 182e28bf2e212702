// The list of debates, when the folder holds several (ink-select-input).
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { Footer } from '../../components/Footer.js';
import { Header } from '../../components/Header.js';
import { Line } from '../../components/Lines.js';
import { useTheme } from '../../components/ThemeContext.js';
import type { Frame } from '../../layout/frame.js';
import { fitLine, seg } from '../../lines.js';
import { truncate } from '../../text.js';
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
  const items = debates.map((d) => ({ key: d.dir, value: d.dir, label: truncate(`${d.title}  (${d.name})`, frame.cols - 4) }));
  const limit = Math.max(1, frame.body - 3);
  const start = Math.max(
    0,
    debates.findIndex((d) => d.dir === initial),
  );
  return (
    <Box flexDirection="column" width={frame.cols} height={frame.height} overflow="hidden">
      <Header title="standpoint" where={`${debates.length} debates`} cols={frame.cols} />
      <Line line={fitLine([seg(' '), seg('Choose a debate:', { bold: true })], frame.cols)} />
      <Line line={fitLine([seg(' '), seg(message ?? '', { role: 'warning' })], frame.cols)} />
      <Box flexDirection="column" height={frame.body - 2} overflow="hidden">
        <SelectInput
          items={items}
          limit={limit}
          initialIndex={start}
          onSelect={(item) => onPick(item.value)}
          indicatorComponent={({ isSelected }) => (
            <Box marginRight={1}>
              <Text bold color={colorOf(theme, 'accent')}>
                {isSelected ? FOCUS : ' '}
              </Text>
            </Box>
          )}
          itemComponent={({ isSelected, label }) => (
            <Text inverse={isSelected} bold={isSelected} wrap="truncate-end">
              {label}
            </Text>
          )}
        />
      </Box>
      <Footer screen="picker" cols={frame.cols} />
    </Box>
  );
}
