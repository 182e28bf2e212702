// `standpoint new issue|source` edit the author's own files: only the new
// lines may change, every comment and all formatting around them stay, and a
// debate with errors anywhere is refused with nothing touched. Also
// `new actor a b c [DIR]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempName } from '../../src/authoring/write-file.js';
import { runNewActor, runNewActors } from '../../src/commands/new.js';
import { runNewIssue, runNewSource } from '../../src/commands/new-entry.js';
import { loadDebate } from '../../src/model/load.js';
import { capture, cleanScratch, copyDebate, listing, MINIMAL } from './helpers.js';

afterEach(cleanScratch);

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const snapshot = (dir: string) => Object.fromEntries(listing(dir).map((n) => [n, read(dir, n)]));

/** `after` is `before` with `lines` inserted as whole lines, and nothing else changed. */
function onlyInserted(before: string, after: string, lines: string): void {
  expect(after).toContain(lines);
  expect(after.replace(lines, '')).toBe(before);
}

const COMMENTED_DEBATE = `# The bridge debate: keep this comment.
title: 'Should the town build a bridge?'   # single quotes, kept
question: "Should the town build a new bridge over the river?"
actors: [council, residents]     # flow list, kept

issues:
  # Money first.
  - id: cost
    title: Cost
    question: Is the bridge worth its cost?

  - id: traffic    # trailing comment
    title: Traffic
    question: Will the bridge reduce traffic?
# Sources below.
sources:
  - id: minutes
    title: Council minutes
    kind: official
`;

