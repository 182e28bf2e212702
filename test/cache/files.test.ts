// Each actor file's load is remembered on its own (src/cache/files.ts): a
// debate of any size opens again without parsing, an edit parses only the
// edited file, and what comes out is exactly what a fresh load gives.
import { chmodSync, cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDebateRemembered, MAX_REMEMBERED_BYTES, settled } from '../../src/cache/debates.js';
import { RememberedFiles } from '../../src/cache/files.js';
import { privateCacheDir } from '../../src/cache/private-dir.js';
import { loadDebate } from '../../src/model/load.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
const ACTORS = 3;
let work: string;
let dir: string;
let folder: string;

/** A load through the file entries, counting the files that came from them. */
async function open(d = dir) {
  const memory = new RememberedFiles(folder, d, d, 'test');
  let hits = 0;
  const take = memory.take.bind(memory);
  memory.take = (...args) => {
    const found = take(...args);
    if (found) hits++;
    return found;
  };
  const result = await loadDebate(d, { unchanged: memory });
  return { result, hits, memory };
}
const entries = () => readdirSync(folder).filter((n) => n.endsWith('.bin'));

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'standpoint-files-'));
  dir = join(work, 'mexico-cartels');
  cpSync(EXAMPLE, dir, { recursive: true });
  folder = privateCacheDir('files', join(work, 'cache')) as string;
});

afterEach(async () => {
  await settled();
  rmSync(work, { recursive: true, force: true });
});

describe('RememberedFiles', () => {
  it('opens again without parsing any actor file, equal to a fresh load', async () => {
    const first = await open();
    expect(first.hits).toBe(0);
    expect(entries()).toHaveLength(ACTORS);
    const again = await open();
    expect(again.hits).toBe(ACTORS);
    expect(again.result.model).toEqual((await loadDebate(dir)).model);
  });

  it('after an edit parses only the edited file, and gives what a fresh load gives', async () => {
    await open();
    const file = join(dir, 'us-administration.yaml');
    writeFileSync(file, `${(await import('node:fs')).readFileSync(file, 'utf8').replace(/claim: .*/, 'claim: Edited.')}\n`);
    const edited = await open();
    expect(edited.hits).toBe(ACTORS - 1);
    expect(edited.result.model).toEqual((await loadDebate(dir)).model);
    // The edited file's old entry is forgotten; the new one is kept.
    edited.memory.prune();
    expect(entries()).toHaveLength(ACTORS);
  });

  it('gives a broken file’s problems exactly as a fresh load reports them', async () => {
    writeFileSync(join(dir, 'broken.yaml'), 'name: Broken\npositions:\n  - id: x\n    issue: nowhere\n    stance: maybe\n');
    await open();
    const again = await open();
    expect(again.hits).toBe(ACTORS + 1);
    const fresh = await loadDebate(dir);
    expect(again.result.model.diagnostics).toEqual(fresh.model.diagnostics);
    expect(again.result.model.diagnostics.some((d) => d.file === join(dir, 'broken.yaml') && d.severity === 'error')).toBe(true);
  });

  it('parses every file again when debate.yaml’s ids change (they are checked against it)', async () => {
    await open();
    const debate = join(dir, 'debate.yaml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(debate, readFileSync(debate, 'utf8').replace(/id: sovereignty/, 'id: sovereignty-renamed'));
    const changed = await open();
    expect(changed.hits).toBe(0);
    expect(changed.result.model).toEqual((await loadDebate(dir)).model);
  });

  it('never uses an entry for another file, even one with the same text', async () => {
    await open();
    const copy = join(work, 'copy');
    cpSync(dir, copy, { recursive: true });
    expect((await open(copy)).hits).toBe(0);
    // An entry renamed to another name is not taken for that name's file either.
    const [a, b] = entries().sort();
    renameSync(join(folder, a as string), join(folder, b as string));
    const after = await open();
    expect(after.result.model).toEqual((await loadDebate(dir)).model);
  });

  it('ignores entries someone else could have written, and damaged ones', async () => {
    await open();
    const [first, ...rest] = entries();
    chmodSync(join(folder, first as string), 0o666);
    for (const name of rest) writeFileSync(join(folder, name), 'damaged');
    const again = await open();
    expect(again.hits).toBe(0);
    expect(again.result.model).toEqual((await loadDebate(dir)).model);
  });
});

describe('loadDebateRemembered with file entries', () => {
  it('remembers a debate larger than a whole entry may be, file by file', async () => {
    const bulk = `name: Bulk\n# ${'x'.repeat(400 * 1024)}\n`;
    const count = Math.ceil(MAX_REMEMBERED_BYTES / (400 * 1024)) + 1;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `zz-bulk-${i}.yaml`), bulk);
    const opts = { folder: privateCacheDir('debates', join(work, 'cache')), files: folder };
    const fresh = await loadDebateRemembered(dir, opts);
    await settled();
    expect(entries()).toHaveLength(ACTORS + count);
    const again = await loadDebateRemembered(dir, opts);
    expect(again.model).toEqual(fresh.model);
    expect(again.model).toEqual((await loadDebate(dir)).model);
    expect(readdirSync(join(work, 'cache', 'debates')).filter((n) => n.endsWith('.bin'))).toEqual([]);
  });
});
