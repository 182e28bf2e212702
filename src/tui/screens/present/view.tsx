// Presenter mode: the issue as a projected slide, one point at a time.
import { ScreenFrame } from '../../components/ScreenFrame.js';
import type { ViewProps } from '../../views/props.js';
import { presenterLines } from './layout.js';

export function Presenter({ model, state, frame, badge }: ViewProps) {
  const { lines, where } = presenterLines(model, frame, {
    issueId: state.issueId,
    step: state.presentStep,
    top: state.presentTop,
    timer: state.timer,
  });
  // Lint advice is for authors, not for a projected class; errors (something missing) still show.
  const shown = badge?.severity === 'error' ? badge : undefined;
  return <ScreenFrame title={model.title} where={where} screen="present" frame={frame} lines={lines} badge={shown} />;
}
