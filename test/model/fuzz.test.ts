// Property-based: thousands of random and mutated documents go through the
// loader. It must never throw, and every diagnostic must point inside the
// file (1 ≤ line ≤ lines, 1 ≤ col ≤ line length + 1). Seeded, so a failure
// can be replayed: fast-check prints the seed and the shrunk counterexample.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { FileReporter } from '../../src/model/diagnostics.js';
import { loadDebate } from '../../src/model/load.js';
import { parseYamlText } from '../../src/model/read.js';
import { Actor, Debate } from '../../src/model/schema.js';
import { validate } from '../../src/model/validate.js';
import { cleanScratch, debateWith, MINIMAL } from './helpers.js';

// FUZZ_SEED and FUZZ_RUNS (a multiplier) explore further without changing the test.
const SEED = Number(process.env.FUZZ_SEED ?? 20_250_301);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
// Generous, so a machine busy with other work does not fail a run that would pass; no time is asserted.
const TIMEOUT = 60_000 * Math.max(1, RUNS);
const FILES = ['council.yaml', 'residents.yaml', 'debate.yaml'] as const;
const TEXTS = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(MINIMAL, f), 'utf8')])) as Record<(typeof FILES)[number], string>;

afterAll(cleanScratch);

/** Why a location is outside its file, or undefined when it is inside. */
function outside(d: Pick<Diagnostic, 'line' | 'col' | 'endLine' | 'endCol'>, text: string): string | undefined {
  // Lines as the yaml library counts them (a lone CR is turned into a newline before parsing).
  const lines = text.replace(/\r(?!\n)/g, '\n').split('\n');
  const check = (line: number, col: number, what: string) => {
    if (!Number.isInteger(line) || line < 1 || line > lines.length) return `${what} line ${line} of ${lines.length}`;
    const len = (lines[line - 1] as string).length;
    if (!Number.isInteger(col) || col < 1 || col > len + 1) return `${what} col ${col} on a line of ${len}`;
    return undefined;
  };
  return check(d.line, d.col, 'start') ?? (d.endLine !== undefined ? check(d.endLine, d.endCol ?? 1, 'end') : undefined);
}

/** Parse and validate one text as an actor or as debate.yaml, the way load.ts does. */
function loadText(text: string, schema: z.ZodType, salvage: string[]): Diagnostic[] {
  const read = parseYamlText('/fuzz/x.yaml', text);
  const out = [...read.diagnostics];
  if (read.data !== undefined && read.doc && read.lineCounter && read.text !== undefined) {
    const report = new FileReporter(read.file);
    validate(schema, { text: read.text, doc: read.doc, lineCounter: read.lineCounter, data: read.data }, report, salvage);
    out.push(...report.list);
  }
  return out;
}

function assertInside(text: string, schema: z.ZodType, salvage: string[]) {
  for (const d of loadText(text, schema, salvage)) {
    const why = outside(d, text);
    if (why) throw new Error(`${d.rule} at ${d.line}:${d.col} is outside the file (${why}): ${d.message}`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal through a message
    if (!d.message || /[\u0000-\u001f\u007f-\u009f]/.test(d.message))
      throw new Error(`bad message for ${d.rule}: ${JSON.stringify(d.message)}`);
  }
}

// Characters that matter to YAML or to a terminal, plus text from other scripts.
const SPECIAL = [
  ...'\t\n\r :-#&*!|>%@`"\'[]{},?~\\',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u001b[31m',
  '\u009b',
  '\u007f',
  '\ufeff',
  '\u202e',
  '\u2028',
  'é',
  '日本',
  '😀',
  '\u0301',
  '---',
  '...',
  '<<',
  '!!js/function',
  '&a',
  '*a',
  '- ',
  ': ',
  '\\e',
  '"\\u',
];
const anyText = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
  fc.string({ maxLength: 6 }),
);

type Mutation = (text: string) => string;
const at = (n: number, len: number) => (len === 0 ? 0 : n % (len + 1));
const onLines = (f: (lines: string[], i: number) => void, n: number) => (text: string) => {
  const lines = text.split('\n');
  f(lines, n % lines.length);
  return lines.join('\n');
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (t) => {
        const i = at(n, t.length);
        return t.slice(0, i) + t.slice(i + 1);
      },
  ),
  fc.tuple(fc.nat(), anyText).map(
    ([n, s]): Mutation =>
      (t) => {
        const i = at(n, t.length);
        return t.slice(0, i) + s + t.slice(i);
      },
  ),
  fc.nat().map(
    (n): Mutation =>
      (t) => {
        const i = at(n, t.length);
        return t.slice(0, i) + t.charAt(i) + t.slice(i);
      },
  ),
  fc.nat().map((n) => onLines((l, i) => l.splice(i, 1), n)),
  fc.nat().map((n) => onLines((l, i) => l.splice(i, 0, l[i] as string), n)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) =>
    onLines((l, i) => {
      const j = b % l.length;
      [l[i], l[j]] = [l[j] as string, l[i] as string];
    }, a),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([n, by]) =>
    onLines((l, i) => {
      const line = l[i] as string;
      l[i] = by >= 0 ? ' '.repeat(by) + line : line.replace(new RegExp(`^ {0,${-by}}`), '');
    }, n),
  ),
  fc.nat().map((n) => onLines((l, i) => void (l[i] = (l[i] as string).replace(/^( +)/, (s) => '\t'.repeat(Math.ceil(s.length / 2)))), n)),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r\n')),
  fc.constant<Mutation>((t) => t.replace(/\n/g, '\r')),
);

