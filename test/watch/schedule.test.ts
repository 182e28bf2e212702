// When reloads run: once after a burst of changes, never two at a time, one
// more after a reload during which changes arrived, and not after close.
import { describe, expect, test } from 'vitest';
import { createSchedule } from '../../src/watch/schedule.js';
import { sleep, waitUntil } from './helpers.js';

function counter() {
  const c = { runs: 0, inFlight: 0, maxInFlight: 0, gate: undefined as Promise<void> | undefined };
  const run = async () => {
    c.runs++;
    c.inFlight++;
    c.maxInFlight = Math.max(c.maxInFlight, c.inFlight);
    if (c.gate) await c.gate;
    else await sleep(1);
    c.inFlight--;
  };
  return { c, run };
}

describe('reload schedule', () => {
  test('a burst of changes leads to one reload', async () => {
    const { c, run } = counter();
    const s = createSchedule({ debounceMs: 50, maxWaitMs: 5000, run });
    for (let i = 0; i < 20; i++) s.poke();
    await waitUntil(() => c.runs === 1, 'the reload');
    await s.idle();
    expect(c.runs).toBe(1);
    s.close();
  });

  test('changes during a reload lead to exactly one more, never two at once', async () => {
    const { c, run } = counter();
    let release = () => {};
    c.gate = new Promise<void>((r) => {
      release = r;
    });
    const s = createSchedule({ debounceMs: 10, maxWaitMs: 5000, run });
    s.poke();
    await waitUntil(() => c.inFlight === 1, 'the first reload to start');
    for (let i = 0; i < 50; i++) s.poke();
    s.soon();
    expect(c.runs).toBe(1);
    c.gate = undefined;
    release();
    await waitUntil(() => c.runs === 2, 'the one reload after');
    await s.idle();
    expect(c.runs).toBe(2);
    expect(c.maxInFlight).toBe(1);
    s.close();
  });

  test('a steady stream of changes still reloads while it lasts', async () => {
    const { c, run } = counter();
    // Changes come faster than the quiet time: only the longest wait lets a reload through.
    const s = createSchedule({ debounceMs: 200, maxWaitMs: 300, run });
    for (let i = 0; i < 60 && c.runs === 0; i++) {
      s.poke();
      await sleep(20);
    }
    expect(c.runs).toBeGreaterThanOrEqual(1);
    s.close();
  });

  test('nothing runs after close, and idle still resolves', async () => {
    const { c, run } = counter();
    const s = createSchedule({ debounceMs: 30, maxWaitMs: 5000, run });
    s.poke();
    s.close();
    s.poke();
    await s.idle();
    await sleep(100);
    expect(c.runs).toBe(0);
  });

  test('a reload that throws is reported and does not stop later ones', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const s = createSchedule({
      debounceMs: 10,
      maxWaitMs: 5000,
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('disk on fire');
      },
      onError: (e) => errors.push(e),
    });
    s.poke();
    await waitUntil(() => errors.length === 1, 'the error');
    s.poke();
    await waitUntil(() => runs === 2, 'the next reload');
    expect((errors[0] as Error).message).toBe('disk on fire');
    s.close();
  });
});
