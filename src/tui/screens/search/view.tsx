// Search across claims, evidence and counterpoints.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { searchLines } from './layout.js';

export function Search({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = searchLines(model, frame, state.query, state.hit, state.hitsTop);
  return <ScreenFrame title={model.title} where={where} screen="search" frame={frame} lines={lines} badge={badge} />;
}
