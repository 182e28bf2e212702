// The folder watch: what it reports, and how it copes with the folder going
// away, coming back, and a system that will not watch.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type FolderWatch, watchFolder } from '../../src/watch/folder.js';
import { removeTemps, sleep, tempDebate, waitUntil } from './helpers.js';

let watch: FolderWatch | undefined;
afterEach(() => {
  watch?.close();
  watch = undefined;
  removeTemps();
});

function counting(dir: string, opts: Parameters<typeof watchFolder>[2] = {}) {
  const seen = { changes: 0 };
  watch = watchFolder(dir, () => seen.changes++, { pollMs: 50, ...opts });
  return seen;
}

describe('folder watch', () => {
  test('reports a file written, created, renamed over and deleted', async () => {
    const dir = tempDebate();
    const seen = counting(dir);
    writeFileSync(join(dir, 'council.yaml'), 'name: x\n');
    await waitUntil(() => seen.changes > 0, 'a write');
    for (const step of [
      () => writeFileSync(join(dir, 'newcomer.yaml'), 'name: y\n'),
      () => {
        writeFileSync(join(dir, '.residents.yaml.tmp'), 'name: z\n');
        renameSync(join(dir, '.residents.yaml.tmp'), join(dir, 'residents.yaml'));
      },
      () => rmSync(join(dir, 'newcomer.yaml')),
    ]) {
      const before = seen.changes;
      step();
      await waitUntil(() => seen.changes > before, 'the change');
    }
  });

  test("editors' swap and backup files are not changes", async () => {
    const dir = tempDebate();
    const seen = counting(dir);
    writeFileSync(join(dir, '.council.yaml.swp'), 'swap');
    writeFileSync(join(dir, 'council.yaml~'), 'backup');
    writeFileSync(join(dir, '4913'), '');
    await sleep(300);
    expect(seen.changes).toBe(0);
    writeFileSync(join(dir, 'council.yaml'), 'name: x\n');
    await waitUntil(() => seen.changes > 0, 'a real change');
  });

  test('a removed folder is looked for, and watched again when it comes back', async () => {
    const dir = tempDebate();
    const seen = counting(dir);
    rmSync(dir, { recursive: true });
    await waitUntil(() => seen.changes > 0, 'the removal');
    expect(watch?.check()).toBe(false);
    const before = seen.changes;
    mkdirSync(dir);
    await waitUntil(() => seen.changes > before, 'the folder to be found again');
    expect(watch?.check()).toBe(true);
    const again = seen.changes;
    writeFileSync(join(dir, 'debate.yaml'), 'title: back\n');
    await waitUntil(() => seen.changes > again, 'a change in the new folder');
  });

  test('a folder replaced by another of the same name is watched in its place', async () => {
    const dir = tempDebate();
    const seen = counting(dir);
    renameSync(dir, `${dir}-old`);
    mkdirSync(dir);
    await waitUntil(() => seen.changes > 0, 'the move');
    expect(watch?.check()).toBe(true);
    const before = seen.changes;
    writeFileSync(join(dir, 'debate.yaml'), 'title: new\n');
    await waitUntil(() => seen.changes > before, 'a change in the new folder');
  });

  test('when the system will not watch, it compares listings instead', async () => {
    const dir = tempDebate();
    const refuse = (() => {
      throw Object.assign(new Error('no watches left'), { code: 'ENOSPC' });
    }) as unknown as typeof import('node:fs').watch;
    const seen = counting(dir, { watch: refuse });
    expect(watch?.polling).toBe(true);
    writeFileSync(join(dir, 'newcomer.yaml'), 'name: y\n');
    await waitUntil(() => seen.changes > 0, 'the new file, seen by polling');
    const before = seen.changes;
    rmSync(dir, { recursive: true });
    await waitUntil(() => seen.changes > before, 'the removal, seen by polling');
    expect(watch?.check()).toBe(false);
  });
});
