// Types for throttle.mjs.
export interface Throttled<F extends (...args: never[]) => unknown> {
  (...args: Parameters<F>): ReturnType<F> | undefined;
  flush(): ReturnType<F> | undefined;
  cancel(): void;
}
export function throttle<F extends (...args: never[]) => unknown>(
  func: F,
  wait?: number,
  options?: { leading?: boolean; trailing?: boolean },
): Throttled<F>;
