// Loading with the fast reader of clean YAML (model/clean-yaml.ts) must change
// nothing a user can see: over the bad-input corpus, every fixture debate, the
// example and generated debates, the loaded model, every diagnostic (file,
// line, column, rule, message) and `check --json` are the same with the fast
// reader as without it. And mutated files, read by both parsers, give the same
// values and node offsets whenever the fast reader takes them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { stringify, type ToStringOptions } from 'yaml';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { runCheck } from '../../src/commands/check.js';
import { parseCleanYaml } from '../../src/model/clean-yaml.js';
import { loadDebate } from '../../src/model/load.js';
import {
  assemble,
  CORPUS_CASES,
  capture,
  cleanScratch,
  debateWith,
  FIXTURES,
  fastReaderAgrees,
  MINIMAL,
  ROOT,
  scratch,
} from './helpers.js';

afterAll(cleanScratch);

// The same loader and check with the fast reader turned off: every file goes the full way.
const declined = vi.fn(() => undefined);
vi.doMock('../../src/model/clean-yaml.js', () => ({ parseCleanYaml: declined }));
vi.resetModules();
const fullOnly = {
  loadDebate: (await import('../../src/model/load.js')).loadDebate,
  runCheck: (await import('../../src/commands/check.js')).runCheck,
};
vi.doUnmock('../../src/model/clean-yaml.js');

const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
// Generous, so a machine busy with other work does not fail a run that would pass; no time is asserted.
const TIMEOUT = 60_000 * Math.max(1, RUNS);

const yamlFiles = (dir: string) => readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && statSync(join(dir, n)).isFile());

/** How many of the folder's YAML files the fast reader takes: a comparison where it took none would prove nothing. */
function takenFast(dir: string): number {
  return yamlFiles(dir).filter((n) => parseCleanYaml(readFileSync(join(dir, n), 'utf8')) !== undefined).length;
}

async function expectSameLoad(dir: string): Promise<void> {
  declined.mockClear();
  const [fast, full] = [await loadDebate(dir), await fullOnly.loadDebate(dir)];
  const asked = declined.mock.calls.length;
  expect(fast.model.diagnostics).toStrictEqual(full.model.diagnostics);
  expect(fast).toStrictEqual(full);
  // The other loader did ask, and was told no.
  expect(asked).toBeGreaterThan(0);
  const [a, b] = [capture(), capture()];
  const [codeA, codeB] = [await runCheck(dir, { json: true }, a), await fullOnly.runCheck(dir, { json: true }, b)];
  expect(a.stdout).toBe(b.stdout);
  expect(codeA).toBe(codeB);
  const [textA, textB] = [capture(), capture()];
  await runCheck(dir, {}, textA);
  await fullOnly.runCheck(dir, {}, textB);
  expect(textA.stdout).toBe(textB.stdout);
}

/** Every folder under the fixtures that holds YAML: a debate of its own, or files laid over the minimal debate. */
function fixtureDebates(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (dir.startsWith(join(FIXTURES, 'corpus'))) return;
    const names = readdirSync(dir);
    if (names.some((n) => /\.ya?ml$/.test(n))) out.push(dir);
    for (const n of names) if (statSync(join(dir, n)).isDirectory()) walk(join(dir, n));
  };
  walk(FIXTURES);
  return out;
}

