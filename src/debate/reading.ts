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

/** Whether the item is one of the actor's position on the issue: told from its id, without building the issue. */
export function ofPosition(model: Model, itemId: string, issueId: string | undefined, actorId: string | undefined): boolean {
  const position = model.positions.get(itemId.slice(0, itemId.indexOf('#')));
  return position !== undefined && position.issueId === issueId && position.actorId === actorId;
}

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

/** The id of an actor's claim on an issue, when it has a position there: the first item of its column. */
export function claimItemId(model: Model, issueId: string | undefined, actorId: string | undefined): string | undefined {
  const position = issueId === undefined ? undefined : model.actors[actorIndex(model, actorId)]?.byIssue.get(issueId);
  return position && itemId(position, 'claim', 0);
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
}

export interface SearchHit {
  entry: SearchEntry;
  /** Where the first word of the query starts in `entry.text` (UTF-16 index, approximate after folding). */
  at: number;
}

/** Case- and accent-insensitive, and typographic quotes and dashes as typed: "mexico" finds "México", "don't" finds "don’t". */
export function fold(text: string): string {
  return plainPunctuation(text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

const plainPunctuation = (text: string) => text.replace(TYPOGRAPHIC, (c) => PLAIN[c] as string);

const TYPOGRAPHIC = /[‘’“”–—]/g;
const PLAIN: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-' };

/**
 * Every entry's folded text in one string, each ended by a line break (which
 * no text or query word holds, so no match spans two entries), and where each
 * starts: one string scanned by indexOf instead of a hundred thousand small
 * ones. An entry is kept as its position, kind and number; its ids and text
 * are made again only for the hits on screen.
 */
interface Index {
  model: Model;
  positions: Position[];
  kinds: ItemKind[];
  /** The item's index among its position's evidence or counterpoints. */
  nums: Int32Array;
  folded: string;
  /** Where entry i starts in `folded`; one more at the end. */
  starts: Int32Array;
}

const searchIndex = new WeakMap<Model, Index>();
/** Each model's latest searches: a longer query looks only through the hits of one it narrows. */
const lastSearches = new WeakMap<Model, Remembered[]>();
interface Remembered {
  words: string[];
  hits: SearchHits;
}
const REMEMBERED_SEARCHES = 8;

/**
 * An index being built a slice at a time (prepareSearch): the next position to
 * add, in reading order, and the folded text so far. Each slice's texts are
 * copied into one Latin-1 string, lowercased (a text the typographic quotes
 * made two bytes a character is one again): the index takes half the memory
 * and is never held twice. A text beyond Latin-1 keeps them all as strings.
 */
interface Building {
  positions: Position[];
  kinds: ItemKind[];
  nums: number[];
  /** Each entry's length in the folded text (its line break not counted). */
  lengths: number[];
  /** The folded text of the entries added so far, in slices, each entry ended by a line break. */
  parts: string[];
  /** Entries not yet in `parts` (folded, not yet lowercased). */
  pending: string[];
  /** A text has a character beyond Latin-1: every entry from then on stays in `pending`. */
  wide: boolean;
  next: number;
}
const building = new WeakMap<Model, Building>();

const startBuilding = (): Building => ({ positions: [], kinds: [], nums: [], lengths: [], parts: [], pending: [], wide: false, next: 0 });

/** The pending entries as one lowercased Latin-1 string. */
function flush(b: Building): void {
  if (b.wide || b.pending.length === 0) return;
  let size = 0;
  for (const text of b.pending) size += text.length + 1;
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const text of b.pending) {
    at += bytes.write(text, at, 'latin1');
    bytes[at++] = 10;
  }
  b.parts.push(bytes.toString('latin1', 0, at).toLowerCase());
  b.pending = [];
}

function searchEntries(model: Model): Index {
  let index = searchIndex.get(model);
  if (!index) {
    const b = building.get(model) ?? startBuilding();
    buildSome(model, b, Number.POSITIVE_INFINITY);
    building.delete(model);
    const starts = new Int32Array(b.lengths.length + 1);
    let at = 0;
    b.lengths.forEach((n, i) => {
      starts[i] = at;
      at += n + 1;
    });
    starts[b.lengths.length] = at;
    const folded = b.wide ? [...b.parts, ...b.pending.map((f) => `${f}\n`)].join('').toLowerCase() : b.parts.join('');
    index = { model, positions: b.positions, kinds: b.kinds, nums: Int32Array.from(b.nums), folded, starts };
    searchIndex.set(model, index);
  }
  return index;
}

const SPACES = /\s+/g;
const UNTIDY = /\s\s|[^\S ]|^ | $/;
/** Printable ASCII folds by lowercasing alone. */
const UNPLAIN = /[^\x20-\x7e]/;
/** A UTF-16 unit past Latin-1 (a surrogate too). */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;
/** Text with more than ASCII and typographic quotes and dashes needs the whole fold; without, a fold's garbage is spared. */
const FANCY = /[^\x20-\x7e‘’“”–—]/;

/** An item's text as searched and shown, on one line. */
function entryText(p: Position, kind: ItemKind, i: number): string {
  const raw =
    kind === 'claim'
      ? p.claim
      : kind === 'evidence'
        ? [p.evidence[i]?.text, p.evidence[i]?.quote, p.evidence[i]?.speaker].filter(Boolean).join(' — ')
        : [p.counterpoints[i]?.text, ...(p.counterpoints[i]?.evidence.map((e) => e.text) ?? [])].join(' — ');
  return UNTIDY.test(raw) ? raw.replace(SPACES, ' ').trim() : raw;
}

function entryAt(index: Index, i: number): SearchEntry {
  const p = index.positions[i] as Position;
  const kind = index.kinds[i] as ItemKind;
  const n = index.nums[i] as number;
  const number = kind === 'evidence' ? evidenceNumber(index.model, p, n) : kind === 'counterpoint' ? n : 0;
  const label = kind === 'evidence' ? (p.evidence[n]?.kind ?? kind) : kind;
  return { itemId: itemId(p, kind, number), issueId: p.issueId, actorId: p.actorId, kind, label, text: entryText(p, kind, n) };
}

/** Adds positions to the index until it is whole (true) or `until` (performance.now()) has passed. */
function buildSome(model: Model, b: Building, until: number): boolean {
  const { issues, actors } = model;
  const total = issues.length * actors.length;
  const add = (p: Position, kind: ItemKind, i: number) => {
    const text = entryText(p, kind, i);
    b.positions.push(p);
    b.kinds.push(kind);
    b.nums.push(i);
    // Plain text is lowercased with the rest of its slice (and until then is the model's own string).
    const plain = !UNPLAIN.test(text);
    const folded = plain ? text : FANCY.test(text) ? fold(text) : plainPunctuation(text);
    if (!plain && BEYOND_LATIN1.test(folded)) b.wide = true;
    b.lengths.push(folded.length);
    b.pending.push(folded);
  };
  while (b.next < total) {
    const issue = issues[Math.floor(b.next / actors.length)] as Issue;
    const p = (actors[b.next % actors.length] as Actor).byIssue.get(issue.id);
    b.next++;
    if (p) {
      add(p, 'claim', 0);
      for (let i = 0; i < p.evidence.length; i++) add(p, 'evidence', i);
      for (let i = 0; i < p.counterpoints.length; i++) add(p, 'counterpoint', i);
    }
    if ((b.next & 31) === 0 && performance.now() > until) {
      flush(b);
      return false;
    }
  }
  flush(b);
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
    if (!b) building.set(model, (b = startBuilding()));
    if (buildSome(model, b, performance.now() + sliceMs)) searchEntries(model);
    else timer = setImmediate(step);
  };
  if (!searchIndex.has(model)) timer = setImmediate(step);
  return () => {
    if (timer) clearImmediate(timer);
  };
}