describe('standpoint new issue', () => {
  it('adds the issue to debate.yaml and an "unclear" stub to every actor file, changing nothing else', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'debate.yaml'), COMMENTED_DEBATE);
    const before = snapshot(dir);
    const o = capture();
    expect(await runNewIssue({ id: 'noise', dir, title: 'Noise: day and night', question: 'Will the bridge be loud?' }, o)).toBe(0);
    expect(o.stdout).toMatch(
      /Added issue "noise" to \S*debate\.yaml, and an "unclear" stub position on it to each of the 2 actor files \(council\.yaml, residents\.yaml\)/,
    );

    onlyInserted(
      before['debate.yaml'] as string,
      read(dir, 'debate.yaml'),
      '  - id: noise\n    title: "Noise: day and night"\n    question: Will the bridge be loud?\n',
    );
    // After the last issue's own lines, before the comment that belongs to the next section.
    expect(read(dir, 'debate.yaml')).toContain('Will the bridge reduce traffic?\n  - id: noise\n');
    for (const name of ['council.yaml', 'residents.yaml'])
      onlyInserted(
        before[name] as string,
        read(dir, name),
        '  - id: noise\n    issue: noise\n    stance: unclear\n    claim: Not yet recorded.\n',
      );
    expect(listing(dir).filter(isTempName)).toEqual([]);

    const { model } = await loadDebate(dir);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.issues.map((i) => i.id)).toEqual(['cost', 'traffic', 'noise']);
    expect(model.positions.get('council/noise')?.stance).toBe('unclear');
  });

  it('starts the list in an actor file whose positions are "[]", and keeps a CRLF file CRLF', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'mayor.yaml'), 'name: Mayor  # keep\npositions: []\n');
    writeFileSync(join(dir, 'residents.yaml'), read(dir, 'residents.yaml').replace(/\n/g, '\r\n'));
    expect(await runNewIssue({ id: 'noise', dir, title: 'Noise', question: 'Loud?' }, capture())).toBe(0);
    expect(read(dir, 'mayor.yaml')).toBe(
      'name: Mayor  # keep\npositions:\n  - id: noise\n    issue: noise\n    stance: unclear\n    claim: Not yet recorded.\n',
    );
    expect(read(dir, 'residents.yaml')).toMatch(/\r\n {2}- id: noise\r\n {4}issue: noise\r\n/);
    expect(read(dir, 'residents.yaml').replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('refuses, touching nothing, when any file of the debate has an error', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'residents.yaml'), read(dir, 'residents.yaml').replace('stance: against', 'stance: aginst'));
    const before = snapshot(dir);
    const o = capture();
    expect(await runNewIssue({ id: 'noise', dir, title: 'Noise', question: 'Loud?' }, o)).toBe(1);
    expect(o.stderr).toMatch(/has 1 error in 1 file; nothing was changed\. Fix it first: standpoint check /);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an issue id that is taken, touching nothing', async () => {
    const dir = copyDebate(MINIMAL);
    const before = snapshot(dir);
    const o = capture();
    expect(await runNewIssue({ id: 'cost', dir, title: 'Cost', question: 'Worth it?' }, o)).toBe(1);
    expect(o.stderr).toMatch(/Issue "cost" is already in \S*debate\.yaml; nothing was changed/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('standpoint new source', () => {
  it('appends to sources:, keeping every other line', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'debate.yaml'), COMMENTED_DEBATE);
    const before = read(dir, 'debate.yaml');
    const o = capture();
    const args = { id: 'survey', dir, title: 'Traffic survey', kind: 'data', url: 'https://example.org/survey' };
    expect(await runNewSource(args, o)).toBe(0);
    expect(o.stdout).toMatch(/Cite it from evidence with "source: survey"/);
    onlyInserted(
      before,
      read(dir, 'debate.yaml'),
      '  - id: survey\n    title: Traffic survey\n    kind: data\n    url: https://example.org/survey\n',
    );
    const { model } = await loadDebate(dir);
    expect(model.sources.get('survey')?.kind).toBe('data');
  });

  it('adds a sources: list when debate.yaml has none', async () => {
    const dir = copyDebate(MINIMAL);
    const text = read(dir, 'debate.yaml')
      .replace(/sources:\n(?: {2,}.*\n)+/, '')
      .replace(/ {8}source: minutes\n/g, '');
    writeFileSync(join(dir, 'debate.yaml'), text);
    for (const name of ['council.yaml', 'residents.yaml'])
      writeFileSync(join(dir, name), read(dir, name).replace(/ +source: minutes\n/g, ''));
    expect(await runNewSource({ id: 'minutes', dir, title: 'Council minutes', kind: 'official' }, capture())).toBe(0);
    expect(read(dir, 'debate.yaml')).toBe(`${text}sources:\n  - id: minutes\n    title: Council minutes\n    kind: official\n`);
  });

  it('suggests the word for a kind written another way, and writes nothing', async () => {
    const dir = copyDebate(MINIMAL);
    const before = snapshot(dir);
    const o = capture();
    expect(await runNewSource({ id: 'paper', dir, title: 'The Gazette', kind: 'newspaper' }, o)).toBe(2);
    expect(o.stderr).toContain('For "newspaper", write "news-article".');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('standpoint new actor, several at once', () => {
  it('creates one file per id, the folder given last', async () => {
    const dir = copyDebate(MINIMAL);
    const o = capture();
    expect(await runNewActors(['mayor', 'shop-owners', 'cyclists', dir], undefined, o)).toBe(0);
    for (const id of ['mayor', 'shop-owners', 'cyclists']) expect(listing(dir)).toContain(`${id}.yaml`);
    // The next steps once, after the last.
    expect(o.stdout.match(/Next:/g)).toHaveLength(1);
    const { model } = await loadDebate(dir);
    expect(model.actors.map((a) => a.id)).toEqual(['council', 'residents', 'cyclists', 'mayor', 'shop-owners']);
  });

  it('refuses --name with several ids', async () => {
    const dir = copyDebate(MINIMAL);
    const o = capture();
    expect(await runNewActors(['mayor', 'cyclists', dir], 'Mayor', o)).toBe(2);
    expect(listing(dir)).not.toContain('mayor.yaml');
  });

  it('asks to add the actor to "actors:" only when it is not listed there yet', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(
      join(dir, 'debate.yaml'),
      read(dir, 'debate.yaml').replace('actors: [council, residents]', 'actors: [council, residents, mayor]'),
    );
    const listed = capture();
    expect(await runNewActor({ id: 'mayor', dir }, listed)).toBe(0);
    expect(listed.stdout).not.toContain('sets the column order');
    const unlisted = capture();
    expect(await runNewActor({ id: 'cyclists', dir }, unlisted)).toBe(0);
    expect(unlisted.stdout).toContain('add cyclists there to place its column');
  });

  it('says "its one issue", not "each of the 1 issue"', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'debate.yaml'), read(dir, 'debate.yaml').replace(/ {2}- id: traffic\n(?: {4}.*\n)+/, ''));
    const o = capture();
    await runNewActor({ id: 'mayor', dir }, o);
    expect(o.stdout).toContain('with an "unclear" stub for its one issue.');
  });
});
