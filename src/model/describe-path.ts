// How validation messages name what they point at: a data path as a reader finds
// it in the file (`position "air-and-safety", evidence item 2`), and a value by
// its kind ("a list", "the number 3").
import type { PathSegment } from './locate.js';
import { singleLine } from './sanitize.js';
import { ID_PATTERN } from './terms.js';

export function typeName(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  // Values that tags such as !!binary, !!timestamp and !!set make: say what they are.
  if (ArrayBuffer.isView(v)) return 'binary data';
  if (v instanceof Date) return 'a date';
  if (v instanceof Set) return 'a set';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  if (typeof v === 'string') return 'text';
  return typeof v;
}

export const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list (lines starting with "- ")',
  object: 'a mapping (key: value lines)',
  number: 'a number',
};

export function where(path: readonly PathSegment[], data: unknown): string {
  return path.length ? ` in ${describePath(path, data)}` : '';
}

// What one item of each list is called.
const ITEM: Record<string, string> = {
  positions: 'position',
  evidence: 'evidence item',
  counterpoints: 'counterpoint',
  people: 'person',
  issues: 'issue',
  sources: 'source',
  discussion: 'discussion prompt',
  responds_to: 'responds_to item',
  actors: 'actors item',
};

// Lists whose items have an id of their own, to name them by.
const NAMED = new Set(['positions', 'issues', 'sources']);

/**
 * A data path as a reader finds it in the file: `position "air-and-safety",
 * evidence item 2` rather than `positions[0].evidence[1]`.
 */
export function describePath(path: readonly PathSegment[], data: unknown): string {
  const parts: string[] = [];
  let v = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as PathSegment;
    const next = path[i + 1];
    if (typeof next === 'number') {
      const item = valueAt(v, [seg, next]);
      const id = item && typeof item === 'object' ? (item as Record<string, unknown>).id : undefined;
      const what = ITEM[seg] ?? `${singleLine(String(seg))} item`;
      parts.push(typeof id === 'string' && ID_PATTERN.test(id) && NAMED.has(String(seg)) ? `${what} "${id}"` : `${what} ${next + 1}`);
      v = item;
      i++;
      continue;
    }
    parts.push(`"${singleLine(String(seg))}"`);
    v = valueAt(v, [seg]);
  }
  return parts.join(', ');
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}