/**
 * A search's hits, in reading order, found as far as they are asked for.
 * Tens of thousands of items can match a word's first letters, and a key
 * needs only the screenful it shows: the rest are counted in idle time
 * (countSome), or at once when `length` or an iterator asks for all. Each
 * hit is made only when asked for (the few on screen).
 */
export class SearchHits {
  private ids: Int32Array;
  private ats: Int32Array;
  private found = 0;
  private done: boolean;
  private readonly cursors: Cursors | undefined;
  private readonly longest: string;
  /**
   * The earlier search this one narrows, as it was when this one began: its
   * hits then, which are all its hits in its first `upTo` entries (all of
   * them if it was counted). Those are looked through first, from `next`;
   * the entries after are scanned.
   */
  private readonly poolIds: Int32Array;
  private readonly poolAts: Int32Array;
  private readonly upTo: number;
  private next = 0;
  /** The most hits there can be. */
  private readonly room: number;
  /** Scan: where to look for the longest word from, and the first entry not yet looked at. */
  private from = 0;
  private entry = 0;

  constructor(
    private readonly index: Index | undefined,
    words: string[],
    pool?: SearchHits,
    /** The first word begins with the pool's first word: its place is looked for from there. */
    private readonly hinted = false,
  ) {
    const total = index ? index.starts.length - 1 : 0;
    this.upTo = pool ? pool.covered : 0;
    // Views of the pool's arrays, not the pool: what it narrowed is let go.
    this.poolIds = pool ? pool.ids.subarray(0, pool.found) : new Int32Array(0);
    this.poolAts = pool ? pool.ats.subarray(0, pool.found) : new Int32Array(0);
    this.entry = this.upTo;
    this.from = index ? (index.starts[this.upTo] as number) : 0;
    this.room = this.poolIds.length + total - this.upTo;
    // Most keys find only a screenful before the next: room for all is made as hits are counted.
    this.ids = new Int32Array(Math.min(this.room, FIRST_ROOM));
    this.ats = new Int32Array(this.ids.length);
    this.done = this.room === 0;
    this.cursors = index ? new Cursors(index.folded, words) : undefined;
    this.longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  }