describe('loading with and without the fast reader', () => {
  it.each(CORPUS_CASES.map(([path]) => path))('gives the same result on corpus case %s', async (path) => {
    await expectSameLoad(assemble('debate', path));
  });

  it.each(fixtureDebates().map((d) => d.slice(FIXTURES.length + 1)))('gives the same result on fixture %s', async (name) => {
    const src = join(FIXTURES, name);
    await expectSameLoad(existsSync(join(src, 'debate.yaml')) ? src : debateWith({}, src));
  });

  it('gives the same result on the example debate, and reads all of it fast', async () => {
    const example = join(ROOT, 'positions/mexico-cartels');
    expect(takenFast(example)).toBe(yamlFiles(example).length);
    await expectSameLoad(example);
  });

  it.each([
    [1, 12, 6, 200],
    [7, 30, 10, 40],
    [42, 3, 30, 500],
  ])('gives the same result on a generated debate (seed %i, %i actors × %i issues)', async (seed, actors, issues, evidence) => {
    const dir = join(scratch(), 'generated');
    await generateDebate(dir, { actors, issues, evidence, seed });
    expect(takenFast(dir)).toBe(actors + 1);
    await expectSameLoad(dir);
  });

  it.each([
    ['in the order of the format', (keys: string[]) => keys],
    ['in reverse order', (keys: string[]) => [...keys].reverse()],
  ])('gives the same result on a file with its keys %s and text padded with spaces', async (_how, order) => {
    // The check of clean data keeps an object whose keys are in the format's order, trimming its
    // text in place, and copies any other as zod does: both must load as zod's values do.
    const write = (value: unknown, indent: string): string => {
      if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${write(v, `${indent}  `).trimStart()}`).join('');
      if (value && typeof value === 'object') {
        const entries = order(Object.keys(value)).map((k) => [k, (value as Record<string, unknown>)[k]] as const);
        return entries
          .map(([k, v], i) => `${i === 0 ? '' : `\n${indent}`}${k}:${typeof v === 'string' ? ` ${v}` : write(v, `${indent}  `)}`)
          .join('');
      }
      return String(value);
    };
    const actor = {
      name: '"  The council  "',
      short: "' Council'",
      positions: [
        {
          id: 'worth-it',
          issue: 'cost',
          stance: 'for',
          claim: '"It pays for itself.   "',
          evidence: [{ kind: 'claim', text: "'  Tolls cover it. '", source: 'minutes' }],
          counterpoints: [{ by: 'residents', text: 'Not by much.' }],
          responds_to: ['residents/more-traffic'],
        },
      ],
    };
    const text = `${write(actor, '')}\n`;
    expect(parseCleanYaml(text)).toBeDefined();
    await expectSameLoad(debateWith({ 'council.yaml': text }));
  });

  it(
    'gives the same result on debates written in every style YAML allows, with mistakes among them',
    async () => {
      // Random debates, each written with random quoting, folding and list styles (yaml's
      // stringify), some of whose values are wrong: a reference to nothing, a bad stance, a number.
      const word = fc.constantFrom(
        'bridge',
        'toll',
        'yes',
        'no',
        '1e3',
        '0x1F',
        '~',
        'null',
        'a: b',
        '#3',
        'x #y',
        "it's",
        '"q"',
        'Ünï',
        '😀',
        '- z',
        '2001-12-14',
      );
      const textArb = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
      const style = fc.record({
        defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
        lineWidth: fc.constantFrom(0, 30, 80),
        indentSeq: fc.boolean(),
        indent: fc.constantFrom(2, 4),
        flowList: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(textArb, { minLength: 3, maxLength: 3 }),
          style,
          fc.constantFrom('for', 'against', 'maybe', 3),
          async (texts, s, stance) => {
            const { flowList, ...options } = s;
            const actor = {
              name: texts[0],
              positions: [
                {
                  id: 'worth-it',
                  issue: 'cost',
                  stance,
                  claim: texts[1],
                  evidence: [{ kind: 'claim', text: texts[2], source: 'minutes' }],
                  responds_to: flowList ? ['residents/more-traffic'] : ['residents/nothing'],
                },
              ],
            };
            const text = stringify(actor, { ...(options as ToStringOptions), flowCollectionPadding: false });
            const dir = debateWith({ 'council.yaml': flowList ? text.replace(/responds_to:\n\s+- (\S+)/, 'responds_to: [$1]') : text });
            await expectSameLoad(dir);
          },
        ),
        { seed: SEED, numRuns: runs(25) },
      );
    },
    TIMEOUT,
  );
});

describe('the fast reader on mutated files', () => {
  const bases = [
    ...yamlFiles(MINIMAL).map((n) => readFileSync(join(MINIMAL, n), 'utf8')),
    ...yamlFiles(join(ROOT, 'positions/mexico-cartels')).map((n) => readFileSync(join(ROOT, 'positions/mexico-cartels', n), 'utf8')),
  ];
  const SNIPPETS = [
    ' ',
    '  ',
    '\t',
    '#',
    ' #',
    ' # x',
    ': ',
    ':',
    '"',
    "'",
    "''",
    '-',
    '- ',
    '\n',
    '\n  ',
    '\n    ',
    '\n\n',
    '  \n',
    'yes',
    'no',
    '1e3',
    '0x1F',
    '0o17',
    '~',
    'null',
    'True',
    '.inf',
    '-1',
    '+2',
    '2001-12-14t21:59:43.10-05:00',
    '&a ',
    '*a',
    '!!str ',
    '!x ',
    '|',
    '>',
    '|-',
    '>-',
    '|+',
    '>2',
    '[',
    ']',
    '{',
    '}',
    ',',
    '%',
    '@',
    '`',
    '?',
    '? ',
    'é',
    '😀',
    '\ud83d',
    '\u00a0',
    '\u2028',
    '\u0085',
    '\u200b',
    '\u0007',
    '\r',
    '\r\n',
    '\\',
    '\\n',
    '---\n',
    '...\n',
    'key: ',
    `${'k'.repeat(1030)}: `,
    '__proto__: ',
  ];
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom(...SNIPPETS) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
    fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
    fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const apply = (text: string, m: Mutation): string => {
    const at = m.at % (text.length + 1);
    if (m.kind === 'insert') return text.slice(0, at) + m.what + text.slice(at);
    if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + m.length);
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
    if (m.kind === 'duplicate-line') return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    const line = text.slice(start, end);
    const moved = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
    return text.slice(0, start) + moved + text.slice(end);
  };

  it(
    'reads exactly as the full parser whenever it takes a file, and takes many',
    () => {
      let taken = 0;
      let total = 0;
      fc.assert(
        fc.property(fc.nat({ max: bases.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (base, mutations) => {
          const text = mutations.reduce(apply, bases[base] as string);
          total++;
          if (fastReaderAgrees(text)) taken++;
        }),
        { seed: SEED, numRuns: runs(3000) },
      );
      // Many mutations leave a file clean (a space inside a text, a deleted letter): those must still be read fast.
      expect(taken / total).toBeGreaterThan(0.1);
    },
    TIMEOUT,
  );

  it(
    'reads any text as the full parser does, in whatever style it is written',
    () => {
      let taken = 0;
      let total = 0;
      fc.assert(
        fc.property(
          fc.dictionary(
            fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/),
            fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(fc.string(), { maxLength: 3 })),
            { minKeys: 1, maxKeys: 6 },
          ),
          fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL'),
          fc.constantFrom(0, 20, 80),
          (data, defaultStringType, lineWidth) => {
            const text = stringify(data, { defaultStringType, lineWidth } as ToStringOptions);
            total++;
            if (fastReaderAgrees(text)) taken++;
          },
        ),
        { seed: SEED, numRuns: runs(3000) },
      );
      expect(taken / total).toBeGreaterThan(0.1);
    },
    TIMEOUT,
  );
});
