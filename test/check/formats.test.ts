// `check --format`: GitHub annotations byte for byte as GitHub's own toolkit
// writes them, SARIF valid against the official SARIF 2.1.0 schema, JSON
// against the shipped schema; several paths, and files meaning their debate.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/check/rules.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { cli, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A repository-like folder: two debates under positions/, one with a typo'd stance, one with a warning. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'standpoint-fits-'));
  made.push(root);
  cpSync(join(ROOT, 'test/fixtures/debates/minimal'), join(root, 'positions/bridge'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/lint/unused-source'), join(root, 'positions/phones'), { recursive: true });
  const council = join(root, 'positions/bridge/council.yaml');
  // A message with a comma, a colon and a percent sign: all must survive GitHub's parser.
  writeFileSync(council, readFileSync(council, 'utf8').replace(/stance: [a-z-]+/, 'stance: leans-fro'));
  return root;
}

/** What @actions/core's `core.error(message, properties)` writes: the reference implementation. */
function toolkitLine(kind: 'error' | 'warning', message: string, props: Record<string, unknown>): string {
  let written = '';
  const write = process.stdout.write;
  process.stdout.write = ((s: string) => {
    written += s;
    return true;
  }) as typeof process.stdout.write;
  try {
    if (kind === 'error') core.error(message, props as core.AnnotationProperties);
    else core.warning(message, props as core.AnnotationProperties);
  } finally {
    process.stdout.write = write;
  }
  return written.trimEnd();
}

describe('check --format github', () => {
  it('prints each problem as the workflow command GitHub’s toolkit would write, and exits 1', async () => {
    const root = repo();
    const run = cli(['check', '--format', 'github', 'positions'], { cwd: root });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('standpoint: 1 error, 1 warning.');
    const json = parseOutput('check', cli(['check', '--format', 'json', 'positions'], { cwd: root }).stdout);
    expect(lines.slice(0, -1)).toHaveLength(2);
    for (const [i, d] of (
      json.diagnostics as Array<{ severity: 'error' | 'warning'; message: string } & Record<string, number>>
    ).entries()) {
      const expected = toolkitLine(d.severity, d.message, {
        title: d.rule,
        file: d.file,
        startLine: d.line,
        endLine: d.endLine,
        startColumn: d.col,
        endColumn: d.endCol,
      });
      expect(lines[i]).toBe(expected);
    }
    expect(lines[0]).toMatch(/^::error title=bad-value,file=positions\/bridge\/council\.yaml,line=\d+,/);
    expect(lines[1]).toMatch(/^::warning title=unused-source,file=positions\/phones\/debate\.yaml,/);
  });

  it('escapes what could end or forge a command: %, CR, LF, and : , in properties', async () => {
    const { githubAnnotation } = await import('../../src/check/format-github.js');
    const line = githubAnnotation(
      { file: '/x', line: 1, col: 2, severity: 'error', rule: 'bad-value', message: '100% sure: a, b' },
      'pos:it,ions/a%b.yaml',
    );
    expect(line).toBe('::error title=bad-value,file=pos%3Ait%2Cions/a%25b.yaml,line=1,col=2::100%25 sure: a, b');
    expect(line).toBe(
      toolkitLine('error', '100% sure: a, b', { title: 'bad-value', file: 'pos:it,ions/a%b.yaml', startLine: 1, startColumn: 2 }),
    );
  });

  it('is the default when GITHUB_ACTIONS=true and no format is named; --format text still wins', () => {
    const root = repo();
    expect(cli(['check', 'positions'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } }).stdout).toMatch(/^::error title=bad-value,/);
    expect(cli(['check', '--format', 'text', 'positions'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } }).stdout).toMatch(
      /^positions\/bridge\/council\.yaml:\d+:\d+: error: /,
    );
    expect(cli(['check', '--json', 'positions'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } }).stdout).toMatch(/^\{/);
  });

  it('an unknown format is a usage error that lists the formats', () => {
    const run = cli(['check', '--format', 'junit', 'positions']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are text, json, github, sarif/);
  });
});

describe('check --format sarif', () => {
  const Ajv4 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  // The official schema's language pattern is not valid in Unicode mode (a stray "]"); read it as its authors' validators do.
  const validate = ajv.compile(schema);

  it('is valid against the official SARIF 2.1.0 schema, with one rule per standpoint rule', () => {
    const root = repo();
    const run = cli(['check', '--format', 'sarif', 'positions'], { cwd: root });
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules().map((r) => r.name));
    const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: unknown[] }>;
    expect(results.map((r) => `${r.level} ${r.ruleId}`)).toEqual(['error bad-value', 'warning unused-source']);
    for (const r of results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results[0]?.locations[0]).toMatchObject({
      physicalLocation: {
        artifactLocation: { uri: 'positions/bridge/council.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: expect.any(Number) },
      },
    });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${root}/`);
  });

  it('a clean debate is a valid log with no results, exit 0', () => {
    const run = cli(['check', '--format', 'sarif', 'test/fixtures/debates/minimal']);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
  });

  it('names every rule the rule tables of docs/rules.md document, and no other', () => {
    const rules = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
    const documented = new Set([...rules.matchAll(/^\| `([a-z0-9-]+)`( \(warning\))? \|/gm)].map((m) => m[1]));
    expect(new Set(allRules().map((r) => r.name))).toEqual(documented);
  });
});

describe('check PATH…', () => {
  it('checks several folders in one run, and each debate once', () => {
    const root = repo();
    const run = cli(['check', '--json', 'positions/bridge', 'positions/phones', 'positions'], { cwd: root });
    const report = parseOutput('check', run.stdout);
    expect(report.formatVersion).toBe(1);
    expect(report.debates.map((d: { dir: string }) => d.dir)).toEqual(['positions/bridge', 'positions/phones']);
  });

  it('a file stands for the debate that holds it, as pre-commit passes changed files', () => {
    const root = repo();
    const run = cli(['check', '--json', 'positions/phones/debate.yaml', 'positions/phones/teachers.yaml'], { cwd: root });
    expect(run.code).toBe(0);
    expect(parseOutput('check', run.stdout).debates.map((d: { dir: string }) => d.dir)).toEqual(['positions/phones']);
  });

  it('a file outside any debate is skipped with a note; a path that does not exist is a usage error', () => {
    const root = repo();
    writeFileSync(join(root, 'ci.yml'), 'on: push\n');
    const skipped = cli(['check', 'ci.yml', 'positions/phones/debate.yaml'], { cwd: root });
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toBe('standpoint: ci.yml is not inside a debate folder (no debate.yaml above it); skipped.\n');
    const missing = cli(['check', 'positions/phones', 'positions/nope'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^standpoint: Cannot open positions\/nope: it does not exist\.\n$/);
  });
});
