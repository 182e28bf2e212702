// How often Ink draws in the bundle (scripts/bundle/throttle.mjs): at most one
// frame per wait, and a frame asked for during a wait drawn as that wait ends,
// not a whole wait after it was asked for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../scripts/bundle/throttle.mjs';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The times (ms since the start) at which the throttled function ran, and with what. */
function recorder(wait: number) {
  const start = Date.now();
  const calls: [number, string][] = [];
  const t = throttle((what: string) => {
    calls.push([Date.now() - start, what]);
    return what;
  }, wait);
  return { t, calls };
}

describe('the throttle Ink draws with', () => {
  it('draws the first frame at once, and one asked for 5 ms later as the 16 ms wait ends', () => {
    const { t, calls } = recorder(16);
    t('first frame');
    vi.advanceTimersByTime(5);
    t('first key');
    vi.advanceTimersByTime(30);
    expect(calls).toEqual([
      [0, 'first frame'],
      [16, 'first key'],
    ]);
  });

  it('draws a burst of frames at most once per wait, ending with the last one asked for', () => {
    const { t, calls } = recorder(16);
    for (let ms = 0; ms < 100; ms += 3) {
      t(`frame at ${ms}`);
      vi.advanceTimersByTime(3);
    }
    vi.advanceTimersByTime(50);
    const times = calls.map(([at]) => at);
    for (const [i, at] of times.entries()) if (i > 0) expect(at - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(16);
    expect(calls.at(-1)?.[1]).toBe('frame at 99');
    // Never more than a wait behind the last frame asked for.
    expect(times.at(-1)).toBeLessThanOrEqual(99 + 16);
  });

  it('draws at once when nothing was drawn for a wait', () => {
    const { t, calls } = recorder(16);
    t('a');
    vi.advanceTimersByTime(40);
    t('b');
    expect(calls).toEqual([
      [0, 'a'],
      [40, 'b'],
    ]);
  });

  it('flush draws the frame waiting now, and cancel drops it', () => {
    const { t, calls } = recorder(16);
    t('a');
    t('b');
    expect(t.flush()).toBe('b');
    t('c');
    t.cancel();
    vi.advanceTimersByTime(40);
    expect(calls.map(([, what]) => what)).toEqual(['a', 'b']);
  });

  it('with no wait, calls through every time (as Ink’s log does)', () => {
    const { t, calls } = recorder(0);
    t('a');
    t('b');
    expect(calls).toEqual([
      [0, 'a'],
      [0, 'b'],
    ]);
  });
});
