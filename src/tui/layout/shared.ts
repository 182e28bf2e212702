// Small pieces several screens share.
import type { StanceT } from '../../model/schema.js';
import { wrap } from '../../text/measure.js';
import type { Role } from '../theme.js';

export function stanceRole(stance: StanceT): Role {
  return stance;
}

// Wrapping is the costly part of a frame; the same text at the same width is
// wrapped once. Bounded, so a huge debate cannot grow it without limit.
const wrapped = new Map<string, string[]>();
const WRAP_CACHE_MAX = 20_000;

export function wrapCached(text: string, cols: number): string[] {
  const key = `${cols}\u0000${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAP_CACHE_MAX) wrapped.clear();
    lines = wrap(text, cols);
    wrapped.set(key, lines);
  }
  return lines;
}
