// The forest: the agreement map, the issues and cruxes, the drops, the balance audit.
import { blank } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { listLayout, listLines, mapLines, tabLines } from './layout.js';

export function lines(state: ViewState, _layout: undefined, { model, frame }: Drawing): Drawn {
  const out = tabLines(state.forestTab, frame.cols);
  let where: string;
  if (state.forestTab === 'map') {
    out.push(...mapLines(model, frame, { row: state.mapRow, col: state.mapCol, top: state.mapTop, left: state.mapLeft }));
    const n = model.actors.length;
    where = n < 2 ? 'agreement map' : `agreement map · row ${state.mapRow + 1}, column ${state.mapCol + 1} of ${n}`;
  } else {
    const l = listLayout(model, state.forestTab, frame.cols);
    out.push(...listLines(l, frame, state.forestPick, state.forestTop));
    const name = state.forestTab === 'issues' ? 'issues & cruxes' : state.forestTab === 'drops' ? 'drops' : 'balance audit';
    where = l.entries.length ? `${name} · ${state.forestPick + 1} of ${l.entries.length}` : name;
  }
  while (out.length < frame.body) out.push(blank(frame.cols));
  return { lines: out.slice(0, frame.body), where };
}
