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
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDebateRemembered, settled } from '../../src/cache/debates.js';
import { privateCacheDir } from '../../src/cache/private-dir.js';
import { type LoadOptions, type LoadResult, loadDebate } from '../../src/model/load.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
let work: string;
let dir: string;
let folder: string;
let loads = 0;
/** The load, counting its runs and the actor files it parsed (the others came from the entry). */
let parsed: string[];
const load = async (d: string, options: LoadOptions) => {
  loads++;
  const memory = options.unchanged;
  const keep = memory?.keep.bind(memory);
  if (memory && keep)
    memory.keep = (file, ...rest) => {
      parsed.push(basename(file));
      keep(file, ...rest);
    };
  return loadDebate(d, options);
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
  parsed = [];
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

  it('remembers a debate of any size', async () => {
    const bulk = `name: Bulk\n# ${'x'.repeat(400 * 1024)}\n`;
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `zz-bulk-${i}.yaml`), bulk);
    const fresh = await open();
    await written();
    const again = await open();
    expect(loads).toBe(1);
    expect(again.model).toEqual(fresh.model);
  });

  it('remembers nothing without a cache folder; loads a file that cannot be read every time', async () => {
    await loadDebateRemembered(dir, { folder: undefined, load });
    await loadDebateRemembered(dir, { folder: undefined, load });
    expect(loads).toBe(2);
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    await open();
    await settled();
    const again = await open();
    expect(loads).toBe(4);
    expect(again.model.diagnostics.some((d) => d.file === join(dir, 'dangling.yaml') && d.severity === 'error')).toBe(true);
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

describe('telling the files unchanged', () => {
  it('a new file of any kind, or a changed debate.yaml, loads afresh', async () => {
    await open();
    await written();
    writeFileSync(join(dir, 'notes.md'), 'a note');
    await open();
    expect(loads).toBe(2);
    await written();
    appendFileSync(join(dir, 'debate.yaml'), ' ');
    await open();
    expect(loads).toBe(3);
  });

  it('a link out of the folder or a FIFO is never read through nor waited on, whatever the entry says', async () => {
    const secret = join(work, 'secret.yaml');
    writeFileSync(secret, 'name: not in the debate\n');
    symlinkSync(secret, join(dir, 'leak.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const fresh = await open();
    await written();
    const again = await open();
    expect(again.model).toEqual(fresh.model);
    expect(JSON.stringify(again)).not.toContain('not in the debate');
    expect(again.model.diagnostics.some((d) => d.file === join(dir, 'leak.yaml') && d.severity === 'error')).toBe(true);
  });
});

describe('after an edit', () => {
  const actorFiles = () => readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== 'debate.yaml');
  const fresh = async () => (await loadDebate(dir)).model;
  beforeEach(() => {
    // Files written in the last seconds are told unchanged by their bytes, not their stamps: here every file is older.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 60_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('parses only the edited file, and gives what a fresh load gives', async () => {
    await open();
    expect(parsed.sort()).toEqual(actorFiles().sort());
    await written();
    parsed = [];
    await open();
    expect(loads).toBe(1);
    const file = join(dir, 'us-administration.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/claim: .*/, 'claim: Edited.'));
    const edited = await open();
    expect(loads).toBe(2);
    expect(parsed).toEqual(['us-administration.yaml']);
    expect(edited.model).toEqual(await fresh());
    await written();
    expect((await open()).model).toEqual(await fresh());
    expect(loads).toBe(2);
  });

  it('parses every actor file when debate.yaml’s ids change (they are checked against it)', async () => {
    await open();
    await written();
    parsed = [];
    const debate = join(dir, 'debate.yaml');
    writeFileSync(debate, readFileSync(debate, 'utf8').replace(/id: sovereignty/, 'id: sovereignty-renamed'));
    const changed = await open();
    expect(parsed.sort()).toEqual(actorFiles().sort());
    expect(changed.model).toEqual(await fresh());
  });

  it('notices an edit made just after an open, even one that keeps the size and the modification time', async () => {
    // Within the file system's clock tick a stamp can stay the same: files this recent are told by their bytes.
    vi.useRealTimers();
    const file = join(dir, 'us-administration.yaml');
    const { mtime, atime } = statSync(file);
    await open();
    await written();
    parsed = [];
    const text = readFileSync(file, 'utf8');
    const edit = text.replace(/(claim: >-\n\s+)\w/, '$1X');
    expect(edit).not.toBe(text);
    expect(edit.length).toBe(text.length);
    writeFileSync(file, edit);
    utimesSync(file, atime, mtime);
    const edited = await open();
    expect(parsed).toEqual(['us-administration.yaml']);
    expect(edited.model).toEqual(await fresh());
  });

  it('takes no file for another: files swapped by renaming are parsed again', async () => {
    await open();
    await written();
    parsed = [];
    const [a, b] = actorFiles() as [string, string];
    renameSync(join(dir, a), join(work, 'swap'));
    renameSync(join(dir, b), join(dir, a));
    renameSync(join(work, 'swap'), join(dir, b));
    const swapped = await open();
    expect(parsed.sort()).toEqual([a, b].sort());
    expect(swapped.model).toEqual(await fresh());
  });

  it('a touched file (same bytes) is not parsed; a damaged record is', async () => {
    await open();
    await written();
    const file = join(dir, 'us-administration.yaml');
    const later = new Date(Date.now() - 10_000);
    utimesSync(file, later, later);
    await open();
    expect(loads).toBe(1);
    await settled();
    // The last record is the last actor file's: damage its last bytes.
    const entry = join(folder, 'debates', entries()[0] as string);
    const bytes = readFileSync(entry);
    writeFileSync(entry, Buffer.concat([bytes.subarray(0, bytes.length - 40), Buffer.alloc(40, 0xff)]));
    chmodSync(entry, 0o600);
    appendFileSync(join(dir, 'debate.yaml'), '\n');
    parsed = [];
    const after = await open();
    expect(parsed).toEqual([actorFiles().sort().at(-1)]);
    expect(after.model).toEqual(await fresh());
  });
});
