import { existsSync } from 'node:fs';
import { ArgdownApplication, type IArgdownResponse, ModelPlugin, ParserPlugin } from '@argdown/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argdownText, argdownTitle, renderArgdown } from '../../src/export/argdown.js';
import { EXAMPLE, load, NASTY, nastyDebate, UNIFORMS } from './helpers.js';

function parse(input: string): IArgdownResponse {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ process: ['parse-input', 'build-model'], input });
}

function clean(r: IArgdownResponse) {
  expect(r.lexerErrors ?? []).toEqual([]);
  expect(r.parserErrors ?? []).toEqual([]);
  expect(r.exceptions ?? []).toEqual([]);
}

/** A statement's text: its defining occurrence, not a reference to it. */
const textOf = (r: IArgdownResponse, title: string) => r.statements?.[title]?.members.map((m) => m.text).find(Boolean);

const relations = (r: IArgdownResponse) => (r.relations ?? []).map((x) => `${x.from?.title} ${x.relationType} ${x.to?.title}`);

describe('argdown export', () => {
  it('parses without errors into a statement per issue and position, and an argument per item', async () => {
    const model = await load(UNIFORMS);
    const r = parse(renderArgdown(model));
    clean(r);
    const statements = Object.keys(r.statements ?? {});
    expect(statements).toEqual(
      expect.arrayContaining(['Cost?', 'Safety?', 'Principal on Cost', 'Parents on Safety', 'Students on Comfort']),
    );
    expect(statements).toHaveLength(model.issues.length + model.positions.size);
    const items = [...model.positions.values()].reduce(
      (n, p) => n + p.evidence.length + p.counterpoints.length + p.counterpoints.reduce((m, c) => m + c.evidence.length, 0),
      0,
    );
    expect(Object.keys(r.arguments ?? {})).toHaveLength(items);
    expect(textOf(r, 'Parents on Safety')).toBe("Parents' council: Safety depends on staff, not clothes. #(against)");
  });

  it('relates claims to the issue by stance, evidence as support, counterpoints as attack', async () => {
    const r = parse(renderArgdown(await load(UNIFORMS)));
    const rel = relations(r);
    expect(rel).toContain('Principal on Cost support Cost?');
    expect(rel).toContain('Parents on Safety attack Safety?');
    // Mixed and unclear stances take no side.
    expect(rel.filter((x) => x.startsWith('Principal on Identity'))).toEqual([]);
    expect(rel).toContain('Principal on Cost, evidence 1 support Principal on Cost');
    expect(rel).toContain('Against Principal on Enforcement, 1 attack Principal on Enforcement');
    expect(rel).toContain('Against Principal on Enforcement, 1, evidence 1 support Against Principal on Enforcement, 1');
  });

  it('turns responds_to into an attack across sides and a support on the same side', async () => {
    const rel = relations(parse(renderArgdown(await load(UNIFORMS))));
    expect(rel).toContain('Parents on Safety attack Principal on Safety'); // against answers leans-for
    expect(rel).toContain('Parents on Enforcement support Principal on Enforcement'); // leans-for answers for
  });

  it('tags every item with its evidence kind and every claim with its stance', async () => {
    const r = parse(renderArgdown(await load(UNIFORMS)));
    expect(r.statements?.['Principal on Safety']?.tags).toEqual(['leans for']);
    expect(r.arguments?.['Principal on Cost, evidence 1']?.tags).toEqual(['statistic']);
  });

  it('survives hostile text in titles and claims', async () => {
    const r = parse(renderArgdown(await load(nastyDebate())));
    clean(r);
    expect(Object.keys(r.statements ?? {})).toHaveLength(2 + 3);
    const claim = Object.keys(r.statements ?? {}).find((t) => t.startsWith('B team on'));
    expect(textOf(r, claim ?? '')).toBe(`B team: #hash ${NASTY.claim} #(leans against)`);
  });

  it('escapes any text so that Argdown reads back exactly the same words', () => {
    const special = fc.constantFrom(
      ...'[]<>{}()#@*_/\\=.:-+,;!?|~`"\' abcXYZ.A.:smile:'.split(''),
      '//',
      '/*',
      '<!--',
      '===',
      '.A.',
      ':+1:',
      '**',
      '__',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(special, { minLength: 1, maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        const expected = raw.replace(/\s+/g, ' ').trim();
        fc.pre(expected !== '');
        const r = parse(`[T]: ${argdownText(raw)}\n`);
        expect(r.lexerErrors ?? []).toEqual([]);
        expect(r.parserErrors ?? []).toEqual([]);
        expect(r.statements?.T?.members[0]?.text?.trim()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('makes titles that the parser reads back as written', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (raw) => {
        // As the export builds them ("Who on …"): a bare "valueOf" would trip Argdown's own object lookup.
        const t = argdownTitle(`Who on ${raw}`);
        const r = parse(`[${t}]: text\n\n<${t} arg>: more\n  + [${t}]\n`);
        expect(r.parserErrors ?? []).toEqual([]);
        expect(Object.keys(r.statements ?? {})).toEqual([t]);
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!existsSync(EXAMPLE))('exports the example debate without parse errors', async () => {
    const model = await load(EXAMPLE);
    const r = parse(renderArgdown(model));
    clean(r);
    expect(Object.keys(r.statements ?? {})).toHaveLength(model.issues.length + model.positions.size);
  });
});
