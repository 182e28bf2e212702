// Presenter mode: the issue as a projected slide, one point at a time.
import type { Badge } from '../../components/Footer.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { layoutOf, type PresenterLayout, presenterLines } from './layout.js';
import type { PresenterFocus } from './slide-frame.js';

export function lines(state: ViewState, layout: PresenterLayout | undefined, { model, frame }: Drawing): Drawn {
  const f = presenterFocus(state);
  // The layout is of the slide as settled; the timer is drawn over it whatever its time.
  const laid = layout && layoutOf(layout, f) ? layout : undefined;
  return presenterLines(model, frame, f, laid);
}

/** Lint advice is for authors, not for a projected class; errors (something missing) still show. */
export function badge(badge: Badge | undefined): Badge | undefined {
  return badge?.severity === 'error' ? badge : undefined;
}

export function presenterFocus(state: ViewState): PresenterFocus {
  return {
    issueId: state.issueId,
    step: state.presentStep,
    top: state.presentTop,
    timer: state.timer,
    classAnswers: state.classAnswers,
    classShown: state.issueId !== undefined && state.classShown.includes(state.issueId),
  };
}
