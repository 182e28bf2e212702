// The launcher runs a bundle through V8's code cache: a start with no cache,
// or a bad one, still runs; the cache is kept only when asked, and used next time.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownFile } from '../../src/cache/folder.js';
import { privateCacheDir } from '../../src/cache/private-dir.js';
import { cacheFileFor, runBundle } from '../../src/launch/code-cache.js';
import { saveCodeCache } from '../../src/launch/hook.js';

let dir: string;
let bundle: string;
let folder: string;
const runs = () => (globalThis as { launchTestRuns?: number }).launchTestRuns ?? 0;

/**
 * Writes the bundle anew, with a different tag of the same length: V8 keeps
 * what it compiled in this process, and a source it has not seen makes it read
 * the cache file (which it checks by the source's length, not its text).
 */
function writeBundle() {
  const tag = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  writeFileSync(
    bundle,
    `// ${tag}
const { join } = require('node:path');
globalThis.launchTestRuns = (globalThis.launchTestRuns ?? 0) + 1;
globalThis.launchTestSaw = { file: join(__dirname, require('node:path').basename(__filename)), exports: typeof module.exports };
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
fib(15);
// Code that only some runs call, as the TUI's is to check's.
globalThis.launchTestMore = function more() {
${Array.from({ length: 40 }, (_, i) => `  const f${i} = (x) => [x, ${i}].map((y) => y * ${i + 1}).reduce((a, b) => a + b, 0);`).join('\n')}
  return [${Array.from({ length: 40 }, (_, i) => `f${i}(${i})`).join(', ')}];
};
`,
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'standpoint-launch-'));
  bundle = join(dir, 'app-TEST1.cjs');
  folder = privateCacheDir('code', join(dir, 'cache')) as string;
  writeBundle();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runBundle', () => {
  it('runs the bundle without a cache folder, and keeps nothing', () => {
    const before = runs();
    const launched = runBundle(bundle, undefined);
    expect(runs()).toBe(before + 1);
    expect(launched.accepted).toBe(false);
    expect(launched.save()).toBe(false);
  });

  it('keeps the compiled code when asked, and the next start uses it', () => {
    const first = runBundle(bundle, folder);
    expect(first.accepted).toBe(false);
    expect(existsSync(cacheFileFor(folder, bundle))).toBe(false);
    expect(first.save()).toBe(true);
    expect(readFileSync(cacheFileFor(folder, bundle)).length).toBeGreaterThan(0);

    writeBundle();
    const second = runBundle(bundle, folder);
    expect(second.accepted).toBe(true);
    // A good cache is not written again.
    expect(second.save()).toBe(false);
  });

  it('replaces a good cache when a run compiled much more than it held, and only then', () => {
    runBundle(bundle, folder).save();
    writeBundle();
    const more = runBundle(bundle, folder);
    expect(more.accepted).toBe(true);
    (globalThis as { launchTestMore?: () => unknown }).launchTestMore?.();
    expect(more.save()).toBe(false);
    expect(more.save({ grow: true })).toBe(true);

    writeBundle();
    const same = runBundle(bundle, folder);
    expect(same.accepted).toBe(true);
    (globalThis as { launchTestMore?: () => unknown }).launchTestMore?.();
    expect(same.save({ grow: true })).toBe(false);
  });

  it('runs as usual over a damaged cache, and replaces it', () => {
    runBundle(bundle, folder).save();
    const file = cacheFileFor(folder, bundle);
    writeFileSync(file, 'not V8 code at all');
    writeBundle();
    const before = runs();
    const launched = runBundle(bundle, folder);
    expect(runs()).toBe(before + 1);
    expect(launched.accepted).toBe(false);
    expect(launched.save()).toBe(true);
    writeBundle();
    expect(runBundle(bundle, folder).accepted).toBe(true);
  });

  it('does not run compiled code that others could have written', () => {
    runBundle(bundle, folder).save();
    const file = cacheFileFor(folder, bundle);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o666);
    writeBundle();
    expect(runBundle(bundle, folder).accepted).toBe(false);
  });

  it('keeps one cache per install: its older builds’ are removed, another install’s kept until stale', () => {
    runBundle(bundle, folder).save();
    const mine = basename(cacheFileFor(folder, bundle));
    const older = mine.replace('app-TEST1', 'app-OLD');
    const otherInstall = join(dir, 'elsewhere', 'app-TEST1.cjs');
    const theirs = basename(cacheFileFor(folder, otherInstall));
    const theirsStale = basename(cacheFileFor(folder, join(dir, 'gone', 'app-TEST1.cjs')));
    for (const name of [older, theirs, theirsStale, 'notes.txt']) writeFileSync(join(folder, name), 'old');
    const month = (Date.now() - 31 * 24 * 3600 * 1000) / 1000;
    utimesSync(join(folder, theirsStale), month, month);
    rmSync(cacheFileFor(folder, bundle));
    runBundle(bundle, folder).save();
    expect(readdirSync(folder).sort()).toEqual([mine, theirs, 'notes.txt'].sort());
  });

  it('two installs sharing one cache folder keep each other’s cache', () => {
    const other = join(dir, 'other-install', 'app-TEST2.cjs');
    mkdirSync(dirname(other));
    cpSync(bundle, other);
    runBundle(other, folder).save();
    runBundle(bundle, folder).save();
    expect(existsSync(cacheFileFor(folder, other))).toBe(true);
    expect(existsSync(cacheFileFor(folder, bundle))).toBe(true);
  });

  it('only skips the cache when its folder cannot be written', () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const launched = runBundle(bundle, join(blocked, 'cache'));
    expect(launched.save()).toBe(false);
  });

  it('saves through the hook the app calls, once', () => {
    runBundle(bundle, folder);
    saveCodeCache();
    expect(existsSync(cacheFileFor(folder, bundle))).toBe(true);
  });

  it('gives the bundle the arguments Node gives a CommonJS module', () => {
    runBundle(bundle, undefined);
    expect((globalThis as { launchTestSaw?: unknown }).launchTestSaw).toEqual({ file: bundle, exports: 'object' });
  });
});

describe('ownFile', () => {
  const me = process.getuid?.() ?? 0;
  it('trusts only the user’s own files that no one else can write', () => {
    expect(ownFile({ uid: me, mode: 0o100600 })).toBe(true);
    expect(ownFile({ uid: me, mode: 0o100644 })).toBe(true);
    expect(ownFile({ uid: me, mode: 0o100664 })).toBe(false);
    expect(ownFile({ uid: me, mode: 0o100646 })).toBe(false);
    expect(ownFile({ uid: me + 1, mode: 0o100600 })).toBe(process.getuid === undefined);
  });
});
