// Pure helpers for the benchmark: medians, ratios, verdicts, the report
// table, and a scanner that finds Ink's frames in a terminal byte stream.

/** The median of a list of numbers (the mean of the middle two when even). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value at quantile q (0..1) by nearest rank, for spread next to the median. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** PASS when `value` is at most `limit`; anything not a finite number misses. */
export function verdict(value, limit) {
  return Number.isFinite(value) && value <= limit ? 'PASS' : 'MISS';
}

/**
 * Ink 6.7+ writes every frame between the synchronized-output markers
 * ESC[?2026h and ESC[?2026l. Fed the terminal's output chunk by chunk, this
 * counts finished frames, even when a marker is split across two chunks.
 */
export const FRAME_START = '\u001b[?2026h';
export const FRAME_END = '\u001b[?2026l';

export class FrameCounter {
  frames = 0;
  #tail = '';
  #waiters = [];

  /** Feeds one chunk of output; returns how many frames it finished. */
  feed(chunk) {
    const text = this.#tail + chunk;
    let found = 0;
    for (let at = text.indexOf(FRAME_END); at !== -1; at = text.indexOf(FRAME_END, at + FRAME_END.length)) found++;
    // Keep just enough of the end to complete a marker cut in half, and never a whole one twice.
    const lastEnd = text.lastIndexOf(FRAME_END);
    const keepFrom = Math.max(text.length - (FRAME_END.length - 1), lastEnd === -1 ? 0 : lastEnd + FRAME_END.length);
    this.#tail = text.slice(keepFrom);
    if (found > 0) {
      this.frames += found;
      const ready = this.#waiters.filter((w) => this.frames >= w.count);
      this.#waiters = this.#waiters.filter((w) => this.frames < w.count);
      for (const w of ready) w.resolve(this.frames);
    }
    return found;
  }

  /** Resolves once `count` frames have finished in total; rejects after `timeoutMs`. */
  until(count, timeoutMs) {
    if (this.frames >= count) return Promise.resolve(this.frames);
    return new Promise((resolve, reject) => {
      const waiter = {
        count,
        resolve: (n) => {
          clearTimeout(timer);
          resolve(n);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`no frame ${count} within ${timeoutMs} ms (saw ${this.frames})`));
      }, timeoutMs);
      this.#waiters.push(waiter);
    });
  }
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

export function formatRatio(r) {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a';
}

/**
 * The report: one row per target with the measured figure, what it is
 * compared against, the target and PASS/MISS. `judged` false marks a quick
 * run, whose tiny inputs say nothing about the targets.
 */
export function formatReport(rows, { judged = true } = {}) {
  const withHalves = rows.some((r) => r.halves !== undefined);
  const head = ['measure', 'figure', 'against', 'target', 'result', ...(withHalves ? ['halves'] : [])];
  const body = rows.map((r) => [
    r.name,
    r.figure,
    r.against,
    r.target,
    judged ? r.result : `(${r.result})`,
    ...(withHalves ? [r.halves ?? '-'] : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * The figures of one half of a run: every list of numbers cut to its even
 * (half 0) or odd (half 1) samples, taken in turn, so the two halves ran
 * interleaved under the same load. Lists named in `keep` (sizes, not samples)
 * stay whole.
 */
export function half(figures, which, keep = ['sizes']) {
  const cut = (value, key) => {
    if (Array.isArray(value)) {
      if (keep.includes(key) || !value.every((v) => typeof v === 'number')) return value.map((v) => cut(v));
      return value.filter((_, i) => i % 2 === which);
    }
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, k)]));
    return value;
  };
  return cut(figures);
}

/** How far apart two halves' figures are, as a fraction of their mean (0.1 = 10%); NaN when either is missing. */
export function spreadOf(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Number.NaN;
  const mean = (Math.abs(a) + Math.abs(b)) / 2;
  return mean === 0 ? 0 : Math.abs(a - b) / mean;
}
