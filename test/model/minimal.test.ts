// The minimal valid debate loads into the model a reader sees: actors in the
// order debate.yaml gives, issues, positions, responses linked both ways,
// sources and discussion prompts attached to their issues.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import { MINIMAL } from './helpers.js';

describe('the minimal debate', async () => {
  const { model, texts } = await loadDebate(MINIMAL);

  it('loads without a single problem', () => {
    expect(model.diagnostics).toEqual([]);
    expect(model.title).toBe('Should the town build a bridge?');
    expect(model.question).toBe('Should the town build a new bridge over the river?');
    expect(model.summary).toBe('A small debate used by the tests.');
    expect(model.asOf).toBe('2025-01');
    expect(model.file).toBe(join(MINIMAL, 'debate.yaml'));
    expect([...texts.keys()].sort()).toEqual(['council.yaml', 'debate.yaml', 'residents.yaml'].map((f) => join(MINIMAL, f)));
  });

  it('keeps the actors in the order debate.yaml lists them, with names and people', () => {
    expect(model.actors.map((a) => a.id)).toEqual(['council', 'residents']);
    const [council, residents] = model.actors;
    expect(council).toMatchObject({ name: 'Town council', short: 'Council', role: 'The elected council' });
    expect(council?.stale).toBeFalsy();
    expect(council?.people).toEqual([{ name: 'Ana Ruiz', role: 'Mayor' }]);
    expect(council?.file).toBe(join(MINIMAL, 'council.yaml'));
    expect(residents).toMatchObject({ name: "Residents' association", short: 'Residents', people: [] });
    expect(residents?.role).toBeUndefined();
  });

  it('lists the issues in reading order, each with its prompts', () => {
    expect(model.issues.map((i) => [i.id, i.title, i.question])).toEqual([
      ['cost', 'Cost', 'Is the bridge worth its cost?'],
      ['traffic', 'Traffic', 'Will the bridge reduce traffic?'],
    ]);
    expect(model.issues[0]?.prompts).toEqual(['What would you give up to pay for it?']);
    expect(model.issues[1]?.prompts).toEqual([]);
    expect(model.prompts).toEqual(['Who should decide?']);
  });

  it('indexes every position by actor/position and by issue', () => {
    expect([...model.positions.keys()].sort()).toEqual([
      'council/less-traffic',
      'council/worth-it',
      'residents/more-traffic',
      'residents/too-costly',
    ]);
    const council = model.actors[0];
    expect(council?.byIssue.get('cost')?.id).toBe('worth-it');
    expect(council?.byIssue.get('traffic')?.id).toBe('less-traffic');
    const worth = model.positions.get('council/worth-it');
    expect(worth).toMatchObject({
      actorId: 'council',
      issueId: 'cost',
      stance: 'for',
      claim: 'The bridge pays for itself within twenty years.',
    });
    expect(worth?.evidence).toEqual([
      expect.objectContaining({ kind: 'quote', text: 'It pays for itself.', speaker: 'Ana Ruiz', source: 'minutes' }),
    ]);
    expect(worth?.counterpoints).toEqual([
      expect.objectContaining({ by: 'residents', byActor: 'residents', text: 'The estimate ignores maintenance.', evidence: [] }),
    ]);
  });

  it('links responses both ways', () => {
    const get = (k: string) => model.positions.get(k);
    expect(get('residents/too-costly')?.respondsTo).toEqual(['council/worth-it']);
    expect(get('council/worth-it')?.respondedBy).toEqual(['residents/too-costly']);
    expect(get('council/less-traffic')?.respondsTo).toEqual(['residents/more-traffic']);
    expect(get('residents/more-traffic')?.respondedBy).toEqual(['council/less-traffic']);
    expect(get('residents/more-traffic')?.respondsTo).toEqual([]);
  });

  it('holds the sources by id', () => {
    expect([...model.sources.keys()]).toEqual(['minutes']);
    expect(model.sources.get('minutes')).toMatchObject({ title: 'Council minutes', kind: 'official' });
  });

  it('remembers where everything was written, for file:line:col', () => {
    const debate = join(MINIMAL, 'debate.yaml');
    const council = join(MINIMAL, 'council.yaml');
    expect(model.issues[1]?.loc).toEqual({ file: debate, line: 10, col: 5 });
    expect(model.sources.get('minutes')?.loc).toEqual({ file: debate, line: 14, col: 5 });
    expect(model.positions.get('council/less-traffic')?.loc).toEqual({ file: council, line: 20, col: 5 });
    expect(model.positions.get('council/worth-it')?.evidence[0]?.loc).toEqual({ file: council, line: 13, col: 9 });
    expect(model.positions.get('council/worth-it')?.counterpoints[0]?.loc).toEqual({ file: council, line: 18, col: 9 });
  });
});
