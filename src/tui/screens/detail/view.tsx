// The focused item whole; long text scrolls.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { detailLines } from './layout.js';

export function Detail({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = detailLines(model, frame, state.issueId, state.itemId, state.detailTop);
  return <ScreenFrame title={model.title} where={where} screen="detail" frame={frame} lines={lines} badge={badge} />;
}
