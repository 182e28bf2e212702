// The JSON Schema editors use must say what standpoint itself says. An
// independent draft-07 validator (ajv, with ajv-formats for "uri") checks the
// example and broken files against the committed schema/*.json, and must agree
// with standpoint's own validation on every one of them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FilePatternAssociation } from 'yaml-language-server/out/src/languageservice/services/yamlSchemaService.js';
import { editorSchemaText, SCHEMA_FILES, SCHEMA_KINDS, type SchemaKind } from '../../src/authoring/json-schema.js';
import { actorTemplate, debateTemplate } from '../../src/authoring/templates.js';
import { runSchema } from '../../src/commands/schema.js';
import { FileReporter } from '../../src/model/diagnostics.js';
import { loadDebate } from '../../src/model/load.js';
import { parseYamlText } from '../../src/model/read.js';
import { Respondent } from '../../src/model/respondent.js';
import { Actor, Debate } from '../../src/model/schema.js';
import { validate } from '../../src/model/validate.js';
import { capture, cleanScratch, EXAMPLE, MINIMAL, ROOT, scratch } from './helpers.js';

afterEach(cleanScratch);

const committed = (kind: SchemaKind) => readFileSync(join(ROOT, 'schema', SCHEMA_FILES[kind]), 'utf8');

describe('schema/*.json', () => {
  it.each(SCHEMA_KINDS)('%s.schema.json is what the zod schema generates today (else run `standpoint schema`)', (kind) => {
    expect(committed(kind)).toBe(editorSchemaText(kind));
  });
});

// --- an independent validator ---------------------------------------------

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
// An editor-only message keyword (yaml-language-server shows it); no constraint.
ajv.addVocabulary(['patternErrorMessage']);
const validators: Record<SchemaKind, ValidateFunction> = {
  debate: ajv.compile(JSON.parse(committed('debate'))),
  actor: ajv.compile(JSON.parse(committed('actor'))),
  respondent: ajv.compile(JSON.parse(committed('respondent'))),
};

interface Verdicts {
  ajv: boolean;
  standpoint: boolean;
  ajvErrors: string[];
  standpointErrors: string[];
}

