// The JSON Schemas for what standpoint prints for scripts, by kind; what they
// hold is generated in output-schemas.ts (which loads zod, so it loads on demand).

export const OUTPUT_KINDS = ['export', 'check', 'compare'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export const OUTPUT_FILES: Record<OutputKind, string> = {
  export: 'export.schema.json',
  check: 'check.schema.json',
  compare: 'compare.schema.json',
};

export const OUTPUT_TITLES: Record<OutputKind, string> = {
  export: 'standpoint export --format json',
  check: 'standpoint check --format json',
  compare: 'standpoint compare --json',
};
