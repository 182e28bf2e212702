// Joins the validated files into one model: checks every reference across
// files (issues, sources, actors, positions), rejects duplicate ids, and
// precomputes the reverse links that the views need.
import type { Diagnostic } from './diagnostics.js';
import type { ActorFile, Loaded } from './loading.js';
import { singleLine } from './sanitize.js';
import type { DebateT } from './schema.js';
import { closest, didYouMean, idByTitle } from './suggest.js';
import type { Actor, Issue, Location, Model, Position, Source } from './types.js';
import { orOneOf, problem, wasDropped } from './unknown-refs.js';

export function resolveModel(
  dir: string,
  file: string,
  debate: Loaded<DebateT> | undefined,
  actorFiles: readonly ActorFile[],
  diagnostics: Diagnostic[],
  previous?: Model,
): Model {
  const d = debate?.value;
  const model: Model = {
    dir,
    file,
    // Without a title the folder's name stands in: a name is untrusted text too.
    title: d?.title ?? (singleLine(dir.split(/[\\/]/).pop() ?? '') || 'debate'),
    question: d?.question ?? '',
    summary: d?.summary,
    asOf: d?.as_of,
    issues: [],
    actors: [],
    sources: new Map(),
    prompts: [],
    positions: new Map(),
    diagnostics: [],
  };
  const issues = new Map<string, Issue>();
  const droppedInDebate = new Set([...(debate?.dropped.values() ?? [])].flatMap((ids) => [...ids]));
  if (debate && d) {
    for (const [i, raw] of d.issues.entries()) {
      if (issues.has(raw.id)) {
        problem(
          diagnostics,
          debate.at(['issues', i, 'id']),
          'duplicate-id',
          `Issue id "${raw.id}" is used twice: give each issue its own id.`,
        );
        continue;
      }
      const issue: Issue = { ...raw, prompts: [], loc: debate.at(['issues', i]) };
      issues.set(raw.id, issue);
      model.issues.push(issue);
    }
    for (const [i, raw] of (d.sources ?? []).entries()) {
      if (model.sources.has(raw.id)) {
        problem(
          diagnostics,
          debate.at(['sources', i, 'id']),
          'duplicate-id',
          `Source id "${raw.id}" is used twice: give each source its own id.`,
        );
        continue;
      }
      const source: Source = { ...raw, loc: debate.at(['sources', i]) };
      if (raw.text !== undefined) source.textLoc = debate.at(['sources', i, 'text']);
      model.sources.set(raw.id, source);
    }
    for (const [i, p] of (d.discussion ?? []).entries()) {
      if (p.issue === undefined) {
        model.prompts.push(p.prompt);
        continue;
      }
      const issue = issues.get(p.issue);
      if (issue) issue.prompts.push(p.prompt);
      else if (!wasDropped(p.issue, droppedInDebate))
        problem(
          diagnostics,
          debate.at(['discussion', i, 'issue']),
          'unknown-issue',
          `No issue "${p.issue}" in this debate.${didYouMean(p.issue, issues.keys()) || orOneOf(issues.keys(), 'issue')}`,
        );
    }
  }

  // Actors: a file with errors of its own, whatever they are, falls back as a
  // whole to its last good version, flagged stale (live reload). With none (a
  // file broken since it was opened), what of it loads is shown, as at start.
  const prevById = new Map(previous?.actors.map((a) => [a.id, a]));
  const pending: Array<{ actor: Actor; refs: Array<{ from: Position; ref: string; loc: Location }> }> = [];
  // Positions written in a file but not in the model (their own errors are reported already).
  const missing = new Map<string, Set<string>>();
  for (const af of actorFiles) {
    const built = af.built;
    const prev = prevById.get(af.id);
    if ((!built || af.broken) && prev && !prev.broken) {
      pending.push({ actor: staleCopy(prev), refs: [] });
      continue;
    }
    if (!built) continue;
    if (af.broken) built.actor.broken = true;
    missing.set(af.id, built.skipped);
    pending.push(built);
  }
  const actorIds = new Set(pending.map((p) => p.actor.id));
  // People write the name they see on screen: "chamber-of-trade" for the actor "traders" named "Chamber of Trade".
  const actorNames = pending.map(({ actor: a }) => [a.id, a.name, a.short]);
  const byName = (text: string, fuzzy: boolean) => {
    const id = idByTitle(text, actorNames, fuzzy);
    return id === undefined || id === text ? '' : ` "${text}" reads like the name of actor "${id}": its id is "${id}".`;
  };
  // Every actor with a file, loaded or not: a broken file must not make its references look wrong.
  const fileIds = new Set(actorFiles.map((a) => a.id));
  const stale = new Set(pending.filter((p) => p.actor.stale).map((p) => p.actor.id));

  // Column order: as listed in debate.yaml, then the rest by id.
  const order = new Map<string, number>();
  d?.actors?.forEach((id, i) => {
    if (!fileIds.has(id) && debate) {
      problem(
        diagnostics,
        debate.at(['actors', i]),
        'unknown-actor',
        `No actor file "${id}.yaml" in this folder.${byName(id, false) || didYouMean(id, fileIds) || ` Add the file, or remove "${id}" from actors.`}`,
        'warning',
      );
    }
    if (!order.has(id)) order.set(id, i);
  });
  pending.sort((a, b) => {
    const oa = order.get(a.actor.id) ?? Number.MAX_SAFE_INTEGER;
    const ob = order.get(b.actor.id) ?? Number.MAX_SAFE_INTEGER;
    return oa - ob || (a.actor.id < b.actor.id ? -1 : 1);
  });
  for (const { actor } of pending) {
    model.actors.push(actor);
    for (const p of actor.positions) model.positions.set(p.key, p);
  }

  // Stale actors keep the links they had, as far as their targets still exist.
  for (const p of model.positions.values()) p.respondsTo = p.respondsTo.filter((k) => model.positions.has(k));
  for (const { actor, refs } of pending) {
    for (const { from, ref, loc } of refs) {
      // A reference holds one slash at most (schema.ts): with one, it is the position's key as it stands.
      const slash = ref.indexOf('/');
      const key = slash === -1 ? `${actor.id}/${ref}` : ref;
      if (key === from.key) {
        problem(
          diagnostics,
          loc,
          'self-reference',
          `Position "${from.id}" cannot respond to itself: remove it, or point to another actor's position.`,
        );
        continue;
      }
      // A bare id is read as a position of this file; here it names an actor, by id or by name.
      const named =
        slash !== -1 || actor.positions.some((p) => p.id === ref) ? undefined : fileIds.has(ref) ? ref : idByTitle(ref, actorNames, false);
      if (named !== undefined && actorIds.has(named) && !stale.has(named)) {
        const theirs = model.actors.find((a) => a.id === named)?.positions.map((p) => `"${named}/${p.id}"`) ?? [];
        const list =
          theirs.length === 0 ? ` "${named}" has no position yet.` : theirs.length > 8 ? '' : ` Its positions: ${theirs.join(', ')}.`;
        problem(
          diagnostics,
          loc,
          'unknown-position',
          `"${ref}" is ${named === ref ? 'an actor' : `the actor "${named}"`}, not a position: to answer an actor, name one of its positions, as "${named}/<position-id>".${list}`,
        );
        continue;
      }
      // A position found is one of an actor with a file: only a reference to none needs its parts.
      const target = model.positions.get(key);
      if (!target) {
        const actorId = slash === -1 ? actor.id : ref.slice(0, slash);
        const posId = ref.slice(slash + 1);
        if (!fileIds.has(actorId)) {
          problem(
            diagnostics,
            loc,
            'unknown-actor',
            `No actor "${actorId}" in this debate.${byName(actorId, false) || didYouMean(actorId, fileIds) || byName(actorId, true) || orOneOf(fileIds, 'actor')}`,
          );
          continue;
        }
        if (!actorIds.has(actorId) || stale.has(actorId) || wasDropped(posId, missing.get(actorId))) continue;
        const ids = model.actors.find((a) => a.id === actorId)?.positions.map((p) => p.id) ?? [];
        problem(
          diagnostics,
          loc,
          'unknown-position',
          `Actor "${actorId}" has no position "${posId}".${didYouMean(posId, ids) || orOneOf(ids, 'position')}`,
        );
        continue;
      }
      if (from.respondsTo.includes(key)) {
        // Listed twice, it would show twice under the position it answers.
        problem(diagnostics, loc, 'duplicate-reference', `"${ref}" is already listed in responds_to: remove this one.`, 'warning');
        continue;
      }
      from.respondsTo = withAdded(from.respondsTo, key);
    }
  }
  for (const p of model.positions.values()) {
    for (const key of p.respondsTo) {
      const target = model.positions.get(key);
      if (target) target.respondedBy = withAdded(target.respondedBy, p.key);
    }
  }

  // Counterpoint authors that look like a misspelt actor id.
  for (const actor of model.actors) {
    for (const p of actor.positions) {
      for (const c of p.counterpoints) {
        if (!c.by) continue;
        if (actorIds.has(c.by)) c.byActor = c.by;
        else if (!fileIds.has(c.by)) {
          const near = closest(c.by, fileIds);
          if (near && near !== c.by && /^[a-z0-9-]+$/.test(c.by))
            problem(
              diagnostics,
              c.loc,
              'unknown-actor',
              `"by: ${c.by}" is not an actor here. Did you mean "${near}"? Free text such as "critics" is fine too.`,
              'warning',
            );
        }
      }
    }
  }
  return model;
}

/**
 * The list with `item` added: a first item in a list of its own size (most
 * positions answer, and are answered by, one or none), as a push would give
 * it room for 16 more, in every position of a large debate.
 */
function withAdded(list: string[], item: string): string[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/** The last good version of an actor whose file is now broken, detached from the old model. */
function staleCopy(prev: Actor): Actor {
  const positions = prev.positions.map((p) => ({ ...p, respondedBy: [] }));
  return { ...prev, stale: true, positions, byIssue: new Map(positions.map((p) => [p.issueId, p])) };
}
