// A cache folder others could write is a way in: another user plants links
// for the cache to write or prune through, renames entries to show one debate
// as another. The attacker's steps run as a second user (uid 65534, through
// setpriv) when the tests run as root; without root or setpriv those cases
// skip. The same-user cases (the rules each file operation keeps) always run.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryName, loadDebateRemembered, settled } from '../../src/cache/debates.js';
import { cacheRoot, privateCacheDir } from '../../src/cache/private-dir.js';
import { cacheFileFor, runBundle } from '../../src/launch/code-cache.js';
import { loadDebate } from '../../src/model/load.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
const NOBODY = 65534;

function hasSetpriv(): boolean {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const secondUser = process.getuid?.() === 0 && hasSetpriv();

/** Runs a shell command as the second user: the attacker. */
function asAttacker(script: string): void {
  execFileSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'sh', '-euc', script], { stdio: 'pipe' });
}

let work: string;
let savedXdg: string | undefined;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'standpoint-hostile-cache-'));
  savedXdg = process.env.XDG_CACHE_HOME;
});
afterEach(async () => {
  await settled();
  if (savedXdg === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = savedXdg;
  rmSync(work, { recursive: true, force: true });
});

/** A debate of the user's own, with a title to tell it apart. */
function debate(name: string, title = name): string {
  const dir = join(work, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, 'debate.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
  return dir;
}

describe('privateCacheDir', () => {
  it('makes <root>/<sub> private to the user and gives its absolute path', () => {
    const root = join(work, 'cache', 'standpoint');
    const dir = privateCacheDir('debates', root);
    expect(dir).toBe(join(root, 'debates'));
    for (const d of [root, join(root, 'debates')]) expect(statSync(d).mode & 0o777).toBe(0o700);
  });

  it('refuses a folder on the way that is a link, or that others can write', () => {
    const root = join(work, 'standpoint');
    mkdirSync(join(work, 'elsewhere'), { mode: 0o700 });
    mkdirSync(root, { mode: 0o700 });
    symlinkSync(join(work, 'elsewhere'), join(root, 'debates'));
    expect(privateCacheDir('debates', root)).toBeUndefined();
    expect(privateCacheDir('code', root)).toBe(join(root, 'code'));
    chmodSync(root, 0o777);
    expect(privateCacheDir('code', root)).toBeUndefined();
    chmodSync(root, 0o770);
    expect(privateCacheDir('code', root)).toBeUndefined();
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG spec says', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/x/cache' }, () => '/home/u')).toBe('/x/cache/standpoint');
    expect(cacheRoot({ XDG_CACHE_HOME: 'cache' }, () => '/home/u')).toBe('/home/u/.cache/standpoint');
    expect(cacheRoot({}, () => '/home/u')).toBe('/home/u/.cache/standpoint');
    expect(cacheRoot({}, () => 'relative-home')).toBeUndefined();
    expect(
      cacheRoot({}, () => {
        throw new Error('no home');
      }),
    ).toBeUndefined();
  });

  it('a relative XDG_CACHE_HOME never makes a cache in the folder standpoint runs from', async () => {
    const cwd = process.cwd();
    const home = process.env.HOME;
    process.chdir(work);
    process.env.XDG_CACHE_HOME = 'rel-cache';
    process.env.HOME = join(work, 'home');
    try {
      await loadDebateRemembered(debate('a'));
      await settled();
    } finally {
      process.chdir(cwd);
      process.env.HOME = home;
    }
    expect(existsSync(join(work, 'rel-cache'))).toBe(false);
    expect(readdirSync(join(work, 'home', '.cache', 'standpoint', 'debates')).length).toBe(1);
  });
});

describe('an entry is used only for the debate it holds', () => {
  it('an entry renamed to another debate’s name is not shown as that debate', async () => {
    const folder = privateCacheDir('debates', join(work, 'cache')) as string;
    const a = debate('a', 'Debate A');
    const b = debate('b', 'Debate B');
    await loadDebateRemembered(b, { folder });
    await settled();
    const [entryB] = readdirSync(folder);
    // A's entry name, as the cache names it.
    const nameA = entryName(a);
    renameSync(join(folder, entryB as string), join(folder, nameA));
    const shown = await loadDebateRemembered(a, { folder });
    expect(shown.model.title).toBe('Debate A');
    expect(shown.model.dir).toBe(a);
  });
});