/** Both validators on the same YAML text: does each accept it? */
function judge(kind: SchemaKind, text: string): Verdicts {
  const file = kind === 'debate' ? 'debate.yaml' : 'actor.yaml';
  const read = parseYamlText(file, text);
  expect(read.diagnostics, 'the YAML itself must be sound for this comparison').toEqual([]);
  const report = new FileReporter(file);
  const parsed = { text, doc: read.doc!, lineCounter: read.lineCounter!, data: read.data };
  if (kind === 'debate') validate(Debate, parsed, report, []);
  else if (kind === 'respondent') validate(Respondent, parsed, report, []);
  else validate(Actor, parsed, report, []);
  const standpointErrors = report.list.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.col} ${d.message}`);
  const v = validators[kind];
  const ok = v(parse(text)) as boolean;
  return {
    ajv: ok,
    standpoint: standpointErrors.length === 0,
    ajvErrors: (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
    standpointErrors,
  };
}

function debateFolders(): string[] {
  const folders = [MINIMAL, join(ROOT, 'test/fixtures/lint/clean')];
  if (existsSync(join(EXAMPLE, 'debate.yaml'))) folders.unshift(EXAMPLE);
  return folders;
}

function yamlFiles(dir: string): Array<{ kind: SchemaKind; name: string; text: string }> {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((name) => ({ kind: name === 'debate.yaml' ? 'debate' : 'actor', name, text: readFileSync(join(dir, name), 'utf8') }));
}

describe('ajv and standpoint agree', () => {
  it('on every file of the example debate and the fixtures: both accept', () => {
    let files = 0;
    for (const dir of debateFolders()) {
      for (const f of yamlFiles(dir)) {
        const v = judge(f.kind, f.text);
        expect({ file: `${dir}/${f.name}`, ...v }).toEqual({
          file: `${dir}/${f.name}`,
          ajv: true,
          standpoint: true,
          ajvErrors: [],
          standpointErrors: [],
        });
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(5);
  });

  it('on the templates `new` writes: both accept', async () => {
    const { model } = await loadDebate(MINIMAL);
    const actor = actorTemplate({ id: 'mayor', name: 'Mayor: "the" office', model });
    const debate = debateTemplate({ id: 'school-phones', title: 'School phones', month: '2025-03' });
    expect(judge('actor', actor)).toMatchObject({ ajv: true, standpoint: true });
    expect(judge('debate', debate)).toMatchObject({ ajv: true, standpoint: true });
  });

  it('on respondent files (quiz answers): both accept a good one, both reject a bad stance or weight', () => {
    const good = 'name: Ana\ndate: 2026-11-25\nanswers:\n  cost: { stance: for, weight: 2, note: cheap }\n  traffic: { stance: unclear }\n';
    expect(judge('respondent', good)).toMatchObject({ ajv: true, standpoint: true });
    expect(judge('respondent', 'name: Ana\ndate: x\nanswers:\n  cost: { stance: sure }\n')).toMatchObject({
      ajv: false,
      standpoint: false,
    });
    expect(judge('respondent', 'name: Ana\ndate: x\nanswers:\n  cost: { stance: for, weight: 3 }\n')).toMatchObject({
      ajv: false,
      standpoint: false,
    });
  });

  const council = readFileSync(join(MINIMAL, 'council.yaml'), 'utf8');
  const debate = readFileSync(join(MINIMAL, 'debate.yaml'), 'utf8');
  // Each case breaks one thing in a valid file, by replacing one piece of text.
  const broken: Array<[string, SchemaKind, string, string, string]> = [
    ['an unknown key (a typo)', 'actor', council, '    claim: The bridge pays', '    cliam: The bridge pays'],
    ['a stance outside the enum', 'actor', council, 'stance: for', 'stance: maybe'],
    ['an evidence kind outside the enum', 'actor', council, 'kind: quote', 'kind: rumour'],
    ['a missing required field (claim)', 'actor', council, '    claim: The bridge pays for itself within twenty years.\n', ''],
    ['a missing required field (name)', 'actor', council, 'name: Town council\n', ''],
    ['a list where text belongs', 'actor', council, 'claim: The bridge pays for itself within twenty years.', 'claim: [a, b]'],
    ['text where a list belongs', 'actor', council, 'responds_to: [residents/more-traffic]', 'responds_to: residents/more-traffic'],
    ['a number as an id (007 is 7 in YAML)', 'actor', council, 'id: worth-it', 'id: 007'],
    ['an id that is not kebab-case', 'actor', council, 'id: worth-it', 'id: Worth_It'],
    ['a blank claim', 'actor', council, 'claim: Traffic in the centre should fall.', 'claim: "   "'],
    ['a malformed reference', 'actor', council, '[residents/more-traffic]', '[residents/more/traffic]'],
    ['an unknown top-level key', 'debate', debate, 'issues:', 'isues: []\nissues:'],
    ['an empty issue list', 'debate', debate, /issues:[\s\S]*?sources:/.exec(debate)?.[0] ?? '', 'issues: []\nsources:'],
    ['a source kind outside the enum', 'debate', debate, 'kind: official', 'kind: blog'],
    ['a url that is not a URL', 'debate', debate, 'kind: official', 'kind: official\n    url: not a url'],
    ['a missing question', 'debate', debate, 'question: Should the town build a new bridge over the river?\n', ''],
    ['a mapping where the title belongs', 'debate', debate, 'title: Should the town build a bridge?', 'title: {text: x}'],
  ];

  it.each(broken)('on %s: both reject', (_what, kind, text, from, to) => {
    expect(text.includes(from), `the fixture still contains ${JSON.stringify(from)}`).toBe(true);
    const v = judge(kind, text.replace(from, to));
    expect(v.standpointErrors.length, 'standpoint rejects').toBeGreaterThan(0);
    expect(v.ajvErrors.length, 'ajv rejects').toBeGreaterThan(0);
    expect(v.ajv).toBe(false);
  });
});

// --- the editor mapping ---------------------------------------------------

describe('.vscode/settings.json', () => {
  const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  // Matched by yaml-language-server's own code for yaml.schemas globs ("**/" put
  // in front, "!" patterns excluding). A file matched by two entries is checked
  // against both (allOf), so a debate.yaml matched by the actor glob too would
  // show false errors.
  const entries = Object.entries(settings['yaml.schemas']).map(([schema, globs]) => ({
    schema,
    association: new FilePatternAssociation(globs, undefined, [schema]),
  }));
  const schemasFor = (path: string) => entries.filter((e) => e.association.matchesPattern(path)).map((e) => e.schema);

  it('names schema files that exist', () => {
    for (const { schema } of entries) expect(existsSync(join(ROOT, schema)), schema).toBe(true);
  });

  it('gives each file under positions/ exactly one schema, of the right kind', () => {
    const paths = [
      `${ROOT}/positions/mexico-cartels/debate.yaml`,
      `${ROOT}/positions/mexico-cartels/us-administration.yaml`,
      `${ROOT}/positions/school/debate-club.yaml`,
      `${ROOT}/positions/school/debaters.yaml`,
      `${ROOT}/positions/school/pupils.yml`,
      `${ROOT}/positions/school/d.yaml`,
      `${ROOT}/positions/school/responses/ana.yaml`,
      `${ROOT}/positions/school/responses/ben-2.yml`,
      `${ROOT}/positions/school/responses-old/notes.yaml`,
    ];
    const shown = Object.fromEntries(paths.map((p) => [p.slice(ROOT.length + 1), schemasFor(p)]));
    expect(shown).toEqual({
      'positions/mexico-cartels/debate.yaml': ['./schema/debate.schema.json'],
      'positions/mexico-cartels/us-administration.yaml': ['./schema/actor.schema.json'],
      'positions/school/debate-club.yaml': ['./schema/actor.schema.json'],
      'positions/school/debaters.yaml': ['./schema/actor.schema.json'],
      'positions/school/pupils.yml': ['./schema/actor.schema.json'],
      'positions/school/d.yaml': ['./schema/actor.schema.json'],
      // Quiz answers are respondent files, not actors.
      'positions/school/responses/ana.yaml': ['./schema/respondent.schema.json'],
      'positions/school/responses/ben-2.yml': ['./schema/respondent.schema.json'],
      'positions/school/responses-old/notes.yaml': ['./schema/actor.schema.json'],
    });
  });

  it('leaves YAML outside positions/ alone', () => {
    expect(schemasFor(`${ROOT}/.github/workflows/ci.yaml`)).toEqual([]);
  });
});

// --- the command ----------------------------------------------------------

describe('standpoint schema', () => {
  it('writes both files, then finds them up to date', async () => {
    const out = join(scratch(), 'schema');
    const first = capture();
    expect(await runSchema({ out }, first)).toBe(0);
    for (const kind of SCHEMA_KINDS) expect(readFileSync(join(out, SCHEMA_FILES[kind]), 'utf8')).toBe(editorSchemaText(kind));
    const again = capture();
    expect(await runSchema({ out }, again)).toBe(0);
    expect(again.stdout).toMatch(/debate\.schema\.json is up to date\.\n.*actor\.schema\.json is up to date\./);
  });

  it('replaces an outdated schema of its own but never a stranger’s file', async () => {
    const out = scratch();
    const stale = editorSchemaText('debate').replace('"minItems": 1', '"minItems": 0');
    writeFileSync(join(out, 'debate.schema.json'), stale);
    writeFileSync(join(out, 'actor.schema.json'), '{"title": "someone else"}\n');
    const o = capture();
    expect(await runSchema({ out }, o)).toBe(1);
    expect(readFileSync(join(out, 'debate.schema.json'), 'utf8')).toBe(editorSchemaText('debate'));
    expect(readFileSync(join(out, 'actor.schema.json'), 'utf8')).toBe('{"title": "someone else"}\n');
    expect(o.stderr).toContain('was not written by standpoint; it was left alone');
  });

  it('--print prints one schema and writes nothing', async () => {
    const o = capture();
    expect(await runSchema({ out: join(scratch(), 'never'), print: 'actor' }, o)).toBe(0);
    expect(o.stdout).toBe(editorSchemaText('actor'));
  });
});
