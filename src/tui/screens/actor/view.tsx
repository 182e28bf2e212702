// One actor across every issue.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import { actorIndex, issueIndex } from '../../selectors.js';
import type { ViewProps } from '../../views/props.js';
import { actorLines } from './layout.js';

export function ActorView({ model, state, frame, badge }: ViewProps) {
  const actor = model.actors[actorIndex(model, state.actorId)];
  if (!actor) return <ScreenFrame title={model.title} where="" screen="actor" frame={frame} lines={[]} badge={badge} />;
  const { lines, where } = actorLines(model, actor, frame, issueIndex(model, state.issueId), state.actorTop);
  return <ScreenFrame title={model.title} where={where} screen="actor" frame={frame} lines={lines} badge={badge} />;
}
