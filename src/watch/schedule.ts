// When to reload. A save is several file-system events (write, rename,
// delete a backup), and an editor or a script may save several times in a
// row: wait until the events stop for a moment, then reload once. Never more
// than one reload runs at a time; changes seen during one lead to exactly one
// more after it, however many there were.

export interface ScheduleOptions {
  /** Quiet time after the last event before reloading. */
  debounceMs: number;
  /** Longest wait from the first event, so a steady stream of events still shows up on screen. */
  maxWaitMs: number;
  run(): Promise<void>;
  /** A reload that failed (the runner's own errors; it should not have any). */
  onError?(err: unknown): void;
}

export interface Schedule {
  /** Something changed: reload after the quiet time. */
  poke(): void;
  /** Reload as soon as possible (e.g. the editor just closed). */
  soon(): void;
  /** Resolves when no reload is waiting or running. */
  idle(): Promise<void>;
  close(): void;
}

export function createSchedule(opts: ScheduleOptions): Schedule {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstEventAt: number | undefined;
  let running = false;
  let again = false;
  let closed = false;
  let waiters: Array<() => void> = [];

  const settleWaiters = () => {
    if (running || timer !== undefined) return;
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  };

  const arm = (delay: number) => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    const now = Date.now();
    firstEventAt ??= now;
    const wait = Math.max(0, Math.min(delay, opts.maxWaitMs - (now - firstEventAt)));
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, wait);
  };

  const fire = () => {
    timer = undefined;
    firstEventAt = undefined;
    if (closed) return settleWaiters();
    running = true;
    opts
      .run()
      .catch((err) => opts.onError?.(err))
      .finally(() => {
        running = false;
        if (again && !closed) {
          again = false;
          // More events may still be on their way: wait for quiet again.
          arm(opts.debounceMs);
        }
        settleWaiters();
      });
  };

  return {
    poke: () => arm(opts.debounceMs),
    soon: () => arm(0),
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settleWaiters();
      }),
    close: () => {
      closed = true;
      again = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      settleWaiters();
    },
  };
}
