// A debate opened from the cache reads each actor's record only when
// something first reads that actor's positions: the first frame of a large
// debate shows a few actors, and reading them all cost more than the rest of
// the start. A record found damaged that late is not a crash: that actor shows
// no positions, a problem says why, and the next open reads the files afresh.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDebateRemembered, settled } from '../../src/cache/debates.js';
import { privateCacheDir } from '../../src/cache/private-dir.js';
import { type LoadOptions, loadDebate } from '../../src/model/load.js';
import { damageRecordOf } from '../helpers/cache-entry.js';

// Every value the cache revives goes through node:v8's deserialize: counting
// the calls tells how many records an open read.
const revived = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:v8', async (original) => {
  const v8 = await original<typeof import('node:v8')>();
  return {
    ...v8,
    deserialize: (bytes: NodeJS.ArrayBufferView) => {
      revived.count++;
      return v8.deserialize(bytes);
    },
  };
});

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
let work: string;
let dir: string;
let folder: string;
let loads = 0;
const load = async (d: string, options: LoadOptions) => {
  loads++;
  return loadDebate(d, options);
};
const open = () => loadDebateRemembered(dir, { folder: privateCacheDir('debates', folder), load });
const entryFile = () => {
  const d = join(folder, 'debates');
  const names = existsSync(d) ? readdirSync(d).filter((n) => n.endsWith('.bin')) : [];
  return names.length === 1 ? join(d, names[0] as string) : undefined;
};

/** Six actors: the example's three, and a copy of each under another id. */
function sixActors(): void {
  for (const name of ['mexico-government', 'sheinbaum-critics', 'us-administration']) {
    cpSync(join(dir, `${name}.yaml`), join(dir, `${name}-too.yaml`));
  }
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'standpoint-lazy-faces-'));
  dir = join(work, 'mexico-cartels');
  folder = join(work, 'cache');
  cpSync(EXAMPLE, dir, { recursive: true });
  sixActors();
  loads = 0;
  // Files written in the last seconds are told unchanged by their bytes: here every file is older.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
});

afterEach(async () => {
  vi.useRealTimers();
  await settled();
  rmSync(work, { recursive: true, force: true });
});

