// The check of clean files' data (model/plain-check.ts) against zod's own
// safeParse: over the example, generated debates and random mutations of them
// (wrong types, empty and padded text, bad ids and stances, unknown and missing
// keys), it accepts exactly what zod accepts and gives exactly zod's value,
// key order included. Whole loads are compared in clean-yaml-differential.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type * as z from 'zod';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { plainCheck } from '../../src/model/plain-check.js';
import { Actor, Debate } from '../../src/model/schema.js';
import { cleanScratch, ROOT, scratch } from './helpers.js';

afterAll(cleanScratch);

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);

/** zod's answer: its value when valid, undefined otherwise. */
function byZod(schema: z.ZodType, data: unknown): unknown {
  const result = schema.safeParse(data);
  return result.success ? result.data : undefined;
}

/** The value with every object's keys in order, so that toStrictEqual also compares key order. */
const ordered = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(ordered)
    : value && typeof value === 'object'
      ? Object.entries(value).map(([k, v]) => [k, ordered(v)])
      : value;

function expectAsZod(schema: z.ZodType, data: unknown): void {
  const expected = byZod(schema, structuredClone(data));
  // The check may take over the data it is given (as the loader gives it a file's): a copy of its own.
  const got = plainCheck(schema, structuredClone(data));
  expect(got).toStrictEqual(expected);
  expect(ordered(got)).toStrictEqual(ordered(expected));
}

async function samples(): Promise<Array<{ debate: unknown; actors: unknown[] }>> {
  const dirs = [join(ROOT, 'positions/mexico-cartels'), join(ROOT, 'test/fixtures/debates/minimal')];
  const generated = join(scratch(), 'generated');
  await generateDebate(generated, { actors: 3, issues: 4, evidence: 6, seed: 5 });
  dirs.push(generated);
  return dirs.map((dir) => {
    const files = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    const read = (n: string) => parse(readFileSync(join(dir, n), 'utf8')) as unknown;
    return { debate: read('debate.yaml'), actors: files.filter((n) => n !== 'debate.yaml').map(read) };
  });
}

/** Every path to a value in `data`, containers included. */
function paths(data: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(data)) for (const [i, v] of data.entries()) out.push(...paths(v, [...at, i]));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...at, k]));
  return out;
}

const REPLACEMENTS: unknown[] = [
  '',
  '   ',
  '  padded text  ',
  'Not An Id',
  'a/b',
  'for',
  'quote',
  'news-article',
  'https://example.org',
  'not a url',
  3,
  true,
  null,
  [],
  {},
  ['x'],
  { id: 'x' },
  undefined,
];

type Mutation = { path: number; how: 'replace' | 'delete' | 'add-key'; with: number };

function mutate(data: unknown, m: Mutation): unknown {
  const copy = structuredClone(data);
  const all = paths(copy);
  const path = all[m.path % all.length] as Array<string | number>;
  if (path.length === 0) return m.how === 'replace' ? REPLACEMENTS[m.with % REPLACEMENTS.length] : copy;
  const parent = path.slice(0, -1).reduce((v: unknown, k) => (v as Record<string | number, unknown>)[k], copy) as Record<
    string | number,
    unknown
  >;
  const key = path[path.length - 1] as string | number;
  if (m.how === 'replace') parent[key] = structuredClone(REPLACEMENTS[m.with % REPLACEMENTS.length]);
  else if (m.how === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (!Array.isArray(parent)) parent[['note', 'speaker', 'id', 'unknown', 'text', 'role'][m.with % 6] as string] = 'x';
  return copy;
}

describe('the check of clean data', () => {
  it('gives zod’s value on the example, the minimal and a generated debate', async () => {
    for (const { debate, actors } of await samples()) {
      expect(plainCheck(Debate, structuredClone(debate))).toBeDefined();
      expectAsZod(Debate, debate);
      for (const actor of actors) {
        expect(plainCheck(Actor, structuredClone(actor))).toBeDefined();
        expectAsZod(Actor, actor);
      }
    }
  });

  it.each([
    ['text with spaces around it, trimmed', { name: '  A  ', positions: [] }],
    ['a key of the schema written in another order', { positions: [], name: 'A', short: 'a' }],
    ['an optional key set to undefined', { name: 'A', short: undefined, positions: [] }],
    ['an empty text', { name: ' ', positions: [] }],
    ['an unknown key', { name: 'A', positions: [], extra: 'x' }],
    ['a missing key', { name: 'A' }],
    ['a list that is not one', { name: 'A', positions: 'p' }],
    ['not an object', ['name', 'A']],
    ['a bad stance', { name: 'A', positions: [{ id: 'p', issue: 'i', stance: 'maybe', claim: 'c' }] }],
    ['a bad id', { name: 'A', positions: [{ id: 'P 1', issue: 'i', stance: 'for', claim: 'c' }] }],
  ])('agrees with zod on %s', (_what, data) => {
    expectAsZod(Actor, data);
  });

  it('agrees with zod on a debate with no issues, and on a bad web address', () => {
    expectAsZod(Debate, { title: 'T', question: 'Q', issues: [] });
    const issues = [{ id: 'i', title: 'I', question: 'Q?' }];
    expectAsZod(Debate, { title: 'T', question: 'Q', issues, sources: [{ id: 's', title: 'S', kind: 'data', url: 'nope' }] });
    expectAsZod(Debate, { title: 'T', question: 'Q', issues, sources: [{ id: 's', title: 'S', kind: 'data', url: 'https://x.org' }] });
  });

  it('agrees with zod on every file changed in random places', async () => {
    const all = await samples();
    const files = all.flatMap(({ debate, actors }) => [
      { schema: Debate as z.ZodType, data: debate },
      ...actors.map((data) => ({ schema: Actor, data })),
    ]);
    const mutation = fc.record({
      path: fc.nat(),
      how: fc.constantFrom<Mutation['how']>('replace', 'replace', 'delete', 'add-key'),
      with: fc.nat(),
    });
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (f, ms) => {
        const { schema, data } = files[f % files.length] as (typeof files)[number];
        expectAsZod(schema, ms.reduce(mutate, data));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
