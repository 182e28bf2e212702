// The schemas in schema/ are what the code generates today, and each has a stable $id under one base.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILES, OUTPUT_KINDS } from '../../src/authoring/output-kinds.js';
import { outputSchemaText } from '../../src/authoring/output-schemas.js';
import { SCHEMA_BASE_URL, SCHEMA_FILES } from '../../src/authoring/schema-files.js';
import { ROOT } from './helpers.js';

const committed = (file: string) => readFileSync(join(ROOT, 'schema', file), 'utf8');

describe('schema/', () => {
  it.each(OUTPUT_KINDS)('%s.schema.json is what the zod definition generates today (else run `standpoint schema`)', (kind) => {
    expect(committed(OUTPUT_FILES[kind])).toBe(outputSchemaText(kind));
  });

  it('every schema file names itself by a URL under one base', () => {
    for (const file of [...Object.values(SCHEMA_FILES), ...Object.values(OUTPUT_FILES)])
      expect(JSON.parse(committed(file)).$id).toBe(`${SCHEMA_BASE_URL}${file}`);
  });
});
