// Validates the plain data of a clean file (clean-yaml.ts) against a zod
// schema at a fraction of zod's cost, giving exactly what zod's safeParse
// would give when the data is valid. It is not a second schema: it is built
// from the zod schema itself, reading each node's definition (strict objects,
// optional fields, lists, enums, strings trimmed and checked by length or
// pattern). A node of any other kind (a URL, a coercion, an unknown check) is
// handed to zod itself. On the first problem it gives up, and the caller takes
// the full path, where zod reports the problem in its own words: so the data
// it accepts, and what it makes of it, are zod's, and every message is zod's.
// test/model/plain-check.test.ts holds it to zod's safeParse value by value.
import type * as z from 'zod';

/** What a node's check returns when zod would report a problem there. */
const FAIL = Symbol('fail');

type Check = (value: unknown) => unknown;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  coerce?: boolean;
  format?: string;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  tx?: (value: string) => string;
  when?: unknown;
}

const compiled = new WeakMap<z.ZodType, Check>();

/**
 * The value zod's `schema.safeParse(data)` would give, or undefined when zod
 * would report any problem. `data` (plain objects, as the fast reader makes
 * them) is the caller's to give up: where its keys are in the schema's order,
 * as files usually write them, its objects and lists are the value, checked in
 * place, not copied as zod copies them (on a problem, it may be left half-checked).
 */
export function plainCheck<T>(schema: z.ZodType<T>, data: unknown): T | undefined {
  // With an enumerable key inherited by every object, an object's own keys are not all its keys.
  for (const _ in Object.prototype) {
    const result = schema.safeParse(data);
    return result.success ? result.data : undefined;
  }
  let check = compiled.get(schema);
  if (!check) compiled.set(schema, (check = compile(schema)));
  const value = check(data);
  return value === FAIL ? undefined : (value as T);
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function compile(schema: z.ZodType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return compileObject(schema, def);
    case 'array':
      return compileArray(schema, def);
    case 'string':
      return compileString(schema, def);
    case 'enum':
      return compileEnum(schema, def);
    default:
      return byZod(schema);
  }
}

/** A node this file does not read: zod checks it. */
function byZod(schema: z.ZodType): Check {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

interface Field {
  key: string;
  optional: boolean;
  check: Check;
}

function compileObject(schema: z.ZodType, def: Def): Check {
  // Only a strict object (unknown keys are an error), without checks of its own.
  if (!def.shape || !def.catchall || defOf(def.catchall).type !== 'never' || def.checks?.length) return byZod(schema);
  const fields: Field[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    // zod never copies a key of this name.
    if (key === '__proto__') return byZod(schema);
    const fd = defOf(field);
    if (fd.type === 'optional' && fd.innerType && !fd.checks?.length) fields.push({ key, optional: true, check: compile(fd.innerType) });
    else fields.push({ key, optional: false, check: compile(field) });
  }
  const order = new Map(fields.map((f, i) => [f.key, i]));
  const keys = fields.map((f) => f.key);
  const optional = fields.map((f) => f.optional);
  const checks = fields.map((f) => f.check);
  const n = fields.length;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const data = input as Record<string, unknown>;
    // As zod: every key of the input, inherited enumerable ones too (see plainCheck: there are none).
    let last = -1;
    let inOrder = true;
    for (const key in data) {
      const i = order.get(key);
      if (i === undefined) return FAIL;
      if (i < last) inOrder = false;
      last = i;
    }
    // Zod builds a new object with the keys in the schema's order: one already in that order is the same.
    const out: Record<string, unknown> = inOrder ? data : {};
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      if (!(key in data)) {
        if (optional[i]) continue;
        return FAIL;
      }
      const value = data[key];
      if (optional[i] && value === undefined) {
        if (!inOrder) out[key] = undefined;
        continue;
      }
      const checked = (checks[i] as Check)(value);
      if (checked === FAIL) return FAIL;
      if (!inOrder || checked !== value) out[key] = checked;
    }
    return out;
  };
}

function compileArray(schema: z.ZodType, def: Def): Check {
  if (!def.element) return byZod(schema);
  let min = 0;
  for (const { _zod } of def.checks ?? []) {
    if (_zod.def.check !== 'min_length' || typeof _zod.def.minimum !== 'number') return byZod(schema);
    min = Math.max(min, _zod.def.minimum);
  }
  const element = compile(def.element);
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    // Checked in place (see plainCheck): the same items, in the same order, as zod's copy.
    for (let i = 0; i < input.length; i++) {
      const value = input[i];
      const checked = element(value);
      if (checked === FAIL) return FAIL;
      if (checked !== value) input[i] = checked;
    }
    return input.length >= min ? input : FAIL;
  };
}

type StringStep = (value: string) => string | typeof FAIL;

function compileString(schema: z.ZodType, def: Def): Check {
  if (def.coerce || def.format) return byZod(schema);
  const steps: StringStep[] = [];
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'overwrite' && c.tx) {
      const tx = c.tx;
      steps.push((s) => tx(s));
    } else if (c.check === 'min_length' && (c.minimum === 0 || c.minimum === 1)) {
      // zod counts code points, not code units; for a minimum of one the two agree.
      const min = c.minimum;
      steps.push((s) => (s.length >= min ? s : FAIL));
    } else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) {
      const pattern = c.pattern;
      steps.push((s) => {
        pattern.lastIndex = 0;
        return pattern.test(s) ? s : FAIL;
      });
    } else return byZod(schema);
  }
  const [first, second] = steps;
  if (steps.length === 1 && first) return (input) => (typeof input === 'string' ? first(input) : FAIL);
  if (steps.length === 2 && first && second)
    return (input) => {
      if (typeof input !== 'string') return FAIL;
      const value = first(input);
      return value === FAIL ? FAIL : second(value);
    };
  return (input) => {
    if (typeof input !== 'string') return FAIL;
    let value: string | typeof FAIL = input;
    for (const step of steps) {
      value = step(value);
      if (value === FAIL) return FAIL;
    }
    return value;
  };
}

function compileEnum(schema: z.ZodType, def: Def): Check {
  const values = Object.values(def.entries ?? {});
  if (values.length === 0 || !values.every((v) => typeof v === 'string') || def.checks?.length) return byZod(schema);
  // A handful of words: comparing is cheaper than hashing each text read. The
  // schema's own string is kept, equal to the one read: one string for every
  // stance of every file instead of one each, which the garbage collector copies.
  return (input) => {
    for (const value of values) if (input === value) return value;
    return FAIL;
  };
}
