// The search index is built in idle time, and a longer query looks only
// through the hits of one it narrows (src/tui/selectors.ts): whatever is
// typed, in whatever order, the hits are exactly those of a search that scans
// every item of a debate searched for the first time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { fold, prepareSearch, search } from '../../src/debate/reading.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { plural } from '../../src/text/measure.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { searchLines } from '../../src/tui/screens/search/layout.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
let work: string;
const models: Model[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'standpoint-search-'));
  await generateDebate(join(work, 'gen'), { actors: 12, issues: 6, evidence: 200, seed: 7 });
  await generateDebate(join(work, 'big'), { actors: 40, issues: 8, evidence: 4000, seed: 3 });
  models.push((await loadDebate(EXAMPLE)).model, (await loadDebate(join(work, 'gen'))).model, (await loadDebate(join(work, 'big'))).model);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A search on a model no one has searched: it builds the whole index and scans all of it. */
const scanned = (model: Model, query: string) => search(structuredClone(model), query).map((h) => [h.entry.itemId, h.at]);
const found = (model: Model, query: string) => search(model, query).map((h) => [h.entry.itemId, h.at]);

/** What a person types after `/`: letters of words from the debate, spaces, backspaces. */
const typing = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'aeiourstnlcmpbdgy'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom(' ', 'é', 'Q', 'mexico', 'policy ', 'trade') },
    { weight: 2, arbitrary: fc.constant('\b') },
  ),
  { maxLength: 14 },
);

/** The query after each key typed, Backspace ('\b') taking off the last character. */
function typed(keys: readonly string[]): string[] {
  const queries: string[] = [];
  let query = '';
  for (const key of keys) {
    query = key === '\b' ? query.slice(0, -1) : query + key;
    queries.push(query);
  }
  return queries;
}

/** Every claim, evidence item and counterpoint of the debate, as a reader sees its text, and whether it holds all of a query's words. */
function naive(model: Model, query: string): number {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const texts = model.actors.flatMap((a) =>
    a.positions.flatMap((p) => [
      p.claim,
      ...p.evidence.map((e) => [e.text, e.quote, e.speaker].filter(Boolean).join(' — ')),
      ...p.counterpoints.map((c) => [c.text, ...c.evidence.map((e) => e.text)].join(' — ')),
    ]),
  );
  return texts.filter((t) => words.every((w) => fold(t.replace(/\s+/g, ' ')).includes(w))).length;
}

