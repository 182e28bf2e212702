// Walks a zod schema along a YAML path: which keys a mapping allows, whether a field is optional.
import * as z from 'zod';
import type { PathSegment } from './locate.js';

/** Finds the schema that describes `path`, for listing allowed keys. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    s = unwrap(s);
    if (s instanceof z.ZodArray && typeof seg === 'number') s = s.element as z.ZodType;
    else if (s instanceof z.ZodObject && typeof seg === 'string') s = Object.hasOwn(s.shape, seg) ? (s.shape[seg] as z.ZodType) : undefined;
    else return undefined;
  }
  return s ? unwrap(s) : undefined;
}

export function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodPipe) {
    cur = cur instanceof z.ZodPipe ? (cur.in as z.ZodType) : (cur.unwrap() as z.ZodType);
  }
  return cur;
}

export function keysOf(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const s = schemaAt(schema, path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

export function isOptional(schema: z.ZodType, path: readonly PathSegment[]): boolean {
  const parent = unwrap(schemaAt(schema, path.slice(0, -1)));
  const last = path[path.length - 1];
  return parent instanceof z.ZodObject && typeof last === 'string' && parent.shape[last] instanceof z.ZodOptional;
}
