// One actor across every issue.
import { actorIndex, issueIndex } from '../../../debate/reading.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { actorLines } from './layout.js';
import type { ActorLayout } from './update.js';

export function lines(state: ViewState, layout: ActorLayout | undefined, { model, frame }: Drawing): Drawn {
  const actor = model.actors[actorIndex(model, state.actorId)];
  if (!actor) return { lines: [], where: '' };
  const blocks = layout?.actor === actor ? layout.blocks : undefined;
  return actorLines(model, actor, frame, issueIndex(model, state.issueId), state.actorTop, blocks);
}
