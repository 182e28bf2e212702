// The balance audit on a debate built lopsided on purpose: the counts per actor
// and the asymmetries a teacher would want pointed out.
import { describe, expect, it } from 'vitest';
import { auditDebate } from '../../src/debate/audit.js';
import { load, writeDebate } from '../export/helpers.js';

const item = (kind: string, source?: string, speaker?: string) =>
  `      - kind: ${kind}\n        text: Words.\n${source ? `        source: ${source}\n` : ''}${speaker ? `        speaker: ${speaker}\n` : ''}`;

function lopsided(): string {
  return writeDebate({
    'debate.yaml': `title: Lopsided
question: Is it balanced?
actors: [officials, critics]
issues:
  - {id: one, title: One, question: One?}
  - {id: two, title: Two, question: Two?}
  - {id: three, title: Three, question: Three?}
sources:
  - {id: gov, title: Government report, kind: official}
  - {id: paper, title: A paper, kind: news-article}
`,
    'officials.yaml': `name: The officials
positions:
  - id: o1
    issue: one
    stance: for
    claim: Yes.
    evidence:
${item('quote', 'gov', 'A minister')}${item('quote', 'gov')}${item('fact', 'gov')}${item('fact', 'paper')}
  - id: o2
    issue: two
    stance: for
    claim: Yes.
    evidence:
${item('fact', 'gov')}${item('statistic', 'gov')}${item('statistic', 'paper')}${item('fact')}
    counterpoints:
      - by: critics
        text: Not so.
  - id: o3
    issue: three
    stance: leans-for
    claim: Rather.
`,
    'critics.yaml': `name: Critics
positions:
  - id: k1
    issue: one
    stance: against
    claim: No.
    responds_to: [officials/o1]
    evidence:
${item('interpretation', 'paper')}${item('interpretation', 'paper')}${item('interpretation', 'paper')}${item('fact', 'paper')}
  - id: k2
    issue: two
    stance: unclear
    claim: Unknown.
`,
  });
}

describe('the balance audit', () => {
  it('counts, per actor, issues, evidence by kind, sources, quotes and answers', async () => {
    const audit = auditDebate(await load(lopsided()));
    const [officials, critics] = audit.actors;
    expect(officials).toMatchObject({
      addressed: 3,
      unclear: 0,
      silent: 0,
      evidence: 8,
      byKind: { quote: 2, fact: 4, statistic: 2, claim: 0, interpretation: 0 },
      sources: ['gov', 'paper'],
      sourceKinds: { 'news-article': 1, official: 1 },
      unsourced: 1,
      quotesWithSpeaker: 1,
      quotesWithoutSpeaker: 1,
      counterpointsGiven: 0,
      counterpointsReceived: 1,
      responsesGiven: 0,
      responsesReceived: 1,
    });
    expect(critics).toMatchObject({
      addressed: 2,
      unclear: 1,
      silent: 1,
      evidence: 4,
      sources: ['paper'],
      counterpointsGiven: 1,
      counterpointsReceived: 0,
      responsesGiven: 1,
      responsesReceived: 0,
    });
  });

  it('puts the asymmetries in plain words', async () => {
    const audit = auditDebate(await load(lopsided()));
    expect(audit.asymmetries).toEqual([
      "The officials' positions carry 8 evidence items, Critics' 4.",
      '3 of Critics\' 4 evidence items are interpretation, all from source "paper".',
      "Critics' positions take a clear stance on 1 of 3 issues, The officials' on 3.",
      "1 of The officials' 2 quotes names no speaker.",
      "1 of The officials' 8 evidence items names no source.",
      "Critics' evidence cites 1 source, The officials' 2.",
    ]);
  });

  it('finds nothing to say about actors built alike', async () => {
    const dir = writeDebate({
      'debate.yaml':
        'title: Even\nquestion: Q?\nissues:\n  - {id: one, title: One, question: One?}\nsources:\n  - {id: s, title: S, kind: report}\n  - {id: t, title: T, kind: report}\n',
      'a.yaml': `name: A\npositions:\n  - id: p\n    issue: one\n    stance: for\n    claim: Yes.\n    evidence:\n${item('fact', 's')}`,
      'b.yaml': `name: B\npositions:\n  - id: p\n    issue: one\n    stance: against\n    claim: No.\n    evidence:\n${item('fact', 't')}`,
    });
    expect(auditDebate(await load(dir)).asymmetries).toEqual([]);
  });
});
