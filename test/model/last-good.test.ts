// Live reload's one rule, load by load: a file with errors of its own, whatever
// the mistake, is shown as its last good version, flagged stale, and its
// errors never become errors in files that did not change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { keepLastGoodDebate } from '../../src/watch/keep-debate.js';
import { cleanScratch, debateWith, MINIMAL } from './helpers.js';

afterAll(cleanScratch);

const RESIDENTS = readFileSync(join(MINIMAL, 'residents.yaml'), 'utf8');
const DEBATE = readFileSync(join(MINIMAL, 'debate.yaml'), 'utf8');

/** What the watcher hands over after a file is rewritten: loaded against the version shown. */
async function reload(dir: string, shown: Model): Promise<LoadResult> {
  const next = await loadDebate(dir, { previous: shown });
  return { model: keepLastGoodDebate(next.model, shown), texts: next.texts };
}

const errorsIn = (m: Model, name: string) => m.diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith(`/${name}`));

/** One mistake each, as students make them, in residents.yaml. */
const MISTAKES: Array<[string, string]> = [
  ['a YAML syntax error', RESIDENTS.replace('claim: The money', 'claim: [The money')],
  ['a misspelt stance', RESIDENTS.replace('stance: against', 'stance: aganst')],
  ['a bad evidence kind', RESIDENTS.replace('kind: statistic', 'kind: statistc')],
  ['an unknown source', RESIDENTS.replace('source: minutes', 'source: minutse')],
  ['an unknown key', RESIDENTS.replace('counterpoints:', 'counterpointz:')],
  // Cut off mid-write, in the middle of the second position's first line.
  ['a file truncated mid-write', RESIDENTS.slice(0, RESIDENTS.indexOf('  - id: more-traffic') + 6)],
];

describe('a broken actor file during live reload', () => {
  test.each(MISTAKES)('%s: the whole file shows its last good version, stale; other files get no errors', async (_, broken) => {
    const dir = debateWith();
    const first = await loadDebate(dir);
    writeFileSync(join(dir, 'residents.yaml'), broken);
    const { model } = await reload(dir, first.model);
    const residents = model.actors.find((a) => a.id === 'residents');
    expect(residents?.stale).toBe(true);
    expect(residents?.positions.map((p) => [p.id, p.stance, p.claim])).toEqual([
      ['too-costly', 'against', 'The money is better spent on schools.'],
      ['more-traffic', 'against', 'New roads bring new traffic.'],
    ]);
    expect(errorsIn(model, 'residents.yaml').length).toBeGreaterThan(0);
    expect(errorsIn(model, 'council.yaml')).toEqual([]);
    // The healthy file's reference into the stale one resolves against its last good version.
    expect(model.positions.get('council/less-traffic')?.respondsTo).toEqual(['residents/more-traffic']);
    expect(model.positions.get('residents/more-traffic')?.respondedBy).toEqual(['council/less-traffic']);

    // Still broken at the next reload: still the last good version, not the broken one.
    writeFileSync(
      join(dir, 'council.yaml'),
      readFileSync(join(MINIMAL, 'council.yaml'), 'utf8').replace('pays for itself within', 'pays for itself in'),
    );
    const again = await reload(dir, model);
    expect(again.model.actors.find((a) => a.id === 'residents')?.stale).toBe(true);
    expect(again.model.positions.get('residents/more-traffic')?.claim).toBe('New roads bring new traffic.');

    // Fixed: the new version, no longer stale.
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('New roads bring new traffic.', 'Fixed.'));
    const fixed = await reload(dir, again.model);
    expect(fixed.model.actors.find((a) => a.id === 'residents')?.stale).toBeFalsy();
    expect(fixed.model.positions.get('residents/more-traffic')?.claim).toBe('Fixed.');
  });

  test('a file broken since the debate was opened shows what of it loads, not stale, and each edit shows', async () => {
    const dir = debateWith({ 'residents.yaml': RESIDENTS.replace('stance: against', 'stance: aganst') });
    const first = await loadDebate(dir);
    expect(first.model.actors.find((a) => a.id === 'residents')?.stale).toBeFalsy();
    writeFileSync(
      join(dir, 'residents.yaml'),
      RESIDENTS.replace('stance: against', 'stance: aganst').replace('New roads bring new traffic.', 'Edited.'),
    );
    const { model } = await reload(dir, first.model);
    expect(model.actors.find((a) => a.id === 'residents')?.stale).toBeFalsy();
    expect(model.positions.get('residents/more-traffic')?.claim).toBe('Edited.');
    // Once good, it is the version to fall back to.
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS);
    const good = await reload(dir, model);
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('stance: against', 'stance: aganst'));
    const stale = await reload(dir, good.model);
    expect(stale.model.actors.find((a) => a.id === 'residents')?.stale).toBe(true);
    expect(stale.model.positions.get('residents/too-costly')?.stance).toBe('against');
  });
});

describe('a broken debate.yaml during live reload', () => {
  const ORDERED = DEBATE.replace('actors: [council, residents]', 'actors: [residents, council]');

  test.each([
    ['a YAML syntax error', ORDERED.replace('title: Should', 'title: [Should')],
    ['an unknown key in an issue', ORDERED.replace('    question: Will the bridge', '    questoin: Will the bridge')],
    // Cut off in the second issue's id: the issues and sources after it are gone.
    ['a file truncated mid-write', ORDERED.slice(0, ORDERED.indexOf('  - id: traffic') + 10)],
  ])('%s: the last good issues, sources and column order stay; actor files get no errors', async (_, broken) => {
    const dir = debateWith({ 'debate.yaml': ORDERED });
    const first = await loadDebate(dir);
    expect(first.model.actors.map((a) => a.id)).toEqual(['residents', 'council']);
    writeFileSync(join(dir, 'debate.yaml'), broken);
    const { model } = await reload(dir, first.model);
    expect(model.debateStale).toBe(true);
    expect(model.issues.map((i) => i.id)).toEqual(['cost', 'traffic']);
    expect([...model.sources.keys()]).toEqual(['minutes']);
    expect(model.actors.map((a) => a.id)).toEqual(['residents', 'council']);
    expect(errorsIn(model, 'debate.yaml').length).toBeGreaterThan(0);
    expect(errorsIn(model, 'council.yaml')).toEqual([]);
    expect(errorsIn(model, 'residents.yaml')).toEqual([]);
    expect(model.positions.get('council/less-traffic')?.issueId).toBe('traffic');
  });
});
