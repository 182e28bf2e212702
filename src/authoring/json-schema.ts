// The JSON Schema that editors (VS Code, Neovim via yaml-language-server) use
// for completion and inline errors, generated from the zod schema so the two
// can never drift apart. Draft-07 is what yaml-language-server knows best.
import * as z from 'zod';
import { Respondent } from '../model/respondent.js';
import { Actor, Debate, ID_PATTERN, REF_PATTERN } from '../model/schema.js';
import { OUTPUT_TITLES } from './output-kinds.js';
import { SCHEMA_BASE_URL, SCHEMA_FILES, SCHEMA_KINDS, type SchemaKind } from './schema-files.js';

export { SCHEMA_FILES, SCHEMA_KINDS, type SchemaKind };

const TITLES: Record<SchemaKind, string> = {
  debate: 'standpoint debate.yaml',
  actor: 'standpoint actor file',
  respondent: 'standpoint respondent file (quiz answers)',
};

/** Marks a file as ours, so `standpoint schema` never replaces someone else's JSON. */
export function isOurSchema(text: string): boolean {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' && [...Object.values(TITLES), ...Object.values(OUTPUT_TITLES)].includes(title);
  } catch {
    return false;
  }
}

// Editors show `patternErrorMessage` instead of the raw regular expression.
const PATTERN_MESSAGES = new Map<string, string>([
  [ID_PATTERN.source, 'Use lower-kebab-case: lowercase letters and digits joined by single hyphens, like "military-action".'],
  [REF_PATTERN.source, 'Write "actor/position", or a bare "position" from this same file.'],
]);

type JsonObject = Record<string, unknown>;

export function editorSchema(kind: SchemaKind): JsonObject {
  const generated = z.toJSONSchema(kind === 'debate' ? Debate : kind === 'actor' ? Actor : Respondent, {
    target: 'draft-7',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; checks?: Array<{ _zod: { def: { check: string } } }> };
      if (def.type !== 'string') return;
      if (typeof jsonSchema.pattern === 'string') {
        const message = PATTERN_MESSAGES.get(jsonSchema.pattern);
        if (message) (jsonSchema as JsonObject).patternErrorMessage = message;
        return;
      }
      // zod trims text before checking its length, so "   " is empty to
      // standpoint; say the same to the editor instead of accepting blanks.
      const trims = def.checks?.some((c) => c._zod.def.check === 'overwrite');
      if (trims && (jsonSchema.minLength ?? 0) >= 1) {
        jsonSchema.pattern = '\\S';
        (jsonSchema as JsonObject).patternErrorMessage = 'Must not be blank.';
      }
    },
  }) as JsonObject;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_URL}${SCHEMA_FILES[kind]}`, title: TITLES[kind], ...rest };
}

/** The exact text of a committed schema file. */
export function editorSchemaText(kind: SchemaKind): string {
  return `${JSON.stringify(editorSchema(kind), null, 2)}\n`;
}
