// The AIF export, checked against the shape of an AIFdb document (fixtures/aif,
// with its source in the README there) and against AIF's own rules: every edge
// joins two nodes of the file, relations (RA, CA) stand between I-nodes, a
// locution is an L-node said by a participant and reaches its I-node through YA.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stanceSide } from '../../src/debate/stance.js';
import { type AifDocument, renderAif, toAif } from '../../src/export/aif.js';
import type { Model } from '../../src/model/types.js';
import { EXAMPLE, load, nastyDebate } from './helpers.js';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile', 'debate');
const SHAPE = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'aif', 'aifdb-shape.json'), 'utf8'));

/** The keys every item of a list has in the published shape, with the JSON type of each value. */
function shapeOf(list: Array<Record<string, unknown>>, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, typeof list[0]?.[k]]));
}

function checkAifRules(doc: AifDocument): void {
  const nodes = new Map(doc.nodes.map((n) => [n.nodeID, n]));
  expect(nodes.size).toBe(doc.nodes.length);
  expect(new Set(doc.edges.map((e) => e.edgeID)).size).toBe(doc.edges.length);
  for (const e of doc.edges) {
    expect(nodes.has(e.fromID), `edge ${e.edgeID} from ${e.fromID}`).toBe(true);
    expect(nodes.has(e.toID), `edge ${e.edgeID} to ${e.toID}`).toBe(true);
  }
  const into = (id: string) => doc.edges.filter((e) => e.toID === id).map((e) => nodes.get(e.fromID)?.type);
  const out = (id: string) => doc.edges.filter((e) => e.fromID === id).map((e) => nodes.get(e.toID)?.type);
  for (const n of doc.nodes) {
    if (n.type === 'RA' || n.type === 'CA') {
      expect(into(n.nodeID)).toEqual(['I']);
      expect(out(n.nodeID)).toEqual(['I']);
    }
    if (n.type === 'YA') {
      expect(into(n.nodeID)).toEqual(['L']);
      expect(out(n.nodeID)).toEqual(['I']);
    }
    // AIF never joins two I-nodes directly: a scheme node stands between them.
    if (n.type === 'I') expect(out(n.nodeID).every((t) => t === 'RA' || t === 'CA')).toBe(true);
  }
  const people = new Set(doc.participants.map((p) => p.participantID));
  for (const l of doc.locutions) {
    expect(nodes.get(l.nodeID)?.type).toBe('L');
    expect(people.has(l.personID)).toBe(true);
  }
}

function countItems(model: Model) {
  const ps = [...model.positions.values()];
  return {
    evidence: ps.reduce((n, p) => n + p.evidence.length + p.counterpoints.reduce((m, c) => m + c.evidence.length, 0), 0),
    counterpoints: ps.reduce((n, p) => n + p.counterpoints.length, 0),
  };
}

describe('aif export', () => {
  it('has the layout of an AIFdb document: the same lists, the same keys with the same types', async () => {
    const doc = JSON.parse(renderAif(await load(EXAMPLE)));
    for (const list of ['nodes', 'edges', 'locutions', 'participants']) {
      expect(Array.isArray(SHAPE[list])).toBe(true);
      expect(Array.isArray(doc[list]), list).toBe(true);
      expect(doc[list].length, list).toBeGreaterThan(0);
    }
    const keys = {
      nodes: ['nodeID', 'text', 'type'],
      edges: ['edgeID', 'fromID', 'toID'],
      locutions: ['nodeID', 'personID'],
      participants: ['participantID', 'firstname', 'surname'],
    };
    for (const [list, k] of Object.entries(keys)) {
      const want = shapeOf(SHAPE[list], k);
      for (const item of doc[list]) expect(shapeOf([item], k), list).toEqual(want);
    }
    const types = new Set(SHAPE.nodes.map((n: { type: string }) => n.type));
    for (const n of doc.nodes) expect(types.has(n.type), n.type).toBe(true);
    // The published example itself obeys the rules the export is held to.
    checkAifRules(SHAPE);
  });

  it('holds the debate: an actor per participant, a locution per claim, RA for for, CA for against', async () => {
    const model = await load(EXAMPLE);
    const doc = toAif(model);
    checkAifRules(doc);
    expect(doc.participants.map((p) => p.firstname)).toEqual(model.actors.map((a) => a.name));
    const claims = [...model.positions.values()];
    const byText = (t: string) => doc.nodes.filter((n) => n.type === 'I' && n.text === t.replace(/\s+/g, ' ').trim());
    for (const p of claims) expect(byText(p.claim).length, p.key).toBeGreaterThan(0);
    const { evidence, counterpoints } = countItems(model);
    expect(doc.nodes.filter((n) => n.type === 'I')).toHaveLength(model.issues.length + claims.length + evidence + counterpoints);
    expect(doc.locutions.length).toBeGreaterThanOrEqual(claims.length);
    // A claim that takes a side links to its issue's question: RA for yes, CA for no.
    const sided = claims.filter((p) => stanceSide(p.stance) === 1 || stanceSide(p.stance) === -1);
    const questionIds = new Set(
      model.issues.map((i) => doc.nodes.find((n) => n.text === `${i.title}: ${i.question}`.replace(/\s+/g, ' ').trim())?.nodeID),
    );
    const toQuestion = doc.edges.filter((e) => questionIds.has(e.toID)).map((e) => doc.nodes.find((n) => n.nodeID === e.fromID)?.type);
    expect(toQuestion.filter((t) => t === 'RA')).toHaveLength(sided.filter((p) => stanceSide(p.stance) === 1).length);
    expect(toQuestion.filter((t) => t === 'CA')).toHaveLength(sided.filter((p) => stanceSide(p.stance) === -1).length);
  });

  it('stays valid JSON and valid AIF from hostile debates, with no control character in any text', async () => {
    for (const dir of [HOSTILE, nastyDebate()]) {
      const text = renderAif(await load(dir));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const doc = JSON.parse(text) as AifDocument;
      checkAifRules(doc);
      expect(doc.nodes.some((n) => n.text.includes('<img src=x onerror=alert(1)>')) || dir === HOSTILE).toBe(true);
    }
  });
});
