// The bench at scale: the TUI opening generated debates of growing size (warm,
// after editing one file, first ever), each against a bare `node -e` in the
// same pseudo-terminal and the same rounds; search keys and peak memory on the
// largest; `check` in MB/s of YAML. Wall time and CPU time (the process's own
// time on a CPU at its first frame, from /proc) are both kept: on a shared
// machine the CPU ratios say more. Each open is followed at once by a key (j,
// next issue): the time until its frame is the time to interactive, which a
// first frame drawn before the app could answer would not hide.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The generated debate of `actors` actors, copied into this run's folder (once). */
export async function scaleDebate(work, actors) {
  const dir = join(work, 'scale', `a${actors}`);
  if (!existsSync(dir)) await cp(await generated(actors), dir, { recursive: true });
  return dir;
}

export async function yamlBytes(dir) {
  let total = 0;
  for (const name of await readdir(dir)) if (name.endsWith('.yaml')) total += (await stat(join(dir, name))).size;
  return total;
}

/**
 * CPU milliseconds a live process has used so far, all its threads (Linux),
 * else NaN: from each thread's schedstat (nanoseconds), or the process's
 * utime + stime (10 ms ticks) where schedstat is missing.
 */
export function cpuMs(pid) {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    if (Number.isFinite(ns) && ns > 0) return ns / 1e6;
  } catch {
    // No schedstat (a kernel without it): the coarser ticks below.
  }
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
 * open after editing one file, and a first-ever open; `rounds(size, kind)`
 * says how many of each (the first-ever open of the largest sizes takes
 * seconds, and fewer rounds of it still agree between halves). Every figure
 * keeps its samples in the order taken, so even and odd rounds are two
 * independent halves (see halves() in stats.mjs).
 */
export async function openAtSizes({ cli, work, sizes, rounds, cols, rows, log }) {
  const out = [];
  for (const actors of sizes) {
    const dir = await scaleDebate(work, actors);
    const edited = join(work, 'scale', `a${actors}-edited`);
    await cp(await generated(actors), edited, { recursive: true });
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
      // The first key, pressed as soon as the screen shows: answered by its frame.
      const tti = ms + (await r.keyToFrame('j', 60_000));
      if (quit) {
        // Quitting keeps the compiled code and lets the entries be written, as a user's session does.
        await sleep(1500);
        r.write('q');
        await Promise.race([r.exited, sleep(20_000)]);
      }
      await r.stop();
      return { ms, cpu, tti };
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
        return { ms, cpu, tti: Number.NaN };
      },
      warm: () => open(dir, warmCache),
      edited: async () => {
        await appendFile(join(edited, 'actor-001.yaml'), `# edit ${++edits}\n`);
        return open(edited, editCache);
      },
      first: () => open(dir, join(caches, `empty-${fresh++}`)),
    };
    const names = Object.keys(kinds);
    const times = Object.fromEntries(names.map((n) => [n, { ms: [], cpu: [], tti: [] }]));
    const n = Math.max(...names.map((k) => rounds(actors, k)));
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        if (i >= rounds(actors, name)) continue;
        const t = await kinds[name]();
        for (const f of ['ms', 'cpu', 'tti']) times[name][f].push(t[f]);
      }
      log(`  ${actors} actors: round ${i + 1}/${n}`);
    }
    await rm(join(caches), { recursive: true, force: true });
    out.push({ actors, bytes: await yamlBytes(dir), rounds: Object.fromEntries(names.map((k) => [k, times[k].ms.length])), times });
  }
  return out;
}

/**
 * Search on the largest debate, opened warm: `/`, then a word typed key by
 * key, then Escape, for each word. The first key of a session's first search
 * is timed on its own (it used to build the index), then the session's peak
 * RSS at quit. `sessions` fresh sessions, so that figure has halves too.
 */
export async function searchKeys({ cli, work, actors, cols, rows, peakRss, words, sessions = 2 }) {
  const dir = await scaleDebate(work, actors);
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
  const out = { first: [], later: [], rssKB: [] };
  for (let n = 0; n < sessions; n++) {
    await rm(rss, { force: true });
    const s = start();
    try {
      await s.whenFrame(1, 300_000);
      // Idle time after the first frame, as a person takes before pressing `/`.
      await sleep(3000);
      for (const [w, word] of words.entries()) {
        await s.keyToFrame('/');
        await sleep(40);
        for (const [i, ch] of [...word].entries()) {
          const ms = await s.keyToFrame(ch);
          (w === 0 && i === 0 ? out.first : out.later).push(ms);
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
      out.rssKB.push(Number.parseInt(readFileSync(rss, 'utf8'), 10));
    } catch {
      // Not written: shown as n/a.
      out.rssKB.push(Number.NaN);
    }
  }
  return out;
}

/** `standpoint check` on a debate in fresh processes, as MB/s of YAML. */
export async function checkSpeed({ timed, cli, work, actors, rounds, cache }) {
  const dir = await scaleDebate(work, actors);
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
