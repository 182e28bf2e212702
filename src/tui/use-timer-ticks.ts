// Drives the discussion timer: while it runs, tell the reducer how much time
// passed, just as each displayed second runs out. The time is measured, not
// assumed, so a busy event loop cannot slow the countdown.
import { useEffect } from 'react';
import type { Action } from './state.js';
import type { Timer } from './timer.js';

export function useTimerTicks(timer: Timer | undefined, dispatch: (action: Action) => void): void {
  const running = timer?.running === true;
  const leftMs = timer?.leftMs ?? 0;
  useEffect(() => {
    if (!running || leftMs <= 0) return;
    const from = Date.now();
    const id = setTimeout(() => dispatch({ type: 'tick', ms: Date.now() - from }), leftMs % 1000 || 1000);
    return () => clearTimeout(id);
  }, [running, leftMs, dispatch]);
}
