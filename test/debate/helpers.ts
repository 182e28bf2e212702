import { join } from 'node:path';
import type { StanceT } from '../../src/model/schema.js';
import type { Actor, Issue, Model, Position } from '../../src/model/types.js';

/** A debate made to have one crux, some drops and a pair with too little overlap. */
export const ALLIES = join(import.meta.dirname, '../fixtures/forest/allies');

const loc = { file: '/x.yaml', line: 1, col: 1 };
export const ISSUES = ['i0', 'i1', 'i2', 'i3', 'i4'];

/** One actor's stances by issue index; undefined is silence. */
export type Spec = Array<StanceT | undefined>;

export function build(specs: Spec[], names = specs.map((_, i) => `a${i}`)): Model {
  const issues: Issue[] = ISSUES.map((id) => ({ id, title: id, question: `${id}?`, prompts: [], loc }));
  const positions = new Map<string, Position>();
  const actors: Actor[] = specs.map((spec, i) => {
    const id = names[i] as string;
    const actor: Actor = { id, name: id, short: id, people: [], positions: [], byIssue: new Map(), file: `/${id}.yaml`, loc };
    spec.forEach((stance, k) => {
      if (!stance) return;
      const p: Position = {
        key: `${id}/p${k}`,
        id: `p${k}`,
        actorId: id,
        issueId: ISSUES[k] as string,
        stance,
        claim: 'c',
        evidence: [],
        counterpoints: [],
        respondsTo: [],
        respondedBy: [],
        loc,
      };
      actor.positions.push(p);
      actor.byIssue.set(p.issueId, p);
      positions.set(p.key, p);
    });
    return actor;
  });
  return {
    dir: '/',
    file: '/debate.yaml',
    title: 't',
    question: 'q',
    issues,
    actors,
    sources: new Map(),
    prompts: [],
    positions,
    diagnostics: [],
  };
}
