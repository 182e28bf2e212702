// Presenter mode: the issue as a projected slide, one point at a time.
import type { Badge } from '../../components/Footer.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { presenterLines } from './layout.js';

export function lines(state: ViewState, _layout: unknown, { model, frame }: Drawing): Drawn {
  return presenterLines(model, frame, presenterFocus(state));
}

/** Lint advice is for authors, not for a projected class; errors (something missing) still show. */
export function badge(badge: Badge | undefined): Badge | undefined {
  return badge?.severity === 'error' ? badge : undefined;
}

export function presenterFocus(state: ViewState) {
  return { issueId: state.issueId, step: state.presentStep, top: state.presentTop, timer: state.timer };
}
