// The benchmark's arithmetic and its reading of the terminal stream: a wrong
// median or a missed frame would make every figure it prints wrong.
import { describe, expect, it } from 'vitest';
import {
  FRAME_END,
  FRAME_START,
  FrameCounter,
  formatReport,
  half,
  median,
  quantile,
  spreadOf,
  verdict,
} from '../../scripts/bench/stats.mjs';

describe('median and quantile', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('does not reorder the caller’s list', () => {
    const list = [3, 1, 2];
    median(list);
    expect(list).toEqual([3, 1, 2]);
  });

  it('picks the nearest-rank quantile', () => {
    const list = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(quantile(list, 0.1)).toBe(10);
    expect(quantile(list, 0.9)).toBe(90);
    expect(quantile(list, 1)).toBe(100);
  });
});

describe('verdict', () => {
  it('passes at or under the limit and misses above it', () => {
    expect(verdict(2.5, 2.5)).toBe('PASS');
    expect(verdict(2.51, 2.5)).toBe('MISS');
  });

  it('misses when there is no figure at all', () => {
    expect(verdict(Number.NaN, 10)).toBe('MISS');
    expect(verdict(Number.POSITIVE_INFINITY, 10)).toBe('MISS');
  });
});

describe('FrameCounter', () => {
  const frame = (body: string) => `${FRAME_START}${body}${FRAME_END}`;

  it('counts each finished frame once', () => {
    const c = new FrameCounter();
    expect(c.feed(frame('one') + frame('two'))).toBe(2);
    expect(c.feed('no frame here')).toBe(0);
    expect(c.frames).toBe(2);
  });

  it('finds a frame whose end marker is split across chunks', () => {
    const c = new FrameCounter();
    const whole = frame('x');
    for (let cut = 1; cut < whole.length; cut++) {
      const before = c.frames;
      c.feed(whole.slice(0, cut));
      c.feed(whole.slice(cut));
      expect(c.frames - before).toBe(1);
    }
  });

  it('does not count a marker twice when the next chunk is tiny', () => {
    const c = new FrameCounter();
    c.feed(frame('x'));
    c.feed('a');
    c.feed('b');
    expect(c.frames).toBe(1);
  });

  it('wakes a waiter when its frame arrives, and times out when none does', async () => {
    const c = new FrameCounter();
    const waiting = c.until(2, 1000);
    c.feed(frame('1'));
    c.feed(frame('2'));
    await expect(waiting).resolves.toBe(2);
    await expect(c.until(3, 20)).rejects.toThrow(/no frame 3/);
  });
});

describe('formatReport', () => {
  const rows = [
    { name: 'key → frame', figure: '9 ms', against: '-', target: '≤ 16 ms', result: 'PASS' },
    { name: 'peak RSS', figure: '180 MB', against: '-', target: '≤ 150 MB', result: 'MISS' },
  ];

  it('shows every figure with its target and result, in aligned columns', () => {
    const lines = formatReport(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^key → frame\s+9 ms\s+-\s+≤ 16 ms\s+PASS$/);
    expect(lines[3]).toMatch(/MISS$/);
    expect(lines[2]?.indexOf('≤')).toBe(lines[3]?.indexOf('≤'));
  });

  it('marks results as not judged in a quick run', () => {
    expect(formatReport(rows, { judged: false })).toContain('(MISS)');
  });
});

describe('halves of a run', () => {
  it('splits every list of samples into its even and odd rounds, and keeps sizes and single figures whole', () => {
    const figures = {
      start: { base: { ms: [10, 11, 12, 13] } },
      scale: [{ actors: 3, times: { warm: { ms: [1, 2, 3] } } }],
      problems: { sizes: [100, 400], small: [5, 6] },
      rssKB: 1234,
    };
    expect(half(figures, 0)).toEqual({
      start: { base: { ms: [10, 12] } },
      scale: [{ actors: 3, times: { warm: { ms: [1, 3] } } }],
      problems: { sizes: [100, 400], small: [5] },
      rssKB: 1234,
    });
    expect(half(figures, 1).start.base.ms).toEqual([11, 13]);
    expect(half(figures, 1).scale[0]?.times.warm.ms).toEqual([2]);
    expect(figures.start.base.ms).toEqual([10, 11, 12, 13]);
  });

  it('measures how far apart two halves are against their mean', () => {
    expect(spreadOf(100, 110)).toBeCloseTo(10 / 105);
    expect(spreadOf(2, 2)).toBe(0);
    expect(spreadOf(Number.NaN, 2)).toBeNaN();
  });
});
