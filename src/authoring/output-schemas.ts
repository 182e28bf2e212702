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
  text: z.string().optional().describe('A local text copy of the source, relative to the debate folder'),
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

const counts = z.strictObject({
  agree: z.int().min(0),
  partial: z.int().min(0),
  disagree: z.int().min(0),
  unclear: z.int().min(0),
  silent: z.int().min(0),
});
const stanceCounts = z.partialRecord(stance, z.int().min(0));

const forest = z.strictObject({
  agreement: z.array(
    z.strictObject({
      a: z.string(),
      b: z.string(),
      counts,
      score: z.number().min(0).max(1).nullable().describe('null: too little overlap'),
      glyph: z.string(),
      words: z.string(),
    }),
  ),
  issues: z.array(
    z.strictObject({
      issue: z.string(),
      title: z.string(),
      spread: z.number().min(0).max(1).nullable().describe('null: fewer than two clear stances'),
      pairs: counts,
      stances: stanceCounts,
      silent: z.int().min(0),
      reason: z.string(),
    }),
  ),
  cruxes: z.array(
    z.strictObject({
      issue: z.string(),
      title: z.string(),
      reason: z.string(),
      splits: z.array(z.strictObject({ a: z.string(), b: z.string(), elsewhere: counts, score: z.number() })),
    }),
  ),
  drops: z.array(
    z.strictObject({
      actor: z.string(),
      answered: z.int().min(0),
      unanswered: z.array(z.strictObject({ issue: z.string(), own: z.string(), at: loc, positions: z.array(z.string()) })),
    }),
  ),
});

const audit = z.strictObject({
  actors: z.array(
    z.strictObject({
      actor: z.string(),
      addressed: z.int().min(0),
      unclear: z.int().min(0),
      silent: z.int().min(0),
      evidence: z.int().min(0),
      byKind: z.record(z.enum(EVIDENCE_KINDS), z.int().min(0)),
      sources: z.array(z.string()),
      sourceKinds: z.partialRecord(z.enum(SOURCE_KINDS), z.int().min(0)),
      unsourced: z.int().min(0),
      quotesWithSpeaker: z.int().min(0),
      quotesWithoutSpeaker: z.int().min(0),
      counterpointsGiven: z.int().min(0),
      counterpointsReceived: z.int().min(0),
      responsesGiven: z.int().min(0),
      responsesReceived: z.int().min(0),
    }),
  ),
  asymmetries: z.array(z.string()),
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
  forest: forest.describe('Who agrees with whom, issues from consensus to divisive, cruxes and drops'),
  audit: audit.nullable().describe('The balance audit, with --audit; null otherwise'),
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
