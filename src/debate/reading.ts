// Derived data the views and the reducer need, computed once per model (and
// per issue, lazily) so a key press never rescans the whole debate.
import type { Actor, Counterpoint, EvidenceItem, Issue, Model, Position } from '../model/types.js';
import { evidenceNumber } from './lensed.js';

export type ItemKind = 'claim' | 'evidence' | 'counterpoint' | 'response';

/** One thing a reader can focus in the issue view. Its id survives a reload. */
export interface Item {
  id: string;
  kind: ItemKind;
  actorId: string;
  issueId: string;
  /** The position the item sits under. */
  position: Position;
  /** Index among the position's items of the same kind that the lens shows (the id counts evidence without the lens). */
  index: number;
  evidence?: EvidenceItem;
  counterpoint?: Counterpoint;
  /** For a response: the other actor's position that answers `position`. */
  response?: Position;
  /** Place in the issue's reading order (step-through reveals in this order). */
  reading: number;
}

export interface IssueColumn {
  actor: Actor;
  position?: Position;
  items: Item[];
}

export interface IssueData {
  issue: Issue;
  columns: IssueColumn[];
  /** Claims first, then evidence, then counterpoints and responses. */
  order: Item[];
  byId: Map<string, { item: Item; column: number; row: number }>;
}

export function itemId(position: Position, kind: ItemKind, index: number, response?: Position): string {
  if (kind === 'claim') return `${position.key}#claim`;
  if (kind === 'response' && response) return `${position.key}#response/${response.key}`;
  return `${position.key}#${kind}/${index}`;
}

function perModel<V>(): (model: Model, make: () => V) => V {
  const cache = new WeakMap<Model, V>();
  return (model, make) => {
    let v = cache.get(model);
    if (v === undefined) {
      v = make();
      cache.set(model, v);
    }
    return v;
  };
}

const issueIndexCache = perModel<Map<string, number>>();
const actorIndexCache = perModel<Map<string, number>>();
const issueDataCache = perModel<Map<string, IssueData>>();

export function issueIndex(model: Model, id: string | undefined): number {
  if (id === undefined) return -1;
  return issueIndexCache(model, () => new Map(model.issues.map((x, i) => [x.id, i]))).get(id) ?? -1;
}

export function actorIndex(model: Model, id: string | undefined): number {
  if (id === undefined) return -1;
  return actorIndexCache(model, () => new Map(model.actors.map((x, i) => [x.id, i]))).get(id) ?? -1;
}

export function issueData(model: Model, issueId: string): IssueData | undefined {
  const cache = issueDataCache(model, () => new Map());
  let data = cache.get(issueId);
  if (data) return data;
  const issue = model.issues[issueIndex(model, issueId)];
  if (!issue) return undefined;
  data = buildIssue(model, issue);
  cache.set(issueId, data);
  return data;
}

function buildIssue(model: Model, issue: Issue): IssueData {
  const columns: IssueColumn[] = [];
  const claims: Item[] = [];
  const evidence: Item[] = [];
  const answers: Item[] = [];
  for (const actor of model.actors) {
    const position = actor.byIssue.get(issue.id);
    const items: Item[] = [];
    if (position) {
      // Literals rather than spreads of a shared base: a spread in a hot spot gives
      // every object a hidden class of its own in V8 (memory, and slow lookups).
      const base = (id: string, kind: ItemKind, index: number): Item => ({
        id,
        kind,
        actorId: actor.id,
        issueId: issue.id,
        position,
        index,
        reading: 0,
      });
      const claim = base(itemId(position, 'claim', 0), 'claim', 0);
      items.push(claim);
      claims.push(claim);
      position.evidence.forEach((e, i) => {
        const item = Object.assign(base(itemId(position, 'evidence', evidenceNumber(model, position, i)), 'evidence', i), { evidence: e });
        items.push(item);
        evidence.push(item);
      });
      position.counterpoints.forEach((c, i) => {
        const item = Object.assign(base(itemId(position, 'counterpoint', i), 'counterpoint', i), { counterpoint: c });
        items.push(item);
        answers.push(item);
      });
      position.respondedBy.forEach((key, i) => {
        const response = model.positions.get(key);
        if (!response) return;
        const item = Object.assign(base(itemId(position, 'response', i, response), 'response', i), { response });
        items.push(item);
        answers.push(item);
      });
    }
    columns.push({ actor, position, items });
  }
  const order = [...claims, ...evidence, ...answers];
  order.forEach((item, i) => {
    item.reading = i;
  });
  const byId = new Map<string, { item: Item; column: number; row: number }>();
  columns.forEach((c, column) => {
    c.items.forEach((item, row) => {
      byId.set(item.id, { item, column, row });
    });
  });
  return { issue, columns, order, byId };
}

