import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { JSON_FORMAT_VERSION, type JsonExport, renderJson } from '../../src/export/json.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { capture, load, UNIFORMS, writeDebate } from './helpers.js';

describe('json export', () => {
  it('round-trips through JSON.parse with every actor, issue, position and evidence item', async () => {
    const model = await load(UNIFORMS);
    const data = parseOutput('export', renderJson(model)) as JsonExport;
    expect(data.formatVersion).toBe(JSON_FORMAT_VERSION);
    expect(data.formatVersion).toBe(1);
    expect(data.debate).toMatchObject({
      id: 'uniforms',
      title: 'School uniforms',
      asOf: '2024-09',
      prompts: ['Who should decide dress rules?'],
    });
    expect(data.actors.map((a) => a.id)).toEqual(['principal', 'parents', 'students']);
    expect(data.issues.map((i) => i.id)).toEqual(['cost', 'safety', 'identity', 'comfort', 'enforcement']);
    expect(data.positions.map((p) => p.key).sort()).toEqual([...model.positions.keys()].sort());
    const items = model.actors.flatMap((a) => a.positions.flatMap((p) => [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]));
    const exported = data.positions.flatMap((p) => [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]);
    expect(exported.map((e) => e.text)).toEqual(items.map((e) => e.text));
  });

  it('resolves sources and attaches responses both ways', async () => {
    const data = parseOutput('export', renderJson(await load(UNIFORMS))) as JsonExport;
    const cheaper = data.positions.find((p) => p.key === 'principal/cheaper');
    expect(cheaper?.evidence[0]?.source).toEqual({
      id: 'survey',
      number: 1,
      title: 'Parent survey 2024',
      kind: 'data',
      publisher: 'School board',
      date: '2024-06',
      url: 'https://example.org/survey',
      note: 'Only a third of parents answered.',
    });
    expect(cheaper?.evidence[0]?.locator).toBe('table 2');
    const quote = data.positions.find((p) => p.key === 'students/itchy')?.evidence[0];
    expect(quote).toMatchObject({ kind: 'quote', speaker: 'A pupil', source: null, sourceId: null });
    expect(data.positions.find((p) => p.key === 'principal/safer')?.respondedBy).toEqual(['parents/not-safer']);
    expect(data.positions.find((p) => p.key === 'parents/not-safer')?.respondsTo).toEqual(['principal/safer']);
    const strict = data.positions.find((p) => p.key === 'principal/strict');
    expect(strict?.counterpoints[0]).toMatchObject({
      by: 'students',
      byActor: 'students',
      evidence: [{ kind: 'fact', sourceId: 'survey' }],
    });
    expect(strict?.loc).toEqual({ file: 'principal.yaml', line: expect.any(Number), col: expect.any(Number) });
  });

  it('gives the matrix per issue, with null where an actor is silent', async () => {
    const data = parseOutput('export', renderJson(await load(UNIFORMS))) as JsonExport;
    expect(data.issues.find((i) => i.id === 'comfort')?.positions).toEqual({ principal: null, parents: null, students: 'students/itchy' });
    expect(data.problems).toEqual({ errors: 0, warnings: 0 });
  });

  it('reports an unknown source id as null, keeping the id, and counts the problem', async () => {
    const dir = writeDebate({
      'debate.yaml': 'title: T\nquestion: Q?\nissues:\n  - id: one\n    title: One\n    question: One?\n',
      'a.yaml':
        'name: A\npositions:\n  - id: p\n    issue: one\n    stance: for\n    claim: C.\n    evidence:\n      - kind: fact\n        text: X.\n        source: nowhere\n',
    });
    const o = capture();
    expect(await runExport(dir, { format: 'json' }, o)).toBe(0);
    const data = parseOutput('export', o.stdout) as JsonExport;
    expect(data.positions[0]?.evidence[0]).toMatchObject({ source: null, sourceId: 'nowhere' });
    expect(data.problems.errors).toBe(1);
    expect(o.stderr).toMatch(/1 problem in .*Run: standpoint check/);
  });
});
