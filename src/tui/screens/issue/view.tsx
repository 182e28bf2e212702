// One issue, every actor in its own column.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import { actorIndex } from '../../selectors.js';
import type { ViewProps } from '../../views/props.js';
import { issueLines } from './layout.js';

export function IssueView({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = issueLines(model, frame, {
    issueId: state.issueId ?? '',
    actor: Math.max(0, actorIndex(model, state.actorId)),
    itemId: state.itemId,
    reveal: state.reveal,
    left: state.issueLeft,
    scroll: state.issueScroll,
  });
  return <ScreenFrame title={model.title} where={where} screen="issue" frame={frame} lines={lines} badge={badge} />;
}
