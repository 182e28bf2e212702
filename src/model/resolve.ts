// Joins the validated files into one model: checks every reference across
// files (issues, sources, actors, positions), rejects duplicate ids, and
// precomputes the reverse links that the views need.
import type { Diagnostic } from './diagnostics.js';
import type { ActorFile, BuiltActor, Known, Loaded } from './loading.js';
import type { PathSegment } from './locate.js';
import { singleLine } from './sanitize.js';
import type { ActorT, DebateT, EvidenceT } from './schema.js';
import { closest, didYouMean, idByTitle } from './suggest.js';
import type { Actor, EvidenceItem, Issue, Location, Model, Position, Source } from './types.js';
import type { Names } from './validate.js';

function problem(diagnostics: Diagnostic[], loc: Location, rule: string, message: string, severity: 'error' | 'warning' = 'error') {
  diagnostics.push({ ...loc, severity, rule, message });
}

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
      const [actorId, posId] = ref.includes('/') ? (ref.split('/') as [string, string]) : [actor.id, ref];
      const key = `${actorId}/${posId}`;
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
        ref.includes('/') || actor.positions.some((p) => p.id === ref)
          ? undefined
          : fileIds.has(ref)
            ? ref
            : idByTitle(ref, actorNames, false);
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
      if (!fileIds.has(actorId)) {
        problem(
          diagnostics,
          loc,
          'unknown-actor',
          `No actor "${actorId}" in this debate.${byName(actorId, false) || didYouMean(actorId, fileIds) || byName(actorId, true) || orOneOf(fileIds, 'actor')}`,
        );
        continue;
      }
      const target = model.positions.get(key);
      if (!target) {
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
      from.respondsTo.push(key);
    }
  }
  for (const p of model.positions.values()) {
    for (const key of p.respondsTo) model.positions.get(key)?.respondedBy.push(p.key);
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
 * What an actor file is checked against, from debate.yaml alone, so that each
 * actor can be built as soon as its file is read (see load.ts) and the file's
 * data let go. The same ids, in the same order, as resolveModel's own maps.
 */
export function knownFrom(debate: Loaded<DebateT> | undefined): Known {
  const d = debate?.value;
  return {
    knowIssues: debate !== undefined,
    issues: new Set(d?.issues.map((i) => i.id)),
    sources: debate ? new Set(d?.sources?.map((s) => s.id)) : undefined,
    dropped: new Set([...(debate?.dropped.values() ?? [])].flatMap((ids) => [...ids])),
    names: {
      issue: d?.issues.map((i) => [i.id, i.title]) ?? [],
      source: d?.sources?.map((s) => [s.id, s.title]) ?? [],
    },
  };
}

/** What the actor files are checked against when debate.yaml is broken and its last good version is shown. */
export function knownFromModel(model: Model): Known {
  return { knowIssues: true, issues: new Set(model.issues.map((i) => i.id)), sources: new Set(model.sources.keys()), dropped: new Set() };
}

export function buildActor(
  id: string,
  loaded: Loaded<ActorT>,
  knowIssues: boolean,
  known: Omit<Known, 'knowIssues'>,
  diagnostics: Diagnostic[],
): BuiltActor {
  const { issues, sources } = known;
  const v = loaded.value;
  const at = loaded.at;
  const actor: Actor = {
    id,
    name: v.name,
    short: v.short ?? v.name,
    role: v.role,
    people: v.people ?? [],
    positions: [],
    byIssue: new Map(),
    file: loaded.file,
    loc: at(['positions']),
  };
  const refs: Array<{ from: Position; ref: string; loc: Location }> = [];
  const ids = new Set<string>();
  const skipped = new Set(loaded.dropped.get('positions'));
  for (const [i, raw] of v.positions.entries()) {
    const base: PathSegment[] = ['positions', i];
    if (ids.has(raw.id)) {
      problem(
        diagnostics,
        at([...base, 'id']),
        'duplicate-id',
        `Position id "${raw.id}" is used twice in this file: give each position its own id.`,
      );
      continue;
    }
    ids.add(raw.id);
    if (knowIssues && !issues.has(raw.issue)) {
      skipped.add(raw.id);
      if (wasDropped(raw.issue, known.dropped)) continue;
      problem(
        diagnostics,
        at([...base, 'issue']),
        'unknown-issue',
        `No issue "${raw.issue}" in debate.yaml.${byTitle(raw.issue, 'issue', known.names, false) || didYouMean(raw.issue, issues.keys()) || byTitle(raw.issue, 'issue', known.names, true) || orOneOf(issues.keys(), 'issue')}${addTo('issue')}`,
      );
      continue;
    }
    const taken = actor.byIssue.get(raw.issue);
    if (taken) {
      skipped.add(raw.id);
      problem(
        diagnostics,
        at([...base, 'issue']),
        'duplicate-position',
        `"${id}" already has a position on "${raw.issue}" ("${taken.id}"): keep one position per issue and merge the claims.`,
      );
      continue;
    }
    const evidence = (list: readonly EvidenceT[] | undefined, path: PathSegment[]) =>
      (list ?? []).map((e, j): EvidenceItem => {
        const loc = at([...path, j]);
        if (e.source !== undefined && sources && !sources.has(e.source) && !wasDropped(e.source, known.dropped)) {
          problem(
            diagnostics,
            at([...path, j, 'source']),
            'unknown-source',
            `No source "${e.source}" in debate.yaml.${byTitle(e.source, 'source', known.names, false) || didYouMean(e.source, sources.keys()) || byTitle(e.source, 'source', known.names, true) || orOneOf(sources.keys(), 'source')}${addTo('source')}`,
          );
        }
        // Not a spread: in a spot this hot, V8 gives each spread copy a hidden class of its own.
        const item: EvidenceItem = Object.assign({}, e, { loc });
        // The quote checks point at the words themselves; only items with words to check pay for the lookup.
        if (e.quote !== undefined) item.quoteLoc = at([...path, j, 'quote']);
        if (e.kind === 'quote') item.textLoc = at([...path, j, 'text']);
        return item;
      });
    const position: Position = {
      key: `${id}/${raw.id}`,
      id: raw.id,
      actorId: id,
      issueId: raw.issue,
      stance: raw.stance,
      claim: raw.claim,
      evidence: evidence(raw.evidence, [...base, 'evidence']),
      counterpoints: (raw.counterpoints ?? []).map((c, k) => ({
        by: c.by,
        text: c.text,
        evidence: evidence(c.evidence, [...base, 'counterpoints', k, 'evidence']),
        loc: at([...base, 'counterpoints', k]),
      })),
      respondsTo: [],
      respondedBy: [],
      loc: at(base),
    };
    raw.responds_to?.forEach((ref, k) => {
      refs.push({ from: position, ref, loc: at([...base, 'responds_to', k]) });
    });
    actor.positions.push(position);
    actor.byIssue.set(raw.issue, position);
  }
  return { actor, refs, skipped };
}

/** When a title was written where its id belongs: that id. */
function byTitle(text: string, field: string, names: Names | undefined, fuzzy: boolean): string {
  const id = idByTitle(text, names?.[field] ?? [], fuzzy);
  return id === undefined || id === text ? '' : ` "${text}" reads like the title of ${field} "${id}": write its id, ${field}: ${id}.`;
}

/** Where a new issue or source is added. */
function addTo(what: 'issue' | 'source'): string {
  return ` To add a new ${what}, list it in debate.yaml under "${what}s:" (or run: standpoint new ${what} ID).`;
}

/** When no id is close enough for "did you mean": the ones there are, if few, and what to do. */
function orOneOf(ids: Iterable<string>, what: string): string {
  const all = [...ids];
  if (all.length === 0) return ` There is no ${what} yet: add it first.`;
  if (all.length > 8) return ` Use the id of an existing ${what}, or add this one.`;
  return ` Use one of ${all.map((i) => `"${i}"`).join(', ')}, or add this ${what}.`;
}

/**
 * Whether `id` names an item that failed validation, and so was reported
 * already: written there as is, or mistyped there ("co st" for "cost").
 */
function wasDropped(id: string, dropped: ReadonlySet<string> | undefined): boolean {
  return dropped !== undefined && dropped.size > 0 && (dropped.has(id) || closest(id, dropped) !== undefined);
}

/** The last good version of an actor whose file is now broken, detached from the old model. */
function staleCopy(prev: Actor): Actor {
  const positions = prev.positions.map((p) => ({ ...p, respondedBy: [] }));
  return { ...prev, stale: true, positions, byIssue: new Map(positions.map((p) => [p.issueId, p])) };
}
