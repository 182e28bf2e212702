// The worked example of docs/forest-reading.md is what the code prints for the
// shipped debate. UPDATE_README=1 npx vitest run test/debate/readme-forest.test.ts rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { auditDebate } from '../../src/debate/audit.js';
import { renderAuditPlain } from '../../src/export/audit-text.js';
import { renderMapPlain } from '../../src/export/forest-text.js';
import { EXAMPLE, ROOT } from '../authoring/helpers.js';
import { load } from '../export/helpers.js';

const DOC = 'docs/forest-reading.md';
const SECTION = /(<!-- forest:start[^>]*-->\n)[\s\S]*?(<!-- forest:end -->)/;

test("docs/forest-reading.md's worked example is what map and audit print for the shipped debate", async () => {
  const model = await load(EXAMPLE);
  const map = renderMapPlain(model, { width: 100, where: (l) => `${relative(ROOT, l.file)}:${l.line}:${l.col}` });
  const audit = renderAuditPlain(model, auditDebate(model), 100);
  const generated = `\`\`\`\n$ standpoint map positions/mexico-cartels --width 100\n${map}\`\`\`\n\n\`\`\`\n$ standpoint audit positions/mexico-cartels --width 100\n${audit}\`\`\`\n`;
  const doc = readFileSync(DOC, 'utf8');
  expect(doc).toMatch(SECTION);
  const wanted = doc.replace(SECTION, `$1${generated}$2`);
  if (process.env.UPDATE_README) writeFileSync(DOC, wanted);
  else expect(doc, 'run UPDATE_README=1 npx vitest run test/debate/readme-forest.test.ts').toBe(wanted);
});