describe('search', () => {
  it('finds every item that holds all the words, and only those, however the index is laid out', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), typing, (which, keys) => {
        const model = structuredClone(models[which] as Model);
        for (const query of typed(keys)) {
          const hits = search(model, query);
          const words = fold(query).split(/\s+/).filter(Boolean);
          for (const h of hits) for (const w of words) expect(fold(h.entry.text)).toContain(w);
          expect(hits.length).toBe(naive(model, query));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('finds, key by key, exactly what a scan of every item finds', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), typing, (which, keys) => {
        const model = structuredClone(models[which] as Model);
        for (const query of typed(keys)) {
          expect(found(model, query)).toEqual(scanned(model, query));
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('shows the first hits of a key before all are counted, the same as a scan finds, then the true count', () => {
    fc.assert(
      fc.property(typing, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (keys, counted) => {
        const model = structuredClone(models[1] as Model);
        const frame = frameOf({ cols: 100, rows: 20 });
        const queries = typed(keys);
        for (const [k, query] of queries.entries()) {
          const all = scanned(model, query);
          const hits = search(model, query);
          const { lines } = searchLines(model, frame, query, 0, 0);
          const status = lines[1]?.map((g) => g.text).join('') ?? '';
          const first = [0, 1, 2].map((n) => hits.at(n)).filter((h) => h !== undefined);
          expect(first.map((h) => [h.entry.itemId, h.at])).toEqual(all.slice(0, 3));
          if (hits.count === undefined) expect(status).toContain('so far, counting…');
          // Some keys come before the last one's hits are all counted: a longer query then scans again.
          if (counted[k]) {
            while (!hits.countSome(Number.POSITIVE_INFINITY));
            const { lines: after } = searchLines(model, frame, query, 0, 0);
            const now = after[1]?.map((g) => g.text).join('') ?? '';
            if (all.length > 0) expect(now).toContain(`${plural(all.length, 'match', 'matches')}.`);
          }
        }
        const last = queries.at(-1) ?? '';
        expect(found(model, last)).toEqual(scanned(model, last));
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('gives the same hits from an index built in idle time, whole or stopped half way', async () => {
    const model = structuredClone(models[1] as Model);
    const half = structuredClone(models[1] as Model);
    prepareSearch(model);
    // A slice of no time adds one batch of positions, then waits for the next turn.
    const stop = prepareSearch(half, 0);
    await new Promise((r) => setImmediate(r));
    stop();
    await new Promise((r) => setTimeout(r, 200));
    for (const q of ['policy', 'trade law', 'e', 'zzz']) {
      expect(found(model, q)).toEqual(scanned(models[1] as Model, q));
      expect(found(half, q)).toEqual(scanned(models[1] as Model, q));
    }
    expect(found(model, 'policy').length).toBeGreaterThan(0);
  });

  it('goes on from the hits found so far when a key comes before the last query is counted, with the same hits as a scan', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2), typing, fc.array(fc.nat(3000), { minLength: 14, maxLength: 14 }), (which, keys, asked) => {
        const model = structuredClone(models[which] as Model);
        const queries = typed(keys);
        // Each key finds some hits (a screenful, or some counted in idle time), never all.
        for (const [k, query] of queries.entries()) search(model, query).reach(asked[k] as number);
        for (const query of queries.slice(-3)) expect(found(model, query)).toEqual(scanned(model, query));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('finds letters beyond ASCII and beyond Latin-1, capitals or not, wherever they are in the debate', async () => {
    const latin = structuredClone(models[1] as Model);
    const wide = structuredClone(models[1] as Model);
    const set = (model: Model, at: number, text: string) => {
      const positions = model.actors.flatMap((a) => a.positions);
      (positions[at % positions.length] as Model['actors'][number]['positions'][number]).claim = text;
    };
    for (const model of [latin, wide]) {
      set(model, 0, 'ÆSIR of Øresund — “QUOTED” ÀÉ straße');
      set(model, 7, 'the ÆSIR again, and ×÷ signs');
    }
    set(wide, 40, 'Ωmega ЖАР and ÆSIR — Δelta');
    const halfBuilt = structuredClone(wide);
    const stop = prepareSearch(halfBuilt, 0);
    await new Promise((r) => setImmediate(r));
    stop();
    for (const q of [
      'æsir',
      'ÆSIR',
      'øresund',
      'quoted',
      '"quoted"',
      'àé',
      'ae',
      'straße',
      '×÷',
      'ωmega',
      'жар',
      'δelta',
      'sir — ',
      'e',
      'the',
    ]) {
      for (const model of [latin, wide, halfBuilt]) expect(search(model, q).length, q).toBe(naive(model, q));
    }
    expect(search(latin, 'æsir').length).toBe(2);
    expect(search(wide, 'жар').length).toBe(1);
  });

  it('finds thousands of hits, key by key, counted or not, as a scan does', () => {
    const model = structuredClone(models[2] as Model);
    const queries = typed(['e', 'a', '\b', '\b', 'p', 'o', 'l', 'i', ' ', 't', 'r']);
    for (const [k, query] of queries.entries()) {
      const hits = search(model, query);
      if (k % 3 === 0) hits.reach(2000 + k);
      expect(found(model, query)).toEqual(scanned(model, query));
    }
    expect(search(model, 'e').length).toBeGreaterThan(3000);
    expect(search(model, 'e').length).toBe(naive(model, 'e'));
  });
});
