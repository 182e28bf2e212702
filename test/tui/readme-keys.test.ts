// The key table of docs/reading.md is generated from the key table the app runs on.
// UPDATE_README=1 npx vitest run test/tui/readme-keys.test.ts rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { keyTableMarkdown } from '../../src/tui/keys.js';

const DOC = 'docs/reading.md';
const SECTION = /(<!-- keys:start[^>]*-->\n)[\s\S]*?(<!-- keys:end -->)/;

test('docs/reading.md lists exactly the keys of src/tui/keys.ts', () => {
  const doc = readFileSync(DOC, 'utf8');
  expect(doc).toMatch(SECTION);
  const wanted = doc.replace(SECTION, `$1${keyTableMarkdown()}\n$2`);
  if (process.env.UPDATE_README) writeFileSync(DOC, wanted);
  else expect(doc, 'run UPDATE_README=1 npx vitest run test/tui/readme-keys.test.ts').toBe(wanted);
});
