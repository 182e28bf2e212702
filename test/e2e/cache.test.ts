// What standpoint keeps between starts, seen from the terminal: the second
// start shows the same screen, an edited file shows its edit, and a cache
// folder that cannot be used only makes the start slower.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { damageRecordOf } from '../helpers/cache-entry.js';
import { KEYS, start } from './harness.js';

const EXAMPLE = join(import.meta.dirname, '../../positions/mexico-cartels');
const work = mkdtempSync(join(tmpdir(), 'standpoint-e2e-caches-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Opens the debate, waits for the matrix, opens the first issue, quits; returns both screens. */
async function session(dir: string, cache: string): Promise<{ matrix: string; issue: string }> {
  const s = start({ args: [dir], cols: 100, rows: 30, env: { XDG_CACHE_HOME: cache } });
  const matrix = (await s.ready(/issues?/)).join('\n');
  await s.press(KEYS.enter);
  const issue = (await s.waitFor((rows) => rows.join('\n') !== matrix, 'the issue view')).join('\n');
  await s.press('q', 'q');
  expect((await s.exit()).code).toBe(0);
  return { matrix, issue };
}

const files = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(v8cache|bin)$/.test(f)) : [];

describe('starting again', () => {
  test('keeps compiled code and the loaded debate, and shows the same screens from them', async () => {
    const dir = join(work, 'same');
    const cache = join(work, 'cache-same');
    cpSync(EXAMPLE, dir, { recursive: true });
    const first = await session(dir, cache);
    const kept = files(cache);
    expect(kept.some((f) => f.endsWith('.v8cache'))).toBe(true);
    expect(kept.some((f) => f.startsWith('standpoint/debates/') && f.endsWith('.bin'))).toBe(true);
    const code = kept.filter((f) => f.endsWith('.v8cache')).map((f) => readFileSync(join(cache, f)));
    const second = await session(dir, cache);
    expect(second).toEqual(first);
    // The second start used the compiled code as kept: V8 refuses code kept under other flags, and it would be written again.
    expect(
      files(cache)
        .filter((f) => f.endsWith('.v8cache'))
        .map((f) => readFileSync(join(cache, f))),
    ).toEqual(code);
  });

  test('shows a file’s edit made between two starts', async () => {
    const dir = join(work, 'edited');
    const cache = join(work, 'cache-edited');
    cpSync(EXAMPLE, dir, { recursive: true });
    await session(dir, cache);
    const debate = join(dir, 'debate.yaml');
    writeFileSync(debate, readFileSync(debate, 'utf8').replace(/^title: .*$/m, 'title: An edited title for the debate'));
    const after = await session(dir, cache);
    expect(after.matrix).toContain('An edited title for the debate');
  });

  test('a FIFO at every cache file’s name (code, debate) does not hang the start', async () => {
    const dir = join(work, 'fifo');
    const cache = join(work, 'cache-fifo');
    cpSync(EXAMPLE, dir, { recursive: true });
    await session(dir, cache);
    const kept = files(cache);
    // The compiled code and the debate's entry (which holds its actor files too).
    expect(kept.length).toBe(2);
    for (const f of kept) {
      rmSync(join(cache, f));
      execFileSync('mkfifo', [join(cache, f)]);
    }
    // ready() gives up after 5 s: a start blocked on the FIFO shows no matrix.
    const { matrix } = await session(dir, cache);
    expect(matrix).toMatch(/issues?/);
  });

  test('an actor’s record damaged in the cache: the actor shows no position, the problems say why, the next start is whole', async () => {
    const dir = join(work, 'damaged');
    const cache = join(work, 'cache-damaged');
    cpSync(EXAMPLE, dir, { recursive: true });
    const first = await session(dir, cache);
    expect(first.matrix).toContain('Critics');
    const entry = files(cache).find((f) => f.endsWith('.bin')) as string;
    damageRecordOf(join(cache, entry), join(dir, 'sheinbaum-critics.yaml'));
    const s = start({ args: [dir], cols: 100, rows: 30, env: { XDG_CACHE_HOME: cache } });
    const matrix = (await s.ready(/issues?/)).join('\n');
    expect(matrix).not.toEqual(first.matrix);
    expect(matrix).toMatch(/1 error/);
    await s.press('p');
    const problems = (await s.waitFor((rows) => rows.join('\n').includes('damaged'), 'the problem')).join(' ').replace(/[┃\s]+/g, ' ');
    expect(problems).toContain('sheinbaum-critics.yaml');
    expect(problems).toContain('open the debate again');
    await s.press('q', 'q');
    expect((await s.exit()).code).toBe(0);
    expect(await session(dir, cache)).toEqual(first);
  });

  test('starts as usual when the cache folder cannot be written', async () => {
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const { matrix } = await session(EXAMPLE, blocked);
    expect(matrix).toMatch(/issues?/);
  });
});