describe('opening from the cache', () => {
  it('reads an actor’s record only when its positions are first read', async () => {
    const fresh = await open();
    await settled();
    revived.count = 0;
    const again = await open();
    expect(loads).toBe(1);
    // The entry's head alone: who the actors are, not what they say.
    expect(revived.count).toBe(1);
    expect(again.model.actors.map((a) => [a.id, a.name, a.file])).toEqual(fresh.model.actors.map((a) => [a.id, a.name, a.file]));

    const [first, second] = again.model.actors;
    const issue = fresh.model.actors[0]?.positions[0]?.issueId as string;
    expect(first?.byIssue.get(issue)?.claim).toBe(fresh.model.actors[0]?.byIssue.get(issue)?.claim);
    expect(revived.count).toBe(2);
    // Found by key, a position revives its own actor only.
    const key = fresh.model.actors[1]?.positions[0]?.key as string;
    expect(again.model.positions.get(key)).toBe(second?.positions[0]);
    expect(revived.count).toBe(3);
    // A walk over every position revives every actor, in the order a load gives.
    expect([...again.model.positions.keys()]).toEqual([...fresh.model.positions.keys()]);
    expect(revived.count).toBe(1 + fresh.model.actors.length);
    expect(again.model).toEqual(fresh.model);
  });

  it('an actor’s record damaged in the entry: that actor shows no positions and a problem says why; the next open reads the files', async () => {
    const fresh = await open();
    await settled();
    const entry = entryFile() as string;
    const victim = fresh.model.actors[2];
    damageRecordOf(entry, victim?.file as string);

    const again = await open();
    expect(loads).toBe(1);
    // The others are whole.
    expect(again.model.actors[0]?.positions).toEqual(fresh.model.actors[0]?.positions);
    const damaged = again.model.actors[2];
    expect(damaged?.positions).toEqual([]);
    expect(damaged?.byIssue.size).toBe(0);
    expect(again.model.positions.get(victim?.positions[0]?.key as string)).toBeUndefined();
    const problem = again.model.diagnostics.find((d) => d.rule === 'cache-damaged');
    expect(problem).toMatchObject({ file: victim?.file, severity: 'error' });
    expect(problem?.message).toMatch(/open the debate again/);
    // Reported once, however often the actor is read.
    void again.model.actors[2]?.positions.length;
    expect(again.model.diagnostics.filter((d) => d.rule === 'cache-damaged')).toHaveLength(1);

    await settled();
    expect(entryFile()).toBeUndefined();
    const next = await open();
    expect(loads).toBe(2);
    expect(next.model).toEqual(fresh.model);
  });

  it('an actor’s evidence damaged in the entry: its positions show, without evidence, and a problem says why', async () => {
    const fresh = await open();
    await settled();
    const victim = fresh.model.actors[1];
    damageRecordOf(entryFile() as string, victim?.file as string, 'bodies');
    const again = await open();
    const actor = again.model.actors[1];
    expect(actor?.positions.map((p) => [p.key, p.stance, p.claim])).toEqual(victim?.positions.map((p) => [p.key, p.stance, p.claim]));
    expect(again.model.diagnostics.some((d) => d.rule === 'cache-damaged')).toBe(false);
    expect(actor?.positions.flatMap((p) => [...p.evidence, ...p.counterpoints])).toEqual([]);
    const problem = again.model.diagnostics.find((d) => d.rule === 'cache-damaged');
    expect(problem).toMatchObject({ file: victim?.file, severity: 'error' });
    expect(problem?.message).toMatch(/evidence and counterpoints are not shown/);
    await settled();
    expect(entryFile()).toBeUndefined();
  });

  it('found damaged while the entry is noted again (a touched file), the entry is not kept', async () => {
    const fresh = await open();
    await settled();
    damageRecordOf(entryFile() as string, fresh.model.actors[0]?.file as string);
    // Same bytes, new stamp: the open notes the entry again, behind the first frame.
    const touched = new Date(Date.now() - 30_000);
    utimesSync(fresh.model.actors[3]?.file as string, touched, touched);
    const again = await open();
    expect(again.model.actors[0]?.positions).toEqual([]);
    await settled();
    expect(entryFile()).toBeUndefined();
    expect((await open()).model).toEqual(fresh.model);
    expect(loads).toBe(2);
  });

  it('a damaged record is found only when read: an open that never reads that actor shows no problem', async () => {
    const fresh = await open();
    await settled();
    damageRecordOf(entryFile() as string, fresh.model.actors[5]?.file as string);
    const again = await open();
    expect(again.model.actors[0]?.positions).toEqual(fresh.model.actors[0]?.positions);
    expect(again.model.diagnostics).toEqual(fresh.model.diagnostics);
  });
});

describe('after an edit', () => {
  it('the problems of the files taken from the entry point where a fresh load points', async () => {
    // Warnings on evidence and quotes in an unchanged file: their places come back from the entry.
    const lint = join(import.meta.dirname, '../fixtures/lint');
    rmSync(dir, { recursive: true });
    cpSync(join(lint, 'quote-without-speaker'), dir, { recursive: true });
    cpSync(join(lint, 'evidence-without-source/teachers.yaml'), join(dir, 'parents.yaml'));
    writeFileSync(join(dir, 'council.yaml'), 'name: Council\npositions: []\n');
    const first = await open();
    await settled();
    expect(first.model.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['quote-without-speaker', 'evidence-without-source']),
    );
    writeFileSync(join(dir, 'council.yaml'), 'name: Town council\npositions: []\n');
    const edited = await open();
    expect(loads).toBe(2);
    const fresh = await loadDebate(dir);
    expect(edited.model.diagnostics).toEqual(fresh.model.diagnostics);
    expect(edited.model).toEqual(fresh.model);
  });
});
