// Live reload of a debate folder on disk: each way a file can change while
// the app runs, and what the reader is shown afterwards.
import { chmodSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { type DebateWatch, type LiveUpdate, watchDebate } from '../../src/watch/debate.js';
import { MINIMAL, removeTemps, tempDebate, waitUntil } from './helpers.js';

let watcher: DebateWatch | undefined;
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  removeTemps();
});

interface Watched {
  dir: string;
  updates: LiveUpdate[];
  loads: number;
  maxInFlight: number;
  last(): LiveUpdate | undefined;
  /** Waits for an update (after the ones seen so far) that satisfies `check`. */
  next(check: (u: LiveUpdate) => boolean, what: string): Promise<LiveUpdate>;
}

async function watched(opts: { load?: (dir: string, previous: Model) => Promise<LoadResult> } = {}): Promise<Watched> {
  const dir = tempDebate();
  const initial = await loadDebate(dir);
  let inFlight = 0;
  const w: Watched = {
    dir,
    updates: [],
    loads: 0,
    maxInFlight: 0,
    last: () => w.updates[w.updates.length - 1],
    next: (check, what) =>
      waitUntil(() => w.updates.find((u, i) => i >= seen && check(u)), what).finally(() => {
        seen = w.updates.length;
      }),
  };
  let seen = 0;
  const load = opts.load ?? ((d: string, previous: Model) => loadDebate(d, { previous }));
  watcher = watchDebate(initial, (u) => w.updates.push(u), {
    debounceMs: 60,
    pollMs: 50,
    load: async (d, previous) => {
      w.loads++;
      inFlight++;
      w.maxInFlight = Math.max(w.maxInFlight, inFlight);
      try {
        return await load(d, previous);
      } finally {
        inFlight--;
      }
    },
  });
  return w;
}

const RESIDENTS = readFileSync(join(MINIMAL, 'residents.yaml'), 'utf8');
const withClaim = (claim: string) => RESIDENTS.replace('The money is better spent on schools.', claim);
const claimOf = (u: LiveUpdate | undefined) => u?.loaded.model.positions.get('residents/too-costly')?.claim;
const actorIds = (u: LiveUpdate | undefined) => u?.loaded.model.actors.map((a) => a.id);
/** An actor file added while the debate is open. */
const NEWCOMER = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'actors', 'shop-owners.yaml'), 'utf8');

