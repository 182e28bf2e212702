// Two actors side by side, issue by issue, with a verdict on each.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { compareLines } from './layout.js';

export function Compare({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = compareLines(model, frame, {
    a: state.actorId,
    b: state.compareWith,
    issueId: state.issueId,
    top: state.compareTop,
  });
  return <ScreenFrame title={model.title} where={where} screen="compare" frame={frame} lines={lines} badge={badge} />;
}