  /** All the hits, counted now if they are not yet. */
  get length(): number {
    return this.reach(Number.POSITIVE_INFINITY);
  }

  /** The number of hits if all are counted, else undefined. */
  get count(): number | undefined {
    return this.done ? this.found : undefined;
  }

  /** How many entries, from the first, have had all their hits found. */
  get covered(): number {
    if (this.done) return this.index ? this.index.starts.length - 1 : 0;
    if (this.next < this.poolIds.length) return this.next === 0 ? 0 : (this.poolIds[this.next - 1] as number) + 1;
    return this.entry;
  }

  /** About how many entries a search narrowing this one would look at: its hits so far and the entries not yet looked at. */
  get work(): number {
    return this.found + (this.index ? this.index.starts.length - 1 : 0) - this.covered;
  }

  /** Finds hits until there are `n` (or all, if fewer): how many there are then. */
  reach(n: number): number {
    this.seek(n, Number.POSITIVE_INFINITY);
    return this.found;
  }

  /** Counts hits until all are (true) or `until` (performance.now()) has passed. */
  countSome(until: number): boolean {
    this.seek(Number.POSITIVE_INFINITY, until);
    return this.done;
  }

  at(n: number): SearchHit | undefined {
    if (n < 0 || n >= this.reach(n + 1) || !this.index) return undefined;
    return { entry: entryAt(this.index, this.ids[n] as number), at: this.ats[n] as number };
  }

  findIndex(test: (hit: SearchHit) => boolean): number {
    for (let n = 0; n < this.length; n++) if (test(this.at(n) as SearchHit)) return n;
    return -1;
  }

  find(test: (hit: SearchHit) => boolean): SearchHit | undefined {
    return this.at(this.findIndex(test));
  }

  map<T>(f: (hit: SearchHit) => T): T[] {
    return Array.from(this, f);
  }

  *[Symbol.iterator](): IterableIterator<SearchHit> {
    for (let n = 0; n < this.length; n++) yield this.at(n) as SearchHit;
  }

  /** Looks on until `wanted` hits are found, all are, or `until` has passed. */
  private seek(wanted: number, until: number): void {
    if (this.done || this.found >= wanted || !this.index || !this.cursors) return;
    const { folded, starts } = this.index;
    const { cursors, poolIds, poolAts } = this;
    let steps = 0;
    while (this.found < wanted) {
      // A scan step can read far (to the next place of a rare word): the clock is read often.
      if ((++steps & 31) === 0 && performance.now() > until) return;
      let i: number;
      let hint = -1;
      if (this.next < poolIds.length) {
        const p = this.next++;
        i = poolIds[p] as number;
        if (this.hinted) hint = (starts[i] as number) + (poolAts[p] as number);
      } else {
        const at = folded.indexOf(this.longest, this.from);
        if (at < 0) {
          this.finish();
          return;
        }
        // The entry the match is in: entries are in order, and so are the matches.
        i = this.entry;
        while ((starts[i + 1] as number) <= at) i++;
        this.entry = i + 1;
        this.from = starts[i + 1] as number;
      }
      const where = cursors.holds(starts[i] as number, starts[i + 1] as number, hint);
      if (where >= 0) {
        if (this.found === this.ids.length) this.grow();
        this.ids[this.found] = i;
        this.ats[this.found++] = where;
      }
    }
  }

