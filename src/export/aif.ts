// The debate in the Argument Interchange Format, as the JSON AIFdb and the
// argument-mining tools read (nodes, edges, locutions, participants):
//
// - each issue's question is an I-node (information); each actor's claim is an
//   I-node that supports it (RA, rule application) when the stance is for or
//   leans for, and attacks it (CA, conflict application) when against;
// - each claim is said by its actor: an L-node (locution) tied to the actor as a
//   participant, linked to the claim through a YA-node ("Asserting");
// - evidence supports the claim (RA), counterpoints attack it (CA), and a
//   responds_to becomes RA or CA as the two stances take the same side or not.
//
// Ids are strings, as AIFdb writes them; every edge joins two nodes of the file.

import { applyLens, type LensKind } from '../debate/lens.js';
import { stanceSide, stanceWord } from '../debate/stance.js';
import { safeJson, singleLine } from '../model/sanitize.js';
import type { EvidenceItem, Model, Position } from '../model/types.js';
import { counterpointAuthor, sourceNumbers, sourcing } from './refs.js';

export type AifNodeType = 'I' | 'L' | 'RA' | 'CA' | 'YA';

export interface AifNode {
  nodeID: string;
  text: string;
  type: AifNodeType;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

export interface AifLocution {
  nodeID: string;
  personID: string;
}

export interface AifParticipant {
  participantID: string;
  firstname: string;
  surname: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants: AifParticipant[];
}

export function toAif(source: Model, options: { lens?: LensKind } = {}): AifDocument {
  const model = options.lens ? applyLens(source, options.lens) : source;
  const numbers = sourceNumbers(model);
  const doc: AifDocument = { nodes: [], edges: [], locutions: [], participants: [] };
  const node = (type: AifNodeType, text: string): string => {
    const nodeID = String(doc.nodes.length + 1);
    doc.nodes.push({ nodeID, text: singleLine(text), type });
    return nodeID;
  };
  const edge = (fromID: string, toID: string) => doc.edges.push({ edgeID: String(doc.edges.length + 1), fromID, toID });
  /** premise → RA/CA → conclusion, the AIF way of saying "supports" or "attacks". */
  const relate = (from: string, to: string, type: 'RA' | 'CA') => {
    const s = node(type, type === 'RA' ? 'Default Inference' : 'Default Conflict');
    edge(from, s);
    edge(s, to);
  };
  const person = new Map<string, string>();
  for (const a of model.actors) {
    const participantID = String(doc.participants.length + 1);
    person.set(a.id, participantID);
    doc.participants.push({ participantID, firstname: singleLine(a.name), surname: '' });
  }
  const assert = (actorId: string, name: string, text: string, claim: string) => {
    const l = node('L', `${name}: ${text}`);
    doc.locutions.push({ nodeID: l, personID: person.get(actorId) as string });
    const ya = node('YA', 'Asserting');
    edge(l, ya);
    edge(ya, claim);
  };
  const evidence = (e: EvidenceItem, to: string) => {
    const who = e.speaker ? `${e.speaker}: ` : '';
    const from = sourcing(e, numbers);
    relate(node('I', `${e.kind}: ${who}${e.text}${from ? ` (${from})` : ''}`), to, 'RA');
  };

  const claimNode = new Map<string, string>();
  for (const issue of model.issues) {
    const question = node('I', `${issue.title}: ${issue.question}`);
    for (const a of model.actors) {
      const p = a.byIssue.get(issue.id);
      if (!p) continue;
      const claim = node('I', p.claim);
      claimNode.set(p.key, claim);
      assert(a.id, a.name, `${stanceWord(p.stance)}. ${p.claim}`, claim);
      const side = stanceSide(p.stance);
      if (side === 1) relate(claim, question, 'RA');
      if (side === -1) relate(claim, question, 'CA');
      for (const e of p.evidence) evidence(e, claim);
      for (const c of p.counterpoints) {
        const against = node('I', c.text);
        relate(against, claim, 'CA');
        if (c.byActor && person.has(c.byActor)) assert(c.byActor, counterpointAuthor(model, c) ?? c.byActor, c.text, against);
        for (const e of c.evidence) evidence(e, against);
      }
    }
  }
  // Responses last, once every claim has its node.
  for (const p of model.positions.values())
    for (const key of p.respondsTo) {
      const target = model.positions.get(key);
      const from = claimNode.get(p.key);
      const to = claimNode.get(key);
      if (target && from && to) relate(from, to, sameSide(p, target) ? 'RA' : 'CA');
    }
  return doc;
}

/** A response supports what it answers only when both take the same side of their questions. */
function sameSide(a: Position, b: Position): boolean {
  const sa = stanceSide(a.stance);
  const sb = stanceSide(b.stance);
  return sa !== null && sb !== null && sa !== 0 && sa === sb;
}

export function renderAif(model: Model, options: { lens?: LensKind } = {}): string {
  return `${safeJson(toAif(model, options))}\n`;
}
