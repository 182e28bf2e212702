// Each lint rule on a fixture made to break it alone: the warning comes at the
// right file:line:col and nothing else fires; plain `check` still exits 0 and
// `check --strict` turns the warning into an error (exit 1).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { LINT_RULES, lintTableMarkdown } from '../../src/model/lint.js';
import { loadDebate } from '../../src/model/load.js';
import { capture, ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/lint');

// rule → where its one warning must be (file in the fixture folder, line, col).
const EXPECTED: Record<string, { file: string; line: number; col: number }> = {
  // the second evidence item, at its first key
  'evidence-without-source': { file: 'teachers.yaml', line: 11, col: 9 },
  // the quote, at its first key
  'quote-without-speaker': { file: 'teachers.yaml', line: 8, col: 9 },
  // the position, at its first key
  'position-without-evidence': { file: 'teachers.yaml', line: 3, col: 5 },
  'unanswered-position': { file: 'teachers.yaml', line: 3, col: 5 },
  // the start of the silent actor's positions
  'silent-actor': { file: 'pupils.yaml', line: 3, col: 3 },
  // the uncited source in debate.yaml
  'unused-source': { file: 'debate.yaml', line: 11, col: 5 },
  // the issue nobody addresses
  'unaddressed-issue': { file: 'debate.yaml', line: 7, col: 5 },
  // the "FILL IN" left in a claim
  placeholder: { file: 'teachers.yaml', line: 6, col: 13 },
  // the quote that is not in sources/survey.txt, at its value (the quoted text, with typographic marks and a line break, is)
  'quote-not-in-source': { file: 'teachers.yaml', line: 14, col: 16 },
};

describe('lint rules', () => {
  it('every rule has a fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(LINT_RULES.map((r) => r.name).sort());
  });

  it('the clean base fixture warns about nothing', async () => {
    const { model } = await loadDebate(join(FIXTURES, 'clean'));
    expect(model.diagnostics).toEqual([]);
  });

  describe.each(Object.entries(EXPECTED))('%s', (rule, where) => {
    const dir = join(FIXTURES, rule);

    it(`warns once, at ${where.file}:${where.line}:${where.col}, and nothing else fires`, async () => {
      const { model } = await loadDebate(dir);
      const found = model.diagnostics.map((d) => ({
        file: relative(dir, d.file),
        line: d.line,
        col: d.col,
        severity: d.severity,
        rule: d.rule,
      }));
      expect(found).toEqual([{ ...where, severity: 'warning', rule }]);
      // The message says what to do, not only what is wrong.
      expect(model.diagnostics[0]?.message).toMatch(/: (add|cite|replace)/);
    });

    it('plain check exits 0 and shows the warning; --strict makes it an error and exits 1', async () => {
      const at = `${relative(process.cwd(), join(dir, where.file))}:${where.line}:${where.col}`;
      const plain = capture();
      expect(await runCheck(dir, {}, plain)).toBe(0);
      expect(plain.stdout).toContain(`${at}: warning: `);
      expect(plain.stdout).toContain(`[${rule}]`);
      expect(plain.stdout).toContain('0 errors, 1 warning.');

      const strict = capture();
      expect(await runCheck(dir, { strict: true }, strict)).toBe(1);
      expect(strict.stdout).toContain(`${at}: error: `);
      expect(strict.stdout).toContain('1 error, 0 warnings (warnings count as errors with --strict).');
    });
  });
});

// The lint rule table of docs/rules.md is generated from LINT_RULES.
// UPDATE_README=1 npx vitest run test/authoring/lint-rules.test.ts rewrites it.
it('docs/rules.md lists exactly the rules of src/model/lint.ts', () => {
  const DOC = join(ROOT, 'docs/rules.md');
  const SECTION = /(<!-- lint:start[^>]*-->\n)[\s\S]*?(\n<!-- lint:end -->)/;
  const doc = readFileSync(DOC, 'utf8');
  expect(doc).toMatch(SECTION);
  const wanted = doc.replace(SECTION, `$1${lintTableMarkdown()}$2`);
  if (process.env.UPDATE_README) writeFileSync(DOC, wanted);
  else expect(doc, 'run UPDATE_README=1 npx vitest run test/authoring/lint-rules.test.ts').toBe(wanted);
});
