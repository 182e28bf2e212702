// What Ink's `throttle` import from es-toolkit/compat stands for in the bundle.
// es-toolkit's throttle is a debounce with a longest wait: a call within the
// wait after a frame starts the wait again, from that call. So a key answered
// just after a frame (the first key, pressed as the first frame shows) was
// drawn a whole 16 ms after its render. Here, as in lodash's throttle, a call
// within the wait is drawn when the wait that the last frame opened ends:
// still at most one frame per wait, each as soon as that allows.

/**
 * @template {(...args: any[]) => any} F
 * @param {F} func
 * @param {number} [wait] milliseconds between two calls of func; 0 or less calls it every time
 * @param {{ leading?: boolean; trailing?: boolean }} [options]
 */
export function throttle(func, wait = 0, { leading = true, trailing = true } = {}) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {{ self: unknown; args: unknown[] } | undefined} */
  let pending;
  /** @type {ReturnType<F> | undefined} */
  let result;
  const callPending = () => {
    const call = pending;
    pending = undefined;
    if (call) result = func.apply(call.self, call.args);
    return call !== undefined;
  };
  const waitEnds = () => {
    timer = undefined;
    // A call drawn at the end of a wait opens the next one.
    if (trailing && callPending()) timer = setTimeout(waitEnds, wait);
    else pending = undefined;
  };
  /** @this {unknown} */
  function throttled(...args) {
    if (!(wait > 0)) return (result = func.apply(this, args));
    pending = { self: this, args };
    if (timer === undefined) {
      if (leading) callPending();
      timer = setTimeout(waitEnds, wait);
    }
    return result;
  }
  /** Makes the pending call now, if there is one. */
  throttled.flush = () => {
    callPending();
    return result;
  };
  /** Drops the pending call and the wait. */
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return throttled;
}
