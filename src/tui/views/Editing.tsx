// Shown for the moment the terminal is handed to the editor, and while a
// graphical editor opens: where the editor goes, and how to come back.
import { Box } from 'ink';
import type { Location } from '../../model/types.js';
import { displayPath } from '../../terminal/output.js';
import { Line } from '../components/Lines.js';
import type { Frame } from '../layout/frame.js';
import { blank, fitLine, seg } from '../lines.js';

export function Editing({ frame, target }: { frame: Frame; target: Location }) {
  return (
    <Box flexDirection="column" width={frame.cols} height={frame.height}>
      <Line line={blank(frame.cols)} />
      <Line line={fitLine([seg(`  Opening ${displayPath(target.file)}:${target.line} in your editor…`, { bold: true })], frame.cols)} />
      <Line
        line={fitLine([seg('  This screen comes back when the editor closes, and shows what you saved.', { role: 'muted' })], frame.cols)}
      />
    </Box>
  );
}
