// The forest and the audit as data for scripts; also carried by `export --format json`.
import { basename, relative } from 'node:path';
import { auditDebate } from '../debate/audit.js';
import { forestOf, pairsOf } from '../debate/forest.js';
import type { Location, Model } from '../model/types.js';

function rel(model: Model, l: Location) {
  return { file: relative(model.dir, l.file) || basename(l.file), line: l.line, col: l.col };
}

export function forestToJson(model: Model) {
  const forest = forestOf(model);
  return {
    agreement: pairsOf(forest.grid).map((p) => ({
      a: p.a.id,
      b: p.b.id,
      counts: p.counts,
      /** null: too little overlap. */
      score: p.score ?? null,
      glyph: p.band.glyph,
      words: p.band.word,
    })),
    issues: forest.ranking.map((s) => ({
      issue: s.issue.id,
      title: s.issue.title,
      spread: s.spread ?? null,
      pairs: s.pairs,
      stances: s.stances,
      silent: s.silent,
      reason: s.reason,
    })),
    cruxes: forest.cruxes.map((c) => ({
      issue: c.issue.id,
      title: c.issue.title,
      reason: c.reason,
      splits: c.splits.map((s) => ({ a: s.a.id, b: s.b.id, elsewhere: s.elsewhere, score: s.score })),
    })),
    // Grouped by the actor's own position, where the answers would go: at 200 actors there are hundreds of thousands.
    drops: forest.drops.map((d) => {
      const byOwn = new Map<string, { issue: string; own: string; at: ReturnType<typeof rel>; positions: string[] }>();
      for (const x of d.drops) {
        let group = byOwn.get(x.own.key);
        if (!group) byOwn.set(x.own.key, (group = { issue: x.own.issueId, own: x.own.key, at: rel(model, x.at), positions: [] }));
        group.positions.push(x.unanswered.key);
      }
      return { actor: d.actor.id, answered: d.answered, unanswered: [...byOwn.values()] };
    }),
  };
}

export function auditToJson(model: Model) {
  const audit = auditDebate(model);
  return {
    actors: audit.actors.map(({ actor, ...rest }) => ({ actor: actor.id, ...rest })),
    asymmetries: audit.asymmetries,
  };
}
