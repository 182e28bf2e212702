// The landing screen: issues × actors, one stance mark and claim start per cell.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import { actorIndex, issueIndex } from '../../selectors.js';
import type { ViewProps } from '../../views/props.js';
import { matrixLines } from './layout.js';

export function Matrix({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = matrixLines(model, frame, {
    issue: issueIndex(model, state.issueId),
    actor: actorIndex(model, state.actorId),
    top: state.matrixTop,
    left: state.matrixLeft,
  });
  return <ScreenFrame title={model.title} where={where} screen="matrix" frame={frame} lines={lines} badge={badge} />;
}