  private grow(): void {
    const ids = new Int32Array(Math.min(this.room, 2 * this.ids.length));
    const ats = new Int32Array(ids.length);
    ids.set(this.ids);
    ats.set(this.ats);
    this.ids = ids;
    this.ats = ats;
  }

  private finish(): void {
    this.done = true;
    this.ids = this.ids.slice(0, this.found);
    this.ats = this.ats.slice(0, this.found);
  }
}

/** Hits a search makes room for at first (a screenful is a few dozen). */
const FIRST_ROOM = 1024;

const NONE = new SearchHits(undefined, []);

/** Every item whose text holds all the words of `query`, in reading order of the debate. */
export function search(model: Model, query: string): SearchHits {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return NONE;
  const recent = lastSearches.get(model) ?? [];
  const key = words.join(' ');
  const same = recent.find((r) => r.words.join(' ') === key);
  if (same) return same.hits;
  const index = searchEntries(model);
  // A query whose every word holds a word of an earlier one can only find some of that one's hits:
  // those found so far, then the entries that one has not looked at yet (a key typed before the
  // last one's hits are all counted goes on from them, it does not scan again).
  let pool: Remembered | undefined;
  for (const r of recent) {
    if (r.words.every((w) => words.some((x) => x.includes(w))) && (!pool || r.hits.work < pool.hits.work)) pool = r;
  }
  // A word being typed: its place is looked for from where its beginning was found.
  const hinted = pool !== undefined && (words[0] as string).startsWith(pool.words[0] as string);
  const hits = new SearchHits(index, words, pool?.hits, hinted);
  lastSearches.set(model, [{ words, hits }, ...recent].slice(0, REMEMBERED_SEARCHES));
  latest = hits;
  return hits;
}

/** The search made last while its hits are not all counted (then let go: it holds its model). */
let latest: SearchHits = NONE;

/**
 * Counts the hits of the latest search in idle time, a few milliseconds at a
 * time, and calls `counted` once all are, if they were not already (to
 * show the count). Returns a function that stops counting.
 */
export function countLatestSearch(counted: () => void, sliceMs = 4): () => void {
  const hits = latest;
  let timer: NodeJS.Immediate | undefined;
  const step = () => {
    if (!hits.countSome(performance.now() + sliceMs)) timer = setImmediate(step);
    else {
      if (latest === hits) latest = NONE;
      counted();
    }
  };
  if (hits.count === undefined) timer = setImmediate(step);
  return () => {
    if (timer) clearImmediate(timer);
  };
}

/**
 * Where each word next occurs in the index, from the entry being looked at
 * on: entries are looked at in order, so each word's place only moves on,
 * and the whole index is read at most once per word whatever the number of
 * hits (no text is cut out of it).
 */
class Cursors {
  private readonly next: number[];
  constructor(
    private readonly folded: string,
    private readonly words: string[],
  ) {
    this.next = words.map(() => -1);
  }

  /**
   * Where the first word starts in the entry from `start` to `end` if it
   * holds every word; else -1. `hint`: where the entry's first place of a
   * word the first word begins with is, if known (-1 if not): the first
   * word's first place is there or after it, most often right there.
   */
  holds(start: number, end: number, hint = -1): number {
    const { next, words, folded } = this;
    for (let k = words.length - 1; k >= 0; k--) {
      let at = next[k] as number;
      if (at < start) {
        const word = words[k] as string;
        at = k === 0 && hint >= 0 ? (this.startsAt(word, hint) ? hint : folded.indexOf(word, hint + 1)) : folded.indexOf(word, start);
        next[k] = at = at < 0 ? Number.POSITIVE_INFINITY : at;
      }
      if (at >= end) return -1;
    }
    return (next[0] as number) - start;
  }

  /** Character by character: cheaper than a call to indexOf for the few letters typed after a word's beginning. */
  private startsAt(word: string, at: number): boolean {
    const { folded } = this;
    for (let j = 0; j < word.length; j++) if (folded.charCodeAt(at + j) !== word.charCodeAt(j)) return false;
    return true;
  }
}
