// What loading found, with file:line:col and the code around it.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { problemsLines } from './layout.js';

export function Problems({ model, state, frame, badge, texts }: ViewProps) {
  const { lines, where } = problemsLines(model, frame, state.problem, state.problemsTop, texts);
  return <ScreenFrame title={model.title} where={where} screen="problems" frame={frame} lines={lines} badge={badge} />;
}
