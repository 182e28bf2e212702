// The two JSON Schema files `standpoint schema` writes, by kind; what they hold
// is generated in json-schema.ts.

export const SCHEMA_KINDS = ['debate', 'actor', 'respondent'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export const SCHEMA_FILES: Record<SchemaKind, string> = {
  debate: 'debate.schema.json',
  actor: 'actor.schema.json',
  respondent: 'respondent.schema.json',
};

/** Where the schemas are published: every schema's `$id` starts with this. */
export const SCHEMA_BASE_URL = 'https://standpoint-app.github.io/schema/';
