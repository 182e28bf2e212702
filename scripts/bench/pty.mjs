// Runs a process in a real pseudo-terminal and times what it writes: the
// first time some text appears, and each finished Ink frame.
import pty from '@lydell/node-pty';
import { FrameCounter } from './stats.mjs';

/** The environment a user's terminal would give: no CI (Ink would draw only its last frame), no test runner. */
export function terminalEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries({ ...process.env, TERM: 'xterm-256color', ...extra })) {
    if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST') && k !== 'NODE_ENV') env[k] = v;
  }
  return env;
}

export class PtyRun {
  /** performance.now() when the process was spawned. */
  started;
  frames = new FrameCounter();
  output = '';
  exited;

  constructor(file, args, { cols = 120, rows = 36, cwd, env = {} } = {}) {
    this.started = performance.now();
    this.proc = pty.spawn(file, args, { name: 'xterm-256color', cols, rows, cwd, env: terminalEnv(env) });
    this.#textWaiters = [];
    this.proc.onData((data) => {
      const now = performance.now();
      this.output += data;
      this.frames.feed(data);
      for (const w of this.#textWaiters.filter((x) => this.output.includes(x.text))) {
        this.#textWaiters.splice(this.#textWaiters.indexOf(w), 1);
        w.resolve(now);
      }
    });
    this.exited = new Promise((resolve) => this.proc.onExit(resolve));
  }

  #textWaiters;

  /** Resolves with the time (performance.now()) the output first held `text`. */
  whenText(text, timeoutMs = 10_000) {
    if (this.output.includes(text)) return Promise.resolve(performance.now());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${JSON.stringify(text)} within ${timeoutMs} ms`)), timeoutMs);
      this.#textWaiters.push({
        text,
        resolve: (t) => {
          clearTimeout(timer);
          resolve(t);
        },
      });
    });
  }

  /** Resolves with the time the `count`-th frame finished. */
  async whenFrame(count, timeoutMs = 10_000) {
    await this.frames.until(count, timeoutMs);
    return performance.now();
  }

  /** Writes `key` and resolves with the milliseconds until the next frame finished. */
  async keyToFrame(key, timeoutMs = 5_000) {
    const before = this.frames.frames;
    const t0 = performance.now();
    this.proc.write(key);
    await this.frames.until(before + 1, timeoutMs);
    return performance.now() - t0;
  }

  write(data) {
    this.proc.write(data);
  }

  /** Ends the process (SIGKILL if it lingers) and resolves with its exit. */
  async stop(signal = 'SIGTERM', graceMs = 3_000) {
    try {
      this.proc.kill(signal);
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        this.proc.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, graceMs);
    const info = await this.exited;
    clearTimeout(timer);
    return info;
  }
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
