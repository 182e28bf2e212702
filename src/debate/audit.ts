// The balance audit: how evenly the debate itself was built, actor by actor,
// and the asymmetries a teacher should know about, in plain words.
import type { EvidenceKindT, SourceT } from '../model/schema.js';
import { EVIDENCE_KINDS, SOURCE_KINDS } from '../model/terms.js';
import type { Actor, EvidenceItem, Model } from '../model/types.js';
import { plural } from '../text/measure.js';
import { memoOnModel } from './memo.js';

type SourceKind = SourceT['kind'];

export interface ActorAudit {
  actor: Actor;
  /** Issues with a position, "unclear" included. */
  addressed: number;
  /** Of those, positions whose stance is "unclear". */
  unclear: number;
  /** Issues with no position at all. */
  silent: number;
  /** Evidence under the actor's own positions (not under counterpoints to them). */
  evidence: number;
  byKind: Record<EvidenceKindT, number>;
  /** Distinct source ids its evidence cites (known to debate.yaml or not). */
  sources: string[];
  sourceKinds: Partial<Record<SourceKind, number>>;
  /** Evidence items that name no source. */
  unsourced: number;
  quotesWithSpeaker: number;
  quotesWithoutSpeaker: number;
  /** Counterpoints it makes (`by:` names it) under other actors' positions. */
  counterpointsGiven: number;
  /** Counterpoints under its own positions, by anyone. */
  counterpointsReceived: number;
  /** `responds_to` entries from its positions, and to them. */
  responsesGiven: number;
  responsesReceived: number;
}

export interface Audit {
  actors: ActorAudit[];
  /** Plain sentences, most telling first. */
  asymmetries: string[];
}

export const auditDebate = memoOnModel((model: Model): Audit => {
  const given = new Map<string, number>();
  for (const p of model.positions.values())
    for (const c of p.counterpoints) if (c.byActor && c.byActor !== p.actorId) given.set(c.byActor, (given.get(c.byActor) ?? 0) + 1);
  const actors = model.actors.map((actor) => auditActor(model, actor, given.get(actor.id) ?? 0));
  return { actors, asymmetries: asymmetries(model, actors) };
});

function auditActor(model: Model, actor: Actor, counterpointsGiven: number): ActorAudit {
  const items: EvidenceItem[] = actor.positions.flatMap((p) => p.evidence);
  const byKind = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKindT, number>;
  const sources = new Set<string>();
  let unsourced = 0;
  let quotesWithSpeaker = 0;
  let quotesWithoutSpeaker = 0;
  for (const e of items) {
    byKind[e.kind]++;
    if (e.source === undefined) unsourced++;
    else sources.add(e.source);
    if (e.kind === 'quote') {
      if (e.speaker) quotesWithSpeaker++;
      else quotesWithoutSpeaker++;
    }
  }
  const sourceKinds: Partial<Record<SourceKind, number>> = {};
  for (const id of sources) {
    const kind = model.sources.get(id)?.kind;
    if (kind) sourceKinds[kind] = (sourceKinds[kind] ?? 0) + 1;
  }
  const addressed = model.issues.filter((i) => actor.byIssue.has(i.id)).length;
  return {
    actor,
    addressed,
    unclear: actor.positions.filter((p) => p.stance === 'unclear').length,
    silent: model.issues.length - addressed,
    evidence: items.length,
    byKind,
    sources: [...sources],
    sourceKinds: Object.fromEntries(SOURCE_KINDS.filter((k) => sourceKinds[k]).map((k) => [k, sourceKinds[k]])),
    unsourced,
    quotesWithSpeaker,
    quotesWithoutSpeaker,
    counterpointsGiven,
    counterpointsReceived: actor.positions.reduce((n, p) => n + p.counterpoints.length, 0),
    responsesGiven: actor.positions.reduce((n, p) => n + p.respondsTo.length, 0),
    responsesReceived: actor.positions.reduce((n, p) => n + p.respondedBy.length, 0),
  };
}

/** A gap is worth a sentence when the larger side has at least twice the smaller, and 3 more. */
function gap(big: number, small: number): boolean {
  return big >= 2 * small && big - small >= 3;
}

/** Extremes among the actors by a measure: [most, least] (first in model order on ties). */
function extremes(list: readonly ActorAudit[], measure: (a: ActorAudit) => number): [ActorAudit, ActorAudit] {
  let most = list[0] as ActorAudit;
  let least = most;
  for (const a of list) {
    if (measure(a) > measure(most)) most = a;
    if (measure(a) < measure(least)) least = a;
  }
  return [most, least];
}

