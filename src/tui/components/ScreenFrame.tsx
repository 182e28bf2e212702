// Header, body and footer: every screen has the same frame, one line shorter
// than the window.
import { Box } from 'ink';
import type { Screen } from '../keys.js';
import type { Frame } from '../layout/frame.js';
import type { Line } from '../lines.js';
import { type Badge, Footer } from './Footer.js';
import { Header } from './Header.js';
import { Lines } from './Lines.js';

export interface ScreenFrameProps {
  title: string;
  where: string;
  screen: Screen;
  frame: Frame;
  lines: readonly Line[];
  badge?: Badge;
}

export function ScreenFrame({ title, where, screen, frame, lines, badge }: ScreenFrameProps) {
  return (
    <Box flexDirection="column" width={frame.cols} height={frame.height}>
      <Header title={title} where={where} cols={frame.cols} />
      <Lines lines={lines.slice(0, frame.body)} />
      <Box flexGrow={1} />
      <Footer screen={screen} cols={frame.cols} badge={badge} />
    </Box>
  );
}
