// A debate opened again with unchanged files comes from the cache folder,
// equal to a fresh load; any change to what the load reads loads it afresh.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, loadDebateRemembered, MAX_REMEMBERED_BYTES, settled } from '../../src/cache/debates.js';
import { privateCacheDir } from '../../src/cache/private-dir.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
let work: string;
let dir: string;
let folder: string;
let loads: number;
const load = async (d: string) => {
  loads++;
  return loadDebate(d);
};
const open = () => loadDebateRemembered(dir, { folder: privateCacheDir('debates', folder), load });
const entries = () => (existsSync(join(folder, 'debates')) ? readdirSync(join(folder, 'debates')).filter((n) => n.endsWith('.bin')) : []);
/** Entries are written behind the first frame: wait for them, then count them. */
const written = async (count = 1) => {
  await settled();
  expect(entries()).toHaveLength(count);
};

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'standpoint-cache-'));
  dir = join(work, 'mexico-cartels');
  folder = join(work, 'cache');
  cpSync(EXAMPLE, dir, { recursive: true });
  loads = 0;
});

afterEach(async () => {
  // A test's last load may still be writing its entry.
  await settled();
  rmSync(work, { recursive: true, force: true });
});

describe('loadDebateRemembered', () => {
  it('loads once, then gives the same model from the cache', async () => {
    const fresh = await open();
    await written();
    const again = await open();
    expect(loads).toBe(1);
    expect(again.model).toEqual(fresh.model);
    // One position, one object: the views find positions by key and by actor alike.
    const actor = again.model.actors[0];
    const first = actor?.positions[0];
    expect(first && again.model.positions.get(first.key)).toBe(first);
    expect(first && actor?.byIssue.get(first.issueId)).toBe(first);
  });

  it('loads afresh when a file changes, is added or is removed', async () => {
    await open();
    await written();
    appendFileSync(join(dir, 'us-administration.yaml'), '\n# a note\n');
    await open();
    expect(loads).toBe(2);
    await written();
    writeFileSync(join(dir, 'observer.yaml'), 'name: Observer\npositions: []\n');
    const added = await open();
    expect(loads).toBe(3);
    expect(added.model.actors.map((a) => a.id)).toContain('observer');
    await written();
    rmSync(join(dir, 'observer.yaml'));
    const removed = await open();
    expect(loads).toBe(4);
    expect(removed.model.actors.map((a) => a.id)).not.toContain('observer');
    // One entry per debate folder: the older ones were replaced.
    await written();
  });

  it('reports the same problems from the cache as from a load', async () => {
    writeFileSync(join(dir, 'broken.yaml'), 'name: [unclosed\n');
    const fresh = await open();
    await written();
    const again = await open();
    expect(loads).toBe(1);
    expect(again.model.diagnostics).toEqual(fresh.model.diagnostics);
    const broken = join(dir, 'broken.yaml');
    expect(again.model.diagnostics.some((d) => d.file === broken && d.severity === 'error')).toBe(true);
    // The text for the problem's code frame comes along; files without a problem need none.
    expect(again.texts.get(broken)).toBe(fresh.texts.get(broken));
    expect([...again.texts.keys()]).toEqual([...new Set(fresh.model.diagnostics.map((d) => d.file))].filter((f) => fresh.texts.has(f)));
  });

  it('loads afresh when the entry could have been written by someone else', async () => {
    await open();
    await written();
    const entry = join(folder, 'debates', entries()[0] as string);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    chmodSync(entry, 0o666);
    await open();
    expect(loads).toBe(2);
  });

  it('loads afresh over a damaged entry', async () => {
    const fresh = await open();
    await written();
    const [entry] = entries();
    writeFileSync(join(folder, 'debates', entry as string), 'damaged');
    expect(await open()).toEqual(fresh);
    expect(loads).toBe(2);
  });

  it('does not remember a debate larger than MAX_REMEMBERED_BYTES', async () => {
    const big = join(dir, 'zz-bulk.yaml');
    writeFileSync(big, `name: Bulk\n# ${'x'.repeat(400 * 1024)}\n`);
    for (let i = 0; i < Math.ceil(MAX_REMEMBERED_BYTES / (400 * 1024)); i++) cpSync(big, join(dir, `zz-bulk-${i}.yaml`));
    expect(await fingerprint(dir)).toBeUndefined();
    await open();
    await open();
    expect(loads).toBe(2);
    await settled();
    expect(entries()).toEqual([]);
  });

  it('remembers nothing without a cache folder, or when a file cannot be read', async () => {
    await loadDebateRemembered(dir, { folder: undefined, load });
    await loadDebateRemembered(dir, { folder: undefined, load });
    expect(loads).toBe(2);
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    expect(await fingerprint(dir)).toBeUndefined();
    await open();
    await open();
    expect(loads).toBe(4);
    await settled();
    expect(entries()).toEqual([]);
  });

  it('keeps the twenty most recently written debates', async () => {
    const tiny = async (): Promise<LoadResult> => ({
      model: { dir: '', diagnostics: [], actors: [] } as unknown as LoadResult['model'],
      texts: new Map(),
    });
    for (let i = 0; i < 22; i++) {
      const d = join(work, `d${i}`);
      cpSync(EXAMPLE, d, { recursive: true });
      await loadDebateRemembered(d, { folder: privateCacheDir('debates', folder), load: tiny });
      await written(Math.min(i + 1, 20));
    }
    expect(entries()).toHaveLength(20);
  });
});

describe('fingerprint', () => {
  it('changes with the files, not with when they were read', async () => {
    const before = await fingerprint(dir);
    expect(await fingerprint(dir)).toBe(before);
    writeFileSync(join(dir, 'notes.md'), 'a note');
    const withNote = await fingerprint(dir);
    expect(withNote).not.toBe(before);
    appendFileSync(join(dir, 'debate.yaml'), ' ');
    expect(await fingerprint(dir)).not.toBe(withNote);
  });

  it('reads as the load does: a link out of the folder or a FIFO makes the debate not remembered, unread and unwaited', async () => {
    const secret = join(work, 'secret.yaml');
    writeFileSync(secret, 'name: not in the debate\n');
    symlinkSync(secret, join(dir, 'leak.yaml'));
    expect(await fingerprint(dir)).toBeUndefined();
    rmSync(join(dir, 'leak.yaml'));
    expect(await fingerprint(dir)).toBeDefined();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    expect(await fingerprint(dir)).toBeUndefined();
  });
});
