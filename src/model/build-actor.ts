// An actor built as soon as its file is read and validated, checked against
// what debate.yaml declares (issues, sources), so the file's data can be let go;
// resolve.ts then links the actors to each other.
import type { Diagnostic } from './diagnostics.js';
import type { BuiltActor, Known, Loaded } from './loading.js';
import type { PathSegment } from './locate.js';
import type { ActorT, DebateT, EvidenceT } from './schema.js';
import { didYouMean, idByTitle } from './suggest.js';
import type { Actor, EvidenceItem, Location, Model, Position } from './types.js';
import { orOneOf, problem, wasDropped } from './unknown-refs.js';
import type { Names } from './validate.js';

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
        // The validated item itself, which nothing else holds (load.ts drops the
        // file's data once built): a copy for every item of every file is measurable.
        const item = e as EvidenceItem;
        item.loc = loc;
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