const mutated = fc.tuple(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([file, ms]) => ({
  file,
  text: ms.reduce((t, m) => m(t), TEXTS[file]),
}));

// Random structures shaped like the file format: the right keys, often the wrong values.
const KEYS = ['name', 'short', 'role', 'people', 'positions', 'id', 'issue', 'stance', 'claim', 'evidence', 'kind', 'text', 'source'];
const MORE_KEYS = ['responds_to', 'counterpoints', 'by', 'title', 'question', 'issues', 'sources', 'discussion', 'prompt', 'actors'];
const scalar = fc.oneof(
  fc.constantFrom('for', 'against', 'quote', 'cost', 'minutes', 'council/worth-it', 'Bad_Id', '', '007', 'yes', 'null', '~'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { value: structure } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...KEYS, ...MORE_KEYS), fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
}));
const structured = fc
  .tuple(structure, fc.constantFrom<'block' | 'flow'>('block', 'flow'))
  .map(([v, style]) => stringify(v, style === 'flow' ? { collectionStyle: 'flow' } : {}));

// Token soup: the pieces of YAML in any order.
const TOKENS = [
  '- ',
  ': ',
  '\n',
  '  ',
  '    ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '"',
  "'",
  '&a ',
  '*a',
  '!t ',
  '# c',
  '---\n',
  '...\n',
  '| ',
  '> ',
  '? ',
  '\t',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS, ...KEYS), anyText), { maxLength: 40 }).map((parts) => parts.join(''));

const schemaFor = (file: string) =>
  file === 'debate.yaml' ? ([Debate, ['issues', 'sources', 'discussion']] as const) : ([Actor, ['positions', 'people']] as const);

describe('fuzzing the loader', () => {
  it(
    'mutated fixture files: never throws, every location inside the file',
    () => {
      fc.assert(
        fc.property(mutated, ({ file, text }) => {
          const [schema, salvage] = schemaFor(file);
          assertInside(text, schema, [...salvage]);
        }),
        { seed: SEED, numRuns: runs(3000) },
      );
    },
    TIMEOUT,
  );

  it(
    'random structures in the shape of the format, block and flow style',
    () => {
      fc.assert(
        fc.property(structured, fc.boolean(), (text, asDebate) => {
          assertInside(text, asDebate ? Debate : Actor, asDebate ? ['issues', 'sources', 'discussion'] : ['positions', 'people']);
        }),
        { seed: SEED + 1, numRuns: runs(1500) },
      );
    },
    TIMEOUT,
  );

  it(
    'token soup: YAML punctuation, keys and odd characters in any order',
    () => {
      fc.assert(
        fc.property(soup, (text) => assertInside(text, Actor, ['positions', 'people'])),
        { seed: SEED + 2, numRuns: runs(2000) },
      );
    },
    TIMEOUT,
  );

  it(
    'whole debates from disk with one mutated file: references resolve or are reported, inside the file',
    async () => {
      const dir = debateWith();
      await fc.assert(
        fc.asyncProperty(mutated, async ({ file, text }) => {
          for (const f of FILES) writeFileSync(join(dir, f), f === file ? text : TEXTS[f]);
          const { model, texts } = await loadDebate(dir);
          for (const d of model.diagnostics) {
            // A file that could not be decoded is located in its bytes read as UTF-8.
            const t = texts.get(d.file) ?? readFileSync(d.file, 'utf8');
            const why = outside(d, t);
            if (why) throw new Error(`${d.rule} at ${d.file}:${d.line}:${d.col} is outside the file (${why}): ${d.message}`);
          }
          // The files nobody touched still load, whatever happened to the other one.
          const untouched = FILES.filter((f) => f !== file && f !== 'debate.yaml').map((f) => f.replace('.yaml', ''));
          for (const id of untouched) expect(model.actors.map((a) => a.id)).toContain(id);
        }),
        { seed: SEED + 3, numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );

  it(
    'keys named __proto__ or constructor never reach a prototype',
    () => {
      fc.assert(
        fc.property(structured, (text) => {
          loadText(text, Actor, ['positions', 'people']);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.keys(Object.prototype)).toEqual([]);
        }),
        { seed: SEED + 4, numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});
