// The frame every screen shares: a header line, the body, a footer line. The
// whole frame is one row shorter than the window, because Ink clears the
// screen on every frame when its output is as tall as the window.

export const MIN_COLS = 40;
export const MIN_ROWS = 10;
/** Below this width, columns are stacked: one actor at a time. */
export const STACK_BELOW = 80;

export interface Size {
  cols: number;
  rows: number;
}

export interface Frame extends Size {
  tooSmall: boolean;
  stacked: boolean;
  /** Lines the frame takes: rows - 1. */
  height: number;
  /** Lines between the header and the footer. */
  body: number;
}

export function frameOf(size: Size): Frame {
  const cols = Math.max(1, Math.floor(size.cols));
  const rows = Math.max(1, Math.floor(size.rows));
  const height = Math.max(1, rows - 1);
  return {
    cols,
    rows,
    height,
    tooSmall: cols < MIN_COLS || rows < MIN_ROWS,
    stacked: cols < STACK_BELOW,
    body: Math.max(1, height - 2),
  };
}

/** The smallest scroll offset change that keeps [start, end) inside a window of `size` lines. */
export function keepVisible(offset: number, start: number, end: number, size: number, total: number): number {
  let top = offset;
  if (end - start >= size || start < top) top = start;
  else if (end > top + size) top = end - size;
  return clampOffset(top, size, total);
}

export function clampOffset(offset: number, size: number, total: number): number {
  return Math.max(0, Math.min(offset, total - size));
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