describe('live reload of a debate folder', () => {
  test('a saved file shows its new content', async () => {
    const w = await watched();
    writeFileSync(join(w.dir, 'residents.yaml'), withClaim('Roads first.'));
    const u = await w.next((x) => claimOf(x) === 'Roads first.', 'the new claim');
    expect(u.removed).toBeFalsy();
    expect(u.loaded.model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a save by rename (write a temporary file, rename it over) is seen', async () => {
    const w = await watched();
    const tmp = join(w.dir, '.residents.yaml.4f2a.tmp');
    writeFileSync(tmp, withClaim('Atomic.'));
    renameSync(tmp, join(w.dir, 'residents.yaml'));
    await w.next((x) => claimOf(x) === 'Atomic.', 'the renamed-over file');
  });

  test("vim's save with backupcopy=no (move the file aside, write a new one, delete the backup) never drops the actor", async () => {
    const w = await watched();
    const file = join(w.dir, 'residents.yaml');
    for (const claim of ['First save.', 'Second save.']) {
      renameSync(file, `${file}~`);
      writeFileSync(file, withClaim(claim));
      unlinkSync(`${file}~`);
      await w.next((x) => claimOf(x) === claim, `the save "${claim}"`);
    }
    expect(w.updates.every((u) => actorIds(u)?.includes('residents'))).toBe(true);
  });

  test('several quick saves are loaded together, one load at a time, ending on the last', async () => {
    const w = await watched();
    const saves = 12;
    for (let i = 1; i <= saves; i++) writeFileSync(join(w.dir, 'residents.yaml'), withClaim(`Save ${i}.`));
    await w.next((x) => claimOf(x) === `Save ${saves}.`, 'the last save');
    await watcher?.idle();
    expect(w.loads).toBeLessThan(saves);
    expect(w.maxInFlight).toBe(1);
    expect(claimOf(w.last())).toBe(`Save ${saves}.`);
  });

  test('a broken file keeps its last good version, flagged stale, until it is fixed', async () => {
    const w = await watched();
    const file = join(w.dir, 'residents.yaml');
    writeFileSync(file, 'name: Residents\npositions:\n  - id: [unclosed\n');
    const broken = await w.next((x) => x.loaded.model.actors.some((a) => a.id === 'residents' && a.stale), 'the stale actor');
    expect(claimOf(broken)).toBe('The money is better spent on schools.');
    expect(broken.loaded.model.diagnostics.some((d) => d.severity === 'error' && d.file === file)).toBe(true);
    writeFileSync(file, withClaim('Fixed.'));
    const fixed = await w.next((x) => claimOf(x) === 'Fixed.', 'the fixed file');
    expect(fixed.loaded.model.actors.find((a) => a.id === 'residents')?.stale).toBeFalsy();
    expect(fixed.loaded.model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('new actor files appear, deleted ones disappear', async () => {
    const w = await watched();
    writeFileSync(join(w.dir, 'shops.yaml'), NEWCOMER);
    const added = await w.next((x) => actorIds(x)?.includes('shops') === true, 'the new actor');
    expect(added.loaded.model.positions.get('shops/customers')?.claim).toBe('Fewer cars, but fewer customers too.');
    unlinkSync(join(w.dir, 'shops.yaml'));
    unlinkSync(join(w.dir, 'council.yaml'));
    const gone = await w.next((x) => actorIds(x)?.join() === 'residents', 'the deleted actors gone');
    expect(gone.loaded.model.actors.some((a) => a.stale)).toBe(false);
  });

  test('a broken debate.yaml keeps the last good debate on screen, flagged stale', async () => {
    const w = await watched();
    const file = join(w.dir, 'debate.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, 'title: [unclosed\n');
    const broken = await w.next((x) => x.loaded.model.debateStale === true, 'the stale debate');
    const m = broken.loaded.model;
    expect(m.issues.map((i) => i.id)).toEqual(['cost', 'traffic']);
    expect(m.title).toBe('Should the town build a bridge?');
    expect(m.actors.map((a) => a.id)).toEqual(['council', 'residents']);
    expect(m.diagnostics.some((d) => d.severity === 'error' && d.file === file)).toBe(true);
    // Deleted is as broken as it gets.
    unlinkSync(file);
    const missing = await w.next((x) => x.loaded.model.diagnostics.some((d) => d.rule === 'missing-debate'), 'debate.yaml missing');
    expect(missing.loaded.model.debateStale).toBe(true);
    expect(missing.loaded.model.issues).toHaveLength(2);
    writeFileSync(file, good.replace('Should the town build a bridge?', 'A bridge, or not?'));
    const fixed = await w.next((x) => x.loaded.model.title === 'A bridge, or not?', 'the fixed debate');
    expect(fixed.loaded.model.debateStale).toBeFalsy();
  });

  test('a file truncated and rewritten while it is being read ends on the rewritten version', async () => {
    let first = true;
    const w = await watched({
      load: async (d, previous) => {
        if (first) {
          first = false;
          // The reader catches the file empty, half-way through someone's save.
          writeFileSync(join(d, 'residents.yaml'), '');
          const loaded = await loadDebate(d, { previous });
          writeFileSync(join(d, 'residents.yaml'), withClaim('Rewritten.'));
          return loaded;
        }
        return loadDebate(d, { previous });
      },
    });
    writeFileSync(join(w.dir, 'council.yaml'), readFileSync(join(MINIMAL, 'council.yaml'), 'utf8'));
    await w.next((x) => claimOf(x) === 'Rewritten.', 'the rewritten file');
    await watcher?.idle();
    const last = w.last();
    expect(claimOf(last)).toBe('Rewritten.');
    expect(last?.loaded.model.actors.find((a) => a.id === 'residents')?.stale).toBeFalsy();
  });

  test('a file gone between listing and reading keeps its last version until the next look', async () => {
    let first = true;
    const w = await watched({
      load: async (d, previous) => {
        if (!first) return loadDebate(d, { previous });
        first = false;
        // Listed, but gone when read: a link to nothing gives the reader exactly that.
        const file = join(d, 'council.yaml');
        renameSync(file, join(d, '.council.keep'));
        symlinkSync(join(d, 'nothing-here.yaml'), file);
        const loaded = await loadDebate(d, { previous });
        unlinkSync(file);
        renameSync(join(d, '.council.keep'), file);
        return loaded;
      },
    });
    writeFileSync(join(w.dir, 'residents.yaml'), withClaim('Still here.'));
    const during = await w.next((x) => claimOf(x) === 'Still here.', 'the reload');
    expect(during.loaded.model.actors.find((a) => a.id === 'council')?.stale).toBe(true);
    const after = await w.next((x) => x.loaded.model.actors.every((a) => !a.stale), 'the file read again');
    expect(actorIds(after)).toEqual(['council', 'residents']);
    expect(after.loaded.model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a removed folder keeps the last version and says so; when it comes back, reloading resumes', async () => {
    const w = await watched();
    rmSync(w.dir, { recursive: true });
    const removed = await w.next((x) => x.removed === true, 'the removal');
    expect(actorIds(removed)).toEqual(['council', 'residents']);
    expect(removed.loaded.model.issues).toHaveLength(2);
    mkdirSync(w.dir);
    cpSync(MINIMAL, w.dir, { recursive: true });
    writeFileSync(join(w.dir, 'residents.yaml'), withClaim('Back again.'));
    const back = await w.next((x) => !x.removed && claimOf(x) === 'Back again.', 'the folder back');
    expect(back.loaded.model.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    writeFileSync(join(w.dir, 'residents.yaml'), withClaim('And watched.'));
    await w.next((x) => claimOf(x) === 'And watched.', 'a change in the folder that came back');
  });

  // Root reads a chmod 000 folder all the same (as in CI): there, the loader is
  // given a folder whose listing fails (ENOTDIR for the EACCES others get).
  const asRoot = process.getuid?.() === 0;
  test(`a folder that cannot be read keeps the last version, as a removed one does (${asRoot ? 'simulated: running as root' : 'chmod 000'})`, async () => {
    let unreadable = false;
    const w = await watched({
      load: (d, previous) => loadDebate(asRoot && unreadable ? join(d, 'residents.yaml') : d, { previous }),
    });
    const lock = (on: boolean) => {
      unreadable = on;
      if (!asRoot) chmodSync(w.dir, on ? 0o000 : 0o755);
    };
    lock(true);
    watcher?.reload();
    const locked = await w.next((x) => x.removed === true, 'the folder unreadable');
    expect(locked.unreadable).toBe(true);
    expect(actorIds(locked)).toEqual(['council', 'residents']);
    expect(locked.loaded.model.issues).toHaveLength(2);
    expect(claimOf(locked)).toBe('The money is better spent on schools.');
    lock(false);
    writeFileSync(join(w.dir, 'residents.yaml'), withClaim('Readable again.'));
    const back = await w.next((x) => !x.removed && claimOf(x) === 'Readable again.', 'the folder readable again');
    expect(back.unreadable).toBeFalsy();
  });

  test('reload() loads at once even when the watcher saw nothing', async () => {
    const w = await watched();
    watcher?.reload();
    await watcher?.idle();
    expect(w.loads).toBe(1);
    // Nothing changed: nothing is handed over.
    expect(w.updates).toEqual([]);
  });
});
