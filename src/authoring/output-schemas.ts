// JSON Schemas for what standpoint prints for scripts: `export --format json`,
// `check --format json` and `compare --json`. Written in zod next to the code's
// own types (a compile-time check below keeps the two in step) and generated
// into schema/ by `standpoint schema`; the tests validate every such output.
import * as z from 'zod';
import type { JsonExport } from '../export/json.js';
import { EVIDENCE_KINDS, SOURCE_KINDS, STANCES } from '../model/terms.js';
import { OUTPUT_FILES, OUTPUT_TITLES, type OutputKind } from './output-kinds.js';
import { SCHEMA_BASE_URL } from './schema-files.js';

const nullableText = z.string().nullable();
const loc = z.strictObject({ file: z.string(), line: z.int().min(1), col: z.int().min(1) });
const stance = z.enum(STANCES);

const source = z.strictObject({
  id: z.string(),
  number: z.int().min(1),
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  publisher: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

const evidence = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string(),
  speaker: nullableText,
  source: source.nullable().describe('The source, resolved; null when none is named or the id is not in debate.yaml'),
  sourceId: nullableText,
  quote: nullableText,
  locator: nullableText,
  loc,
});

const ExportJson = z.strictObject({
  formatVersion: z.literal(1),
  generator: z.string(),
  lens: z.enum(['quote', 'fact', 'statistic', 'claim', 'interpretation']).nullable(),
  debate: z.strictObject({
    id: z.string(),
    title: z.string(),
    question: z.string(),
    summary: nullableText,
    asOf: nullableText,
    prompts: z.array(z.string()),
  }),
  problems: z.strictObject({ errors: z.int().min(0), warnings: z.int().min(0) }),
  actors: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      short: z.string(),
      role: nullableText,
      people: z.array(z.strictObject({ name: z.string(), role: nullableText })),
      file: z.string(),
      stale: z.boolean(),
      positions: z.array(z.string()),
    }),
  ),
  issues: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      question: z.string(),
      summary: nullableText,
      prompts: z.array(z.string()),
      positions: z.record(z.string(), z.string().nullable()).describe('Actor id → position key, or null when the actor is silent'),
    }),
  ),
  positions: z.array(
    z.strictObject({
      key: z.string(),
      id: z.string(),
      actor: z.string(),
      issue: z.string(),
      stance,
      claim: z.string(),
      evidence: z.array(evidence),
      counterpoints: z.array(
        z.strictObject({ by: nullableText, byActor: nullableText, text: z.string(), evidence: z.array(evidence), loc }),
      ),
      respondsTo: z.array(z.string()),
      respondedBy: z.array(z.string()),
      loc,
    }),
  ),
  sources: z.array(source),
});

// If JsonExport gains or changes a field, this stops compiling until the schema follows.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exportMatches: Same<z.infer<typeof ExportJson>['positions'][number]['stance'], JsonExport['positions'][number]['stance']> &
  Same<keyof z.infer<typeof ExportJson>, keyof JsonExport> = true;
void exportMatches;

const CheckJson = z.strictObject({
  formatVersion: z.literal(1),
  ok: z.boolean().describe('true when there are no errors (warnings allowed, unless --strict)'),
  summary: z.strictObject({ errors: z.int().min(0), warnings: z.int().min(0) }),
  debates: z.array(
    z.strictObject({
      dir: z.string(),
      title: z.string(),
      actors: z.array(z.string()),
      issues: z.int().min(0),
      positions: z.int().min(0),
      brokenFiles: z.array(z.string()),
    }),
  ),
  diagnostics: z.array(
    z.strictObject({
      file: z.string(),
      line: z.int().min(1),
      col: z.int().min(1),
      endLine: z.int().min(1).optional(),
      endCol: z.int().min(1).optional(),
      severity: z.enum(['error', 'warning']),
      rule: z.string(),
      message: z.string(),
    }),
  ),
});

const comparedActor = z.strictObject({ id: z.string(), name: z.string(), short: z.string() });
const comparedPosition = z.strictObject({ key: z.string(), stance, claim: z.string() }).nullable();
const agreement = z.enum(['agree', 'partial', 'disagree', 'unclear', 'silent']);

const CompareJson = z.strictObject({
  formatVersion: z.literal(1),
  a: comparedActor,
  b: comparedActor,
  counts: z.strictObject(
    Object.fromEntries(agreement.options.map((k) => [k, z.int().min(0)])) as Record<z.infer<typeof agreement>, z.ZodInt>,
  ),
  issues: z.array(
    z.strictObject({
      issue: z.string(),
      title: z.string(),
      agreement,
      a: comparedPosition,
      b: comparedPosition,
      aAnswersB: z.array(z.string()),
      bAnswersA: z.array(z.string()),
    }),
  ),
});

const ZOD: Record<OutputKind, z.ZodType> = { export: ExportJson, check: CheckJson, compare: CompareJson };

export function outputSchema(kind: OutputKind): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ZOD[kind], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { $schema, $id: `${SCHEMA_BASE_URL}${OUTPUT_FILES[kind]}`, title: OUTPUT_TITLES[kind], ...rest };
}

export function outputSchemaText(kind: OutputKind): string {
  return `${JSON.stringify(outputSchema(kind), null, 2)}\n`;
}
