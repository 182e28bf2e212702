// Every key, drawn from the key table, and how to read the marks.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { helpLines } from './layout.js';

export function Help({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = helpLines(frame, state.helpTop);
  return <ScreenFrame title={model.title} where={where} screen="help" frame={frame} lines={lines} badge={badge} />;
}
