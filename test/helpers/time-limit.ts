// A time limit for a test whose work grows with its input, in units of a small piece of the
// same work measured on this machine just before: a busy machine gets a proportionally longer
// limit, while a test that slows down out of proportion (a loop gone quadratic, a hang) still fails.

/** How long `once` takes here, at best of `tries` (after a warm-up run), in milliseconds. */
export async function measure(once: () => Promise<unknown>, tries = 3): Promise<number> {
  await once();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    const start = performance.now();
    await once();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * A limit for `units` times the measured work, with room for a machine that gets busier
 * during the test (`margin`); never under the suite's usual 20 s.
 */
export function timeLimit(unitMs: number, units: number, margin = 10): number {
  return Math.max(20_000, Math.ceil(unitMs * units * margin));
}
