// Every JSON document the CLI prints for scripts is checked, where a test reads
// it, against the schema standpoint ships for it in schema/ (with ajv, as a
// script's own validator would).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { OUTPUT_FILES, type OutputKind } from '../../src/authoring/output-kinds.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = new Map<OutputKind, ReturnType<typeof ajv.compile>>();

function validator(kind: OutputKind) {
  let v = validators.get(kind);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '../../schema', OUTPUT_FILES[kind]), 'utf8')));
    validators.set(kind, v);
  }
  return v;
}

/** JSON.parse, then fail the test unless the document matches the shipped schema for `kind`. */
// biome-ignore lint/suspicious/noExplicitAny: tests read the parsed report freely
export function parseOutput(kind: OutputKind, text: string): any {
  const data: unknown = JSON.parse(text);
  const validate = validator(kind);
  expect(validate(data) ? [] : validate.errors, `${kind} JSON against schema/${OUTPUT_FILES[kind]}`).toEqual([]);
  return data;
}
