// Every key, drawn from the key table, and how to read the marks.
import type { Line } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { helpLines } from './layout.js';

export function lines(state: ViewState, body: Line[] | undefined, { frame }: Drawing): Drawn {
  return helpLines(frame, state.helpTop, body);
}
