// The presenter's discussion timer, as data: the reducer changes it and App
// only dispatches how much time passed, so tests drive it with fake time.

export interface Timer {
  /** What the timer was set to, and what is left of it. */
  setMs: number;
  leftMs: number;
  running: boolean;
}

export const TIMER_DEFAULT_MS = 2 * 60_000;
export const TIMER_STEP_MS = 60_000;
const TIMER_MAX_MS = 99 * 60_000;

/** t: start a new countdown, or pause / resume the current one; a finished one starts again. */
export function toggleTimer(timer: Timer | undefined): Timer {
  if (!timer) return { setMs: TIMER_DEFAULT_MS, leftMs: TIMER_DEFAULT_MS, running: true };
  if (timer.leftMs <= 0) return { ...timer, leftMs: timer.setMs, running: true };
  return { ...timer, running: !timer.running };
}

/** + / -: a minute more or less. Setting it up (no timer yet) changes what t will start with. */
export function adjustTimer(timer: Timer | undefined, d: 1 | -1): Timer {
  const t = timer ?? { setMs: TIMER_DEFAULT_MS, leftMs: TIMER_DEFAULT_MS, running: false };
  const leftMs = Math.max(0, Math.min(TIMER_MAX_MS, t.leftMs + d * TIMER_STEP_MS));
  // A minute less on an almost finished countdown ends it; it never goes below zero.
  const setMs = Math.max(TIMER_STEP_MS, Math.min(TIMER_MAX_MS, t.setMs + d * TIMER_STEP_MS));
  return { ...t, setMs, leftMs, running: t.running && leftMs > 0 };
}

export function tickTimer(timer: Timer | undefined, ms: number): Timer | undefined {
  if (!timer?.running || !(ms > 0)) return timer;
  const leftMs = Math.max(0, timer.leftMs - ms);
  return { ...timer, leftMs, running: leftMs > 0 };
}

/** "1:45": whole seconds, rounded up, so 0:00 shows only when the time is up. */
export function timerText(timer: Timer): string {
  const s = Math.ceil(timer.leftMs / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
