// The bench at scale: the TUI opening generated debates of growing size (warm,
// after editing one file, first ever), each against a bare `node -e` in the
// same pseudo-terminal and the same rounds; search keys and peak memory on the
// largest; `check` in MB/s of YAML. Wall time and CPU time (the process's own
// utime + stime at its first frame, from /proc) are both kept: on a shared
// machine the CPU ratios say more.
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, cp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDebate } from '../generate-debate.mjs';
import { PtyRun, sleep } from './pty.mjs';
import { median } from './stats.mjs';

export const ISSUES = 30;
export const EVIDENCE_PER_ACTOR = 50;
const READY = 'standpoint-bench-ready';
const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * A generated debate of `actors` actors, kept between bench runs in the
 * bench's own temporary folder (the 1,000-actor one takes a while to write).
 */
export async function generated(actors) {
  const dir = join(tmpdir(), 'standpoint-bench-debates', `a${actors}-i${ISSUES}-e${EVIDENCE_PER_ACTOR}-v1`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true });
    await generateDebate(dir, { actors, issues: ISSUES, evidence: EVIDENCE_PER_ACTOR * actors, seed: 1 });
    await writeFile(done, '');
  }
  return dir;
}

export async function yamlBytes(dir) {
  let total = 0;
  for (const name of await readdir(dir)) if (name.endsWith('.yaml')) total += (await stat(join(dir, name))).size;
  return total;
}

/** CPU milliseconds a live process has used so far (Linux), else NaN. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return Number.NaN;
  }
}

/**
 * Opens the debates of each size, interleaving a bare node, a warm open, an
 * open after editing one file, and a first-ever open, `rounds(size)` times.
 */
export async function openAtSizes({ cli, work, sizes, rounds, cols, rows, log }) {
  const out = [];
  for (const actors of sizes) {
    const source = await generated(actors);
    const dir = join(work, 'scale', `a${actors}`);
    const edited = join(work, 'scale', `a${actors}-edited`);
    await cp(source, dir, { recursive: true });
    await cp(source, edited, { recursive: true });
    const caches = join(work, 'scale-caches', `a${actors}`);
    const warmCache = join(caches, 'warm');
    const editCache = join(caches, 'edit');
    const run = async (args, cache, ready) => {
      const r = new PtyRun(process.execPath, args, { cols, rows, cwd: work, env: cache ? { XDG_CACHE_HOME: cache } : {} });
      const at = ready ? await r.whenText(ready, 30_000) : await r.whenFrame(1, 300_000);
      const cpu = cpuMs(r.proc.pid);
      return { r, ms: at - r.started, cpu };
    };
    const open = async (d, cache, { quit = false } = {}) => {
      const { r, ms, cpu } = await run([cli, d], cache);
      if (quit) {
        // Quitting keeps the compiled code and lets the entries be written, as a user's session does.
        await sleep(1500);
        r.write('q');
        await Promise.race([r.exited, sleep(20_000)]);
      }
      await r.stop();
      return { ms, cpu };
    };
    log(`  ${actors} actors: preparing caches…`);
    await open(dir, warmCache, { quit: true });
    await open(edited, editCache, { quit: true });
    let fresh = 0;
    let edits = 0;
    const kinds = {
      base: async () => {
        const { r, ms, cpu } = await run(['-e', `console.log(${JSON.stringify(READY)}); setTimeout(() => {}, 60000)`], undefined, READY);
        await r.stop();
        return { ms, cpu };
      },
      warm: () => open(dir, warmCache),
      edited: async () => {
        await appendFile(join(edited, 'actor-001.yaml'), `# edit ${++edits}\n`);
        return open(edited, editCache);
      },
      first: () => open(dir, join(caches, `empty-${fresh++}`)),
    };
    const names = Object.keys(kinds);
    const times = Object.fromEntries(names.map((n) => [n, { ms: [], cpu: [] }]));
    const n = rounds(actors);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        const t = await kinds[name]();
        times[name].ms.push(t.ms);
        times[name].cpu.push(t.cpu);
      }
      log(`  ${actors} actors: round ${i + 1}/${n}`);
    }
    await rm(join(caches), { recursive: true, force: true });
    out.push({ actors, bytes: await yamlBytes(dir), rounds: n, times });
  }
  return out;
}

/**
 * Search on the largest debate, opened warm: `/`, then a word typed key by
 * key, then Escape, a few times. The first key of the first search is timed
 * on its own (it used to build the index); then peak RSS at quit.
 */
export async function searchKeys({ cli, work, actors, cols, rows, peakRss, words }) {
  const dir = join(work, 'scale', `a${actors}`);
  const cache = join(work, 'scale-caches', `search-a${actors}`);
  const rss = join(work, `rss-search-a${actors}`);
  const start = () =>
    new PtyRun(process.execPath, ['--import', peakRss, cli, dir], {
      cols,
      rows,
      cwd: work,
      env: { XDG_CACHE_HOME: cache, STANDPOINT_BENCH_RSS: rss },
    });
  // A first session fills the cache.
  const first = start();
  await first.whenFrame(1, 300_000);
  await sleep(1500);
  first.write('q');
  await Promise.race([first.exited, sleep(20_000)]);
  await first.stop();
  const s = start();
  const out = { first: [], later: [], rssKB: Number.NaN };
  try {
    await s.whenFrame(1, 300_000);
    // Idle time after the first frame, as a person takes before pressing `/`.
    await sleep(3000);
    for (const word of words) {
      await s.keyToFrame('/');
      await sleep(40);
      for (const [i, ch] of [...word].entries()) {
        (i === 0 ? out.first : out.later).push(await s.keyToFrame(ch));
        await sleep(40);
      }
      await s.keyToFrame('\u001b');
      await sleep(40);
    }
    s.write('q');
    await Promise.race([s.exited, sleep(20_000)]);
  } finally {
    await s.stop();
  }
  try {
    out.rssKB = Number.parseInt(readFileSync(rss, 'utf8'), 10);
  } catch {
    // Not written: shown as n/a.
  }
  return out;
}

/** `standpoint check` on a debate in fresh processes, as MB/s of YAML. */
export async function checkSpeed({ timed, cli, work, actors, rounds, cache }) {
  const dir = join(work, 'scale', `a${actors}`);
  const bytes = await yamlBytes(dir);
  const ms = [];
  for (let i = 0; i < 1 + rounds; i++) {
    const t = await timed([cli, 'check', dir], join(work, 'rss-check-scale'), cache);
    if (i > 0) ms.push(t.ms);
  }
  return { actors, bytes, ms };
}

/** Growth per size step: t ∝ n^k between neighbouring sizes, k printed. */
export function growth(points) {
  return points.map((p, i) => {
    if (i === 0) return Number.NaN;
    const prev = points[i - 1];
    return Math.log(p.value / prev.value) / Math.log(p.actors / prev.actors);
  });
}

export const med = (list) => median(list.filter(Number.isFinite));