/** "Critics'", "US administration's". */
function of(a: ActorAudit): string {
  const name = a.actor.short;
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

function asymmetries(model: Model, list: readonly ActorAudit[]): string[] {
  const out: string[] = [];
  if (list.length === 0) return out;
  const items = (n: number) => `${n} evidence ${n === 1 ? 'item' : 'items'}`;

  const [richest, poorest] = extremes(list, (a) => a.evidence);
  if (list.length > 1 && gap(richest.evidence, poorest.evidence))
    out.push(`${of(richest)} positions carry ${items(richest.evidence)}, ${of(poorest)} ${poorest.evidence}.`);

  for (const a of list) {
    // Framing or contested claims carrying more than half of at least three items: the case rests on them.
    for (const kind of ['interpretation', 'claim'] as const) {
      const n = a.byKind[kind];
      if (a.evidence < 3 || n * 2 <= a.evidence) continue;
      const from = new Set(a.actor.positions.flatMap((p) => p.evidence.filter((e) => e.kind === kind).map((e) => e.source)));
      const only = from.size === 1 ? [...from][0] : undefined;
      const what = kind === 'claim' ? 'contested claims' : 'interpretation';
      out.push(`${n} of ${of(a)} ${items(a.evidence)} are ${what}${only ? `, all from source "${only}"` : ''}.`);
    }
  }

  const clear = (a: ActorAudit) => a.addressed - a.unclear;
  const [mostClear, leastClear] = extremes(list, clear);
  if (list.length > 1 && clear(mostClear) - clear(leastClear) >= Math.max(2, Math.ceil(model.issues.length / 3)))
    out.push(
      `${of(leastClear)} positions take a clear stance on ${clear(leastClear)} of ${model.issues.length} issues, ${of(mostClear)} on ${clear(mostClear)}.`,
    );

  const rec = (a: ActorAudit) => a.counterpointsReceived + a.responsesReceived;
  const [heard, unheard] = extremes(list, rec);
  if (list.length > 1 && gap(rec(heard), rec(unheard)))
    out.push(`${of(heard)} positions are answered ${rec(heard)} times (counterpoints and responses), ${of(unheard)} ${rec(unheard)}.`);

  for (const a of list) {
    const quotes = a.quotesWithSpeaker + a.quotesWithoutSpeaker;
    const name = (n: number) => (n === 1 ? 'names' : 'name');
    if (a.quotesWithoutSpeaker > 0)
      out.push(`${a.quotesWithoutSpeaker} of ${of(a)} ${quotes} quotes ${name(a.quotesWithoutSpeaker)} no speaker.`);
    if (a.unsourced > 0) out.push(`${a.unsourced} of ${of(a)} ${items(a.evidence)} ${name(a.unsourced)} no source.`);
  }

  const [wide, narrow] = extremes(list, (a) => a.sources.length);
  if (list.length > 1 && wide.sources.length >= 2 && narrow.sources.length <= 1 && narrow.evidence > 0)
    out.push(`${of(narrow)} evidence cites ${narrow.sources.length} source, ${of(wide)} ${wide.sources.length}.`);
  if (model.sources.size === 1 && list.some((a) => a.evidence > 0))
    out.push(
      `All evidence comes from one source ("${[...model.sources.keys()][0]}"): the debate shows each side only as that source reports it.`,
    );
  return out;
}

/** One actor's audit as labelled lines, for the `audit` command and the audit screen. */
export function actorAuditLines(a: ActorAudit, issues: number): Array<[string, string]> {
  const kinds = Object.entries(a.byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const sourceKinds = Object.entries(a.sourceKinds)
    .map(([k, n]) => `${n} ${k.replace('-', ' ')}`)
    .join(', ');
  return [
    ['Issues', `${a.addressed} of ${issues} addressed${a.unclear ? ` (${a.unclear} of them unclear)` : ''}, ${a.silent} silent`],
    ['Evidence', `${plural(a.evidence, 'item')}${kinds ? `: ${kinds}` : ''}${a.unsourced ? `; ${a.unsourced} with no source` : ''}`],
    ['Sources', `${plural(a.sources.length, 'source')} cited${sourceKinds ? `: ${sourceKinds}` : ''}`],
    ['Quotes', `${a.quotesWithSpeaker} with a speaker, ${a.quotesWithoutSpeaker} without`],
    ['Counterpoints', `${a.counterpointsGiven} given, ${a.counterpointsReceived} received`],
    ['Responses', `${a.responsesGiven} given (responds_to), ${a.responsesReceived} received`],
  ];
}