describe('the cache never writes through a link at its temporary names', () => {
  it('code cache: a link planted at the process’s temporary name is not followed', () => {
    const folder = privateCacheDir('code', join(work, 'cache')) as string;
    const bundle = join(work, 'app-TEST2.cjs');
    writeFileSync(bundle, 'globalThis.hostileRan = true;\n');
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'the user’s own file');
    symlinkSync(victim, `${cacheFileFor(folder, bundle)}.${process.pid}.tmp`);
    expect(runBundle(bundle, folder).save()).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
  });

  it('debate cache: the same, and pruning removes no file through a link or of another owner', async () => {
    const folder = privateCacheDir('debates', join(work, 'cache')) as string;
    const a = debate('a');
    const victim = join(work, 'victim.bin');
    writeFileSync(victim, 'the user’s own file');
    const name = entryName(a);
    symlinkSync(victim, join(folder, `${name}.${process.pid}.tmp`));
    // A link with an entry's name (same debate, so pruning would remove it), pointing at the victim.
    symlinkSync(victim, join(folder, `${name.slice(0, 17)}${'0'.repeat(32)}.bin`));
    await loadDebateRemembered(a, { folder });
    await settled();
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    expect((await loadDebateRemembered(a, { folder, load: () => Promise.reject(new Error('loaded again')) })).model.dir).toBe(a);
  });
});

describe.skipIf(!secondUser)('another user who can write the cache folder (run as uid 65534 with setpriv)', () => {
  /** A sticky, world-writable folder, as /tmp: the kind of place a shared XDG_CACHE_HOME points at. */
  function sharedFolder(): string {
    chmodSync(work, 0o755);
    const shared = join(work, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    return shared;
  }

  it('a standpoint folder the attacker made first is not used: no write through planted links, no pruning of the user’s files', async () => {
    const shared = sharedFolder();
    const victimDir = join(work, 'victim');
    mkdirSync(victimDir);
    const victimFiles = Array.from({ length: 25 }, (_, i) => `${String(i).padStart(16, '0')}-${'a'.repeat(32)}.bin`);
    for (const f of victimFiles) writeFileSync(join(victimDir, f), 'the user’s own file');
    chmodSync(victimDir, 0o755);
    asAttacker(`mkdir -m 777 '${shared}/standpoint' && ln -s '${victimDir}' '${shared}/standpoint/debates'`);
    process.env.XDG_CACHE_HOME = shared;
    expect(privateCacheDir('debates')).toBeUndefined();
    expect(privateCacheDir('code')).toBeUndefined();
    const a = debate('a', 'Debate A');
    expect((await loadDebateRemembered(a)).model.title).toBe('Debate A');
    await settled();
    expect(readdirSync(victimDir).sort()).toEqual(victimFiles);
    for (const f of victimFiles) expect(readFileSync(join(victimDir, f), 'utf8')).toBe('the user’s own file');
  });

  it('a debates folder the attacker linked inside the user’s own standpoint folder is not used', async () => {
    const shared = sharedFolder();
    mkdirSync(join(shared, 'standpoint'), { mode: 0o700 });
    chmodSync(join(shared, 'standpoint'), 0o777);
    asAttacker(`mkdir '${shared}/theirs' && ln -s '${shared}/theirs' '${shared}/standpoint/debates'`);
    chmodSync(join(shared, 'standpoint'), 0o700);
    process.env.XDG_CACHE_HOME = shared;
    expect(privateCacheDir('debates')).toBeUndefined();
    await loadDebateRemembered(debate('a'));
    await settled();
    expect(readdirSync(join(shared, 'theirs'))).toEqual([]);
  });

  it('entries the attacker owns are neither read nor pruned, even in a folder of the user’s', async () => {
    const folder = privateCacheDir('debates', join(work, 'cache')) as string;
    const a = debate('a', 'Debate A');
    const b = debate('b', 'Debate B');
    await loadDebateRemembered(b, { folder });
    await settled();
    const [entryB] = readdirSync(folder);
    const nameA = entryName(a);
    const prefixA = nameA.slice(0, 17);
    const staleA = `${prefixA}${'1'.repeat(32)}.bin`;
    // As if the attacker had got entries in: theirs, named for debate A.
    cpSync(join(folder, entryB as string), join(folder, nameA));
    cpSync(join(folder, entryB as string), join(folder, staleA));
    execFileSync('chown', [`${NOBODY}:${NOBODY}`, join(folder, nameA), join(folder, staleA)]);
    expect((await loadDebateRemembered(a, { folder })).model.title).toBe('Debate A');
    await settled();
    // Pruning (A's older entries go) leaves what is not the user's own.
    expect(lstatSync(join(folder, staleA)).uid).toBe(NOBODY);
    expect(lstatSync(join(folder, nameA)).uid).toBe(process.getuid?.());
  });
});

describe('the loader is the same with or without the cache', () => {
  it('a debate opened through the cache equals a fresh load', async () => {
    const folder = privateCacheDir('debates', join(work, 'cache')) as string;
    const a = debate('a');
    await loadDebateRemembered(a, { folder });
    await settled();
    expect((await loadDebateRemembered(a, { folder })).model).toEqual((await loadDebate(a)).model);
  });
});