/** How many of a column's items are shown when the first `reveal` items of the issue are. */
export function revealedInColumn(column: IssueColumn, reveal: number | null): number {
  if (reveal === null) return column.items.length;
  // A column's items are in reading order, so the shown ones are a prefix.
  let lo = 0;
  let hi = column.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((column.items[mid] as Item).reading < reveal) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The issue an item id belongs to, and the item, when it still exists. */
export function findItem(model: Model, issueId: string | undefined, id: string | undefined) {
  if (issueId === undefined || id === undefined) return undefined;
  return issueData(model, issueId)?.byId.get(id);
}

// --- search -------------------------------------------------------------

export interface SearchEntry {
  itemId: string;
  issueId: string;
  actorId: string;
  kind: ItemKind;
  /** Evidence kind, when the entry is evidence. */
  label: string;
  text: string;
  folded: string;
}

export interface SearchHit {
  entry: SearchEntry;
  /** Where the first word of the query starts in `entry.text` (UTF-16 index, approximate after folding). */
  at: number;
}

/** Case- and accent-insensitive: "mexico" finds "México". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const searchIndex = new WeakMap<Model, SearchEntry[]>();
/** Each model's latest searches: a longer query looks only through the hits of one it narrows. */
const lastSearches = new WeakMap<Model, { words: string[]; hits: SearchHit[] }[]>();
const REMEMBERED_SEARCHES = 8;

/** An index being built a slice at a time (prepareSearch): the next position to add, in reading order. */
interface Building {
  entries: SearchEntry[];
  next: number;
}
const building = new WeakMap<Model, Building>();

function searchEntries(model: Model): SearchEntry[] {
  let entries = searchIndex.get(model);
  if (!entries) {
    const b = building.get(model) ?? { entries: [], next: 0 };
    buildSome(model, b, Number.POSITIVE_INFINITY);
    building.delete(model);
    searchIndex.set(model, (entries = b.entries));
  }
  return entries;
}

/** Adds positions to the index until it is whole (true) or `until` (performance.now()) has passed. */
function buildSome(model: Model, b: Building, until: number): boolean {
  const { issues, actors } = model;
  const total = issues.length * actors.length;
  const add = (p: Position, kind: ItemKind, index: number, label: string, raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    b.entries.push({ itemId: itemId(p, kind, index), issueId: p.issueId, actorId: p.actorId, kind, label, text, folded: fold(text) });
  };
  while (b.next < total) {
    const issue = issues[Math.floor(b.next / actors.length)] as Issue;
    const p = (actors[b.next % actors.length] as Actor).byIssue.get(issue.id);
    b.next++;
    if (p) {
      add(p, 'claim', 0, 'claim', p.claim);
      p.evidence.forEach((e, i) => {
        add(p, 'evidence', evidenceNumber(model, p, i), e.kind, [e.text, e.quote, e.speaker].filter(Boolean).join(' — '));
      });
      p.counterpoints.forEach((c, i) => {
        add(p, 'counterpoint', i, 'counterpoint', [c.text, ...c.evidence.map((e) => e.text)].join(' — '));
      });
    }
    if ((b.next & 31) === 0 && performance.now() > until) return false;
  }
  return true;
}

/**
 * Builds the model's search index in idle time, a few milliseconds at a time
 * (keys are answered in between), so that the first key after `/` only looks
 * it up. Returns a function that stops building (the rest is built when first searched).
 */
export function prepareSearch(model: Model, sliceMs = 8): () => void {
  let timer: NodeJS.Immediate | undefined;
  const step = () => {
    let b = building.get(model);
    if (!b) building.set(model, (b = { entries: [], next: 0 }));
    if (buildSome(model, b, performance.now() + sliceMs)) searchEntries(model);
    else timer = setImmediate(step);
  };
  if (!searchIndex.has(model)) timer = setImmediate(step);
  return () => {
    if (timer) clearImmediate(timer);
  };
}

/** Every item whose text holds all the words of `query`, in reading order of the debate. */
export function search(model: Model, query: string): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const recent = lastSearches.get(model) ?? [];
  const key = words.join(' ');
  const same = recent.find((r) => r.words.join(' ') === key);
  if (same) return same.hits;
  // A query whose every word holds a word of an earlier one can only find some of that one's hits.
  let pool: readonly SearchEntry[] | undefined;
  for (const r of recent) {
    if (r.words.every((w) => words.some((n) => n.includes(w))) && (!pool || r.hits.length < pool.length)) pool = r.hits.map((h) => h.entry);
  }
  const hits: SearchHit[] = [];
  for (const entry of pool ?? searchEntries(model)) {
    if (words.every((w) => entry.folded.includes(w))) hits.push({ entry, at: entry.folded.indexOf(words[0] as string) });
  }
  lastSearches.set(model, [{ words, hits }, ...recent].slice(0, REMEMBERED_SEARCHES));
  return hits;
}
