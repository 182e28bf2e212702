// The resolved model as JSON for scripts: references resolved (each evidence
// item carries its source), responses attached both ways, and a version number
// that changes whenever a field changes meaning or goes away.
import { basename, relative } from 'node:path';
import { applyLens, type LensKind } from '../debate/lens.js';
import { countBySeverity } from '../model/diagnostics.js';
import { safeJson } from '../model/sanitize.js';
import type { EvidenceKindT, SourceT, StanceT } from '../model/schema.js';
import type { Counterpoint, EvidenceItem, Location, Model, Position } from '../model/types.js';
import { VERSION } from '../version.js';
import { auditToJson, forestToJson } from './forest-json.js';

export const JSON_FORMAT_VERSION = 1;

export interface JsonLocation {
  /** Relative to the debate folder. */
  file: string;
  line: number;
  col: number;
}

export type JsonSource = SourceT & { number: number };

export interface JsonEvidence {
  kind: EvidenceKindT;
  text: string;
  speaker: string | null;
  /** The source, resolved; null when none is named or the id is not in debate.yaml (see sourceId). */
  source: JsonSource | null;
  sourceId: string | null;
  quote: string | null;
  locator: string | null;
  loc: JsonLocation;
}

export interface JsonCounterpoint {
  by: string | null;
  /** Set when `by` names an actor of this debate. */
  byActor: string | null;
  text: string;
  evidence: JsonEvidence[];
  loc: JsonLocation;
}

export interface JsonPosition {
  key: string;
  id: string;
  actor: string;
  issue: string;
  stance: StanceT;
  claim: string;
  evidence: JsonEvidence[];
  counterpoints: JsonCounterpoint[];
  respondsTo: string[];
  respondedBy: string[];
  loc: JsonLocation;
}

export interface JsonExport {
  formatVersion: typeof JSON_FORMAT_VERSION;
  generator: string;
  lens: LensKind | null;
  debate: { id: string; title: string; question: string; summary: string | null; asOf: string | null; prompts: string[] };
  problems: { errors: number; warnings: number };
  actors: Array<{
    id: string;
    name: string;
    short: string;
    role: string | null;
    people: Array<{ name: string; role: string | null }>;
    file: string;
    stale: boolean;
    /** Keys of this actor's positions, in file order. */
    positions: string[];
  }>;
  issues: Array<{
    id: string;
    title: string;
    question: string;
    summary: string | null;
    prompts: string[];
    /** Actor id → position key, or null when the actor is silent on the issue. */
    positions: Record<string, string | null>;
  }>;
  positions: JsonPosition[];
  sources: JsonSource[];
  /** Agreement between every pair of actors, issues from consensus to divisive, cruxes and drops (docs/forest-reading.md). */
  forest: ReturnType<typeof forestToJson>;
  /** The balance audit, with --audit; null otherwise. */
  audit: ReturnType<typeof auditToJson> | null;
}

export function toJsonExport(source: Model, options: { lens?: LensKind; audit?: boolean } = {}): JsonExport {
  const model = options.lens ? applyLens(source, options.lens) : source;
  const sources = [...model.sources.values()].map((s, i): JsonSource => {
    const { loc: _loc, ...rest } = s;
    return { ...rest, number: i + 1 };
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  const loc = (l: Location): JsonLocation => ({ file: relative(model.dir, l.file) || basename(l.file), line: l.line, col: l.col });
  const evidence = (e: EvidenceItem): JsonEvidence => ({
    kind: e.kind,
    text: e.text,
    speaker: e.speaker ?? null,
    source: (e.source !== undefined && byId.get(e.source)) || null,
    sourceId: e.source ?? null,
    quote: e.quote ?? null,
    locator: e.locator ?? null,
    loc: loc(e.loc),
  });
  const counterpoint = (c: Counterpoint): JsonCounterpoint => ({
    by: c.by ?? null,
    byActor: c.byActor ?? null,
    text: c.text,
    evidence: c.evidence.map(evidence),
    loc: loc(c.loc),
  });
  const position = (p: Position): JsonPosition => ({
    key: p.key,
    id: p.id,
    actor: p.actorId,
    issue: p.issueId,
    stance: p.stance,
    claim: p.claim,
    evidence: p.evidence.map(evidence),
    counterpoints: p.counterpoints.map(counterpoint),
    respondsTo: [...p.respondsTo],
    respondedBy: [...p.respondedBy],
    loc: loc(p.loc),
  });
  return {
    formatVersion: JSON_FORMAT_VERSION,
    generator: `standpoint ${VERSION}`,
    lens: options.lens ?? null,
    debate: {
      id: basename(model.dir),
      title: model.title,
      question: model.question,
      summary: model.summary ?? null,
      asOf: model.asOf ?? null,
      prompts: [...model.prompts],
    },
    problems: countBySeverity(model.diagnostics),
    actors: model.actors.map((a) => ({
      id: a.id,
      name: a.name,
      short: a.short,
      role: a.role ?? null,
      people: a.people.map((p) => ({ name: p.name, role: p.role ?? null })),
      file: relative(model.dir, a.file) || basename(a.file),
      stale: Boolean(a.stale),
      positions: a.positions.map((p) => p.key),
    })),
    issues: model.issues.map((i) => ({
      id: i.id,
      title: i.title,
      question: i.question,
      summary: i.summary ?? null,
      prompts: [...i.prompts],
      positions: Object.fromEntries(model.actors.map((a) => [a.id, a.byIssue.get(i.id)?.key ?? null])),
    })),
    // Actor order, then each actor's file order: stable for diffs.
    positions: model.actors.flatMap((a) => a.positions.map(position)),
    sources,
    forest: forestToJson(source),
    audit: options.audit ? auditToJson(source) : null,
  };
}

export function renderJson(model: Model, options: { lens?: LensKind; audit?: boolean } = {}): string {
  return `${safeJson(toJsonExport(model, options))}\n`;
}
