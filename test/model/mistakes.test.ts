// One fixture per class of mistake (test/fixtures/bad/<case>: the files that
// differ from the minimal debate). Each must give exactly the right rule at
// the right line and column, with a message that says what to do — and
// nothing else: one mistake, one message.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/model/read.js';
import { brief, cleanScratch, debateWith, FIXTURES, load } from './helpers.js';

const BAD = join(FIXTURES, 'bad');

interface Case {
  /** "file:line:col rule", file relative to the debate; warnings are marked with "warning ". */
  expect: string[];
  /** A fragment every message of the case contains (the "what to do" part). */
  says: RegExp;
  /** Actors still in the model. */
  actors?: string[];
}

const ALL = ['council', 'residents'];
const CASES: Record<string, Case> = {
  'syntax-error': { expect: ['council.yaml:23:12 yaml-syntax'], says: /never closes it: add the closing "/, actors: ['residents'] },
  'tab-indent': { expect: ['council.yaml:22:1 tab-indent'], says: /replace the tab with spaces/, actors: ['residents'] },
  'duplicate-key': { expect: ['council.yaml:24:5 duplicate-key'], says: /remove or rename one/, actors: ['residents'] },
  'wrong-type': { expect: ['council.yaml:11:12 wrong-type'], says: /must be text, not the number 2045\. Put it in quotes, e\.g\. "2045"/ },
  'unknown-key': {
    expect: ['council.yaml:23:5 unknown-key'],
    says: /Unknown key "cliam" in position "less-traffic"\. Did you mean "claim"\?/,
  },
  'bad-enum': { expect: ['council.yaml:22:13 bad-value'], says: /got "leans-fro"\. Did you mean "leans-for"\?/ },
  'missing-field': {
    expect: ['council.yaml:20:5 missing-field'],
    says: /"stance" is required in position "less-traffic": add a line "stance: …"/,
  },
  'dangling-issue': { expect: ['council.yaml:21:12 unknown-issue'], says: /No issue "trafic" in debate\.yaml\. Did you mean "traffic"\?/ },
  'dangling-source': {
    expect: ['council.yaml:16:17 unknown-source'],
    says: /No source "minuets" in debate\.yaml\. Did you mean "minutes"\? To add a new source, list it in debate\.yaml under "sources:"/,
  },
  'dangling-actor': {
    expect: ['council.yaml:28:19 unknown-actor'],
    says: /No actor "resident" in this debate\. Did you mean "residents"\?/,
  },
  'dangling-actor-position': {
    expect: ['council.yaml:28:19 unknown-position'],
    says: /Actor "residents" has no position "more-trafic"\. Did you mean "more-traffic"\?/,
  },
  'dangling-bare-position': {
    expect: ['council.yaml:28:43 unknown-position'],
    says: /Actor "council" has no position "worth-itt"\. Did you mean "worth-it"\?/,
  },
  'dangling-discussion-issue': {
    expect: ['debate.yaml:18:12 unknown-issue'],
    says: /No issue "costs" in this debate\. Did you mean "cost"\?/,
  },
  'dangling-actors-list': {
    expect: ['debate.yaml:5:19 warning unknown-actor'],
    says: /No actor file "resident\.yaml" in this folder\. Did you mean "residents"\?/,
  },
  'duplicate-issue': { expect: ['debate.yaml:13:9 duplicate-id'], says: /Issue id "cost" is used twice: give each issue its own id/ },
  'duplicate-source': { expect: ['debate.yaml:17:9 duplicate-id'], says: /Source id "minutes" is used twice/ },
  'duplicate-position': { expect: ['council.yaml:20:9 duplicate-id'], says: /Position id "worth-it" is used twice in this file/ },
  'duplicate-actor-file': {
    expect: ['council.yml:1:1 duplicate-id'],
    says: /Actor "council" is defined twice \(also in council\.yaml\): keep one file/,
  },
  'invalid-utf8': {
    expect: ['council.yaml:2:13 invalid-utf8'],
    says: /Byte 0xe9 is not valid UTF-8: save the file as UTF-8/,
    actors: ['residents'],
  },
  bom: { expect: [], says: /^$/ },
  'alias-bomb': { expect: ['council.yaml:3:8 alias-limit'], says: /Write the text out instead of nesting aliases/, actors: ['residents'] },
  'deep-nesting': { expect: ['council.yaml:2:75 too-deep'], says: /deeper than 64 levels: flatten the structure/, actors: ['residents'] },
  'escape-sequences': {
    expect: ['council.yaml:3:7 warning control-characters', 'council.yaml:23:12 warning control-characters'],
    says: /control or escape characters? from this text; delete them from the file/,
  },
  'empty-file': { expect: ['council.yaml:1:1 empty-file'], says: /fill it in .* or delete it/, actors: ['residents'] },
  'title-as-source-id': {
    expect: ['council.yaml:16:17 bad-id'],
    says: /"source" in position "worth-it", evidence item 1: .*"Council Minutes" is the title of source "minutes": write its id, source: minutes\./,
  },
  'title-as-issue-id': {
    expect: ['council.yaml:9:12 bad-id'],
    says: /"Cost of the bridge" is the title of issue "cost": write its id, issue: cost\./,
  },
  'title-as-issue-id-plain': {
    expect: ['council.yaml:21:12 unknown-issue'],
    says: /No issue "transport" in debate\.yaml\. "transport" reads like the title of issue "traffic": write its id, issue: traffic\./,
  },
  'actor-as-reference': {
    expect: ['council.yaml:28:19 unknown-position'],
    says: /"residents" is an actor, not a position: to answer an actor, name one of its positions, as "residents\/<position-id>"\. Its positions: "residents\/too-costly", "residents\/more-traffic"\./,
  },
  'actor-name-as-reference': {
    expect: ['council.yaml:28:19 unknown-position'],
    says: /"residents-association" is the actor "residents", not a position: to answer an actor, name one of its positions, as "residents\/<position-id>"\. Its positions: "residents\/too-costly", "residents\/more-traffic"\./,
  },
  'actor-name-in-reference': {
    expect: ['council.yaml:28:19 unknown-actor'],
    says: /No actor "residents-association" in this debate\. "residents-association" reads like the name of actor "residents": its id is "residents"\./,
  },
  'synonym-stance': {
    expect: ['council.yaml:22:13 bad-value'],
    says: /"stance" in position "less-traffic" .*got "neutral"\. For "neutral", write "mixed"\./,
  },
  'synonym-evidence-kind': {
    expect: ['council.yaml:25:15 bad-value'],
    says: /"kind" in position "less-traffic", evidence item 1 .*got "data"\. For "data", write "statistic"\./,
  },
  'synonym-source-kind': {
    expect: ['debate.yaml:16:11 bad-value'],
    says: /"kind" in source "minutes" .*For "newspaper", write "news-article"\./,
  },
  'source-id-example': {
    // The example comes from this debate, never from the shipped one.
    expect: ['council.yaml:16:17 bad-id'],
    says: /source id must be lower-kebab-case, like "minutes"\. Write it as "minutes-2024"\./,
  },
  'indent-one-more': {
    expect: ['council.yaml:10:6 yaml-syntax'],
    says: /^This line is indented 1 space more than "issue:" on the line above: line up "stance:" with "issue:"\.$/,
    actors: ['residents'],
  },
  'indent-one-less': {
    expect: ['council.yaml:10:4 yaml-syntax'],
    says: /^This line is indented 1 space less than "issue:" on the line above: line up "stance:" with "issue:"/,
    actors: ['residents'],
  },
  'non-yaml-file': { expect: ['notes.txt:1:1 warning ignored-file'], says: /rename it to \.yaml if it holds an actor/ },
};

afterAll(cleanScratch);

describe('a fixture for each class of mistake', () => {
  it('has a case in this table for every fixture folder, and a folder for every case', () => {
    expect(readdirSync(BAD).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: ${c.expect.join(', ') || 'loads cleanly'}`, async () => {
      const model = await load(debateWith({}, join(BAD, name)));
      const got = model.diagnostics.map((d, i) => `${brief(model)[i]?.replace(/ /, d.severity === 'warning' ? ' warning ' : ' ')}`);
      expect(got).toEqual(c.expect);
      for (const d of model.diagnostics) expect(d.message).toMatch(c.says);
      expect(model.actors.map((a) => a.id)).toEqual(c.actors ?? ALL);
    });
  }
});

describe('what the loader does with the text of those mistakes', () => {
  it('strips escape sequences, control characters and bidi overrides, keeping the words', async () => {
    const model = await load(debateWith({}, join(BAD, 'escape-sequences')));
    const council = model.actors.find((a) => a.id === 'council');
    expect(council?.role).toBe('The  elected council');
    expect(model.positions.get('council/less-traffic')?.claim).toBe('Traffic in the centre should fall.');
  });

  it('reads a file that starts with a byte order mark as if it did not', async () => {
    const model = await load(debateWith({}, join(BAD, 'bom')));
    expect(model.actors[0]?.name).toBe('Town council');
    expect(model.positions.get('council/worth-it')?.loc.line).toBe(8);
  });

  it('drops only the broken position of a file and keeps the rest of it', async () => {
    const model = await load(debateWith({}, join(BAD, 'bad-enum')));
    expect([...model.positions.keys()].sort()).toEqual(['council/worth-it', 'residents/more-traffic', 'residents/too-costly']);
    // The position that answered more-traffic is gone, and nobody else is blamed for it.
    expect(model.positions.get('residents/more-traffic')?.respondedBy).toEqual([]);
  });

  it('refuses an oversized file without reading it', async () => {
    const big = `name: Town council\npositions: []\n${'# padding\n'.repeat(MAX_FILE_BYTES / 10 + 1)}`;
    const dir = debateWith({ 'council.yaml': big });
    const model = await load(dir);
    expect(brief(model)).toEqual(['council.yaml:1:1 file-too-large']);
    expect(model.diagnostics[0]?.message).toBe("File is 513 KiB; the limit is 512 KiB. Split the actor's positions or trim the text.");
    expect(model.actors.map((a) => a.id)).toEqual(['residents']);
  });

  it('takes "did you mean" from the names that exist, even in a file that did not load', async () => {
    const dir = debateWith({}, join(BAD, 'syntax-error'));
    writeFileSync(
      join(dir, 'residents.yaml'),
      'name: R\npositions:\n  - {id: a, issue: cost, stance: for, claim: c, responds_to: [councel/x]}\n',
    );
    const model = await load(dir);
    const unknown = model.diagnostics.find((d) => d.rule === 'unknown-actor');
    expect(unknown?.message).toBe('No actor "councel" in this debate. Did you mean "council"?');
  });
});
