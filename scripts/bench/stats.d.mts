// Types for stats.mjs (plain JavaScript so the benchmark runs on node without a build).
export function median(values: readonly number[]): number;
export function quantile(values: readonly number[], q: number): number;
export function verdict(value: number, limit: number): 'PASS' | 'MISS';
export const FRAME_START: string;
export const FRAME_END: string;
export class FrameCounter {
  frames: number;
  feed(chunk: string): number;
  until(count: number, timeoutMs: number): Promise<number>;
}
export function formatMs(ms: number): string;
export function formatRatio(r: number): string;
export interface ReportRow {
  name: string;
  figure: string;
  against: string;
  target: string;
  result: string;
  /** The figure's number (a wall-time ratio for starts), when there is one. */
  value?: number;
  /** For starts: the CPU-time ratio. */
  cpuValue?: number;
  /** This row's value in each half of the run, and how far apart they are. */
  halves?: string;
}
export function formatReport(rows: readonly ReportRow[], options?: { judged?: boolean }): string;
export function half<T>(figures: T, which: 0 | 1, keep?: readonly string[]): T;
export function spreadOf(a: number, b: number): number;
