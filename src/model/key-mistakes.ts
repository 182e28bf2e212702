// Unknown keys: which are misspellings of an allowed key, which mark a block
// written in the wrong place, and what such a block looks like.
import type * as z from 'zod';
import { valueAt } from './describe-path.js';
import type { PathSegment } from './locate.js';
import { Counterpoint, Evidence, Issue, Person, Position, Prompt, Source } from './schema.js';
import { keysOf } from './schema-at.js';
import { closest } from './suggest.js';

export function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/** Unknown keys that are not a misspelling of an allowed one. */
function strangers(keys: readonly string[], allowed: readonly string[]): string[] {
  return keys.filter((k) => closest(k, allowed) === undefined);
}

/**
 * The unknown keys of a mapping that looks misplaced rather than misspelt: it
 * holds several keys that belong to none of its fields, or nothing but such
 * keys. Most likely a block at the wrong indentation, or under the wrong list.
 */
export function misplaced(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): string[] | undefined {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const alien = strangers(issue.keys, keysOf(schema, path));
  const own = valueAt(data, path);
  const size = own && typeof own === 'object' ? Object.keys(own).length : 0;
  return alien.length >= 2 || (alien.length >= 1 && alien.length === size) ? alien : undefined;
}

export function strangeObjects(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, data: unknown): Set<string> {
  const out = new Set<string>();
  for (const issue of issues) if (misplaced(issue, schema, data)) out.add(pathKey(issue.path));
  return out;
}

// What a set of keys looks like, to say where a misplaced block belongs.
const SHAPES: ReadonlyArray<readonly [string, z.ZodObject]> = [
  ['a position (under "positions:")', Position],
  ['an evidence item (under "evidence:")', Evidence],
  ['a counterpoint (under "counterpoints:")', Counterpoint],
  ['a person (under "people:")', Person],
  ['an issue (under "issues:")', Issue],
  ['a source (under "sources:")', Source],
  ['a discussion prompt (under "discussion:")', Prompt],
];

export function shapeOf(keys: readonly string[]): string | undefined {
  return SHAPES.find(([, s]) => keys.every((k) => Object.hasOwn(s.shape, k)))?.[0];
}

/** Paths of required fields that are missing because an unknown key beside them is their misspelling. */
export function misspeltKeys(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Set<string> {
  const out = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = keysOf(
      schema,
      issue.path.filter((p): p is PathSegment => typeof p !== 'symbol'),
    );
    for (const key of issue.keys) {
      const meant = closest(key, allowed);
      if (meant !== undefined) out.add(pathKey([...issue.path, meant]));
    }
  }
  return out;
}
