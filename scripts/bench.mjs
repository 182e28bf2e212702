#!/usr/bin/env node
// `npm run bench [-- --quick]`: measures standpoint against baselines taken in
// the same run, and prints each figure with its target (PASS/MISS):
//   1. time to first frame on the example, against a bare `node -e` printing
//      one line (same pseudo-terminal, interleaved runs, medians);
//   2. key-press-to-frame latency on the example and on a large synthetic
//      debate (keys sent to both in turn);
//   3. `standpoint check` on the large debate, against reading and parsing the
//      same files with yaml's parseDocument alone (each in a fresh process);
//   4. peak RSS of the TUI and of check on the large debate;
//   5. `standpoint check` on one file with N stubs (2N warnings, each with a
//      code frame) at N and 4N: linear work takes about 4× as long, not 16×;
//   6. at scale (scripts/bench/scale.mjs): the TUI opening generated debates of
//      3 to 1,000 actors (warm, after editing one file, first ever) against
//      bare node, wall and CPU time; search keys and peak RSS on the largest;
//      check in MB/s. The full run writes the report to docs/performance.md.
// Every run keeps its cache folder (compiled code, loaded debates) in the
// bench's own temporary folder; section 1 says which starts find what there.
// --quick (CI) uses a tiny debate and few rounds: it shows that the bench
// works and exits 0 whatever the timings; the full run exits 1 on a MISS.
// --only start,keys,check,problems,scale,search runs only those sections, and
// --sizes 3,1000 the debates of these sizes only (neither writes the report). Every sample is taken in rounds, so each figure is also
// computed on the even and on the odd rounds alone: the "halves" column shows
// both and how far apart they are, which is how far two runs can be trusted
// to agree.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PtyRun, sleep } from './bench/pty.mjs';
import { checkSpeed, cpuMs, EVIDENCE_PER_ACTOR, growth, ISSUES, med, openAtSizes, searchKeys } from './bench/scale.mjs';
import { formatMs, formatRatio, formatReport, half, median, quantile, spreadOf, verdict } from './bench/stats.mjs';
import { generateDebate } from './generate-debate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'standpoint.js');
const EXAMPLE = join(ROOT, 'positions', 'mexico-cartels');
const PARSE_ONLY = join(ROOT, 'scripts', 'bench', 'parse-only.mjs');
const PEAK_RSS = join(ROOT, 'scripts', 'bench', 'peak-rss.mjs');
const COLS = 120;
const ROWS = 36;
const READY = 'standpoint-bench-ready';

const TARGETS = {
  firstFrame: 2,
  openAtScale: 3,
  mbPerS: 20,
  searchMs: 16,
  rssScaleMB: 250,
  keyMs: 16,
  keyScale: 1.25,
  check: 1.5,
  rssMB: 150,
  problemsScale: 6,
};

const SECTIONS = ['start', 'keys', 'check', 'problems', 'scale', 'search'];
/** Two runs on a quiet machine should agree this closely: the halves of one run are checked against it. */
const AGREE = 0.1;

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string' },
  },
});
const quick = flags.quick;
const only = flags.only?.split(',').map((x) => x.trim());
const unknown = only?.filter((x) => !SECTIONS.includes(x)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`bench: no section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}\n`);
  process.exit(2);
}
const wanted = (section) => !only || only.includes(section);
const sizes = flags.sizes?.split(',').map(Number);
if (sizes && (sizes.length === 0 || !sizes.every((n) => Number.isInteger(n) && n > 0))) {
  process.stderr.write(`bench: --sizes takes actor counts, as 3,100,1000 (not ${flags.sizes})\n`);
  process.exit(2);
}
const plan = quick
  ? {
      warmup: 1,
      startRounds: 3,
      checkRounds: 1,
      walks: 1,
      large: { actors: 6, issues: 4, evidence: 40 },
      stubs: 100,
      sizes: [3, 10],
      sizeRounds: () => 2,
      searchWords: ['policy'],
      searchSessions: 2,
    }
  : {
      warmup: 2,
      startRounds: 16,
      checkRounds: 5,
      walks: 12,
      large: { actors: 200, issues: 50, evidence: 10_000 },
      stubs: 1000,
      sizes: [3, 30, 100, 300, 1000],
      // A first-ever open of 300 or 1,000 actors takes seconds; its halves agree with fewer rounds.
      sizeRounds: (actors, kind) => (kind === 'first' ? (actors >= 300 ? 2 : 6) : actors >= 1000 ? 6 : actors >= 300 ? 8 : 10),
      searchWords: ['policy', 'trade law', 'court', 'budget'],
      searchSessions: 2,
    };
// --sizes 3,1000: the scale and search sections on these sizes only (search on the largest).
if (sizes) plan.sizes = sizes;

// One walk through the TUI, then back to the matrix one issue further down.
// Only keys that change the screen whatever the debate holds (an actor may
// have a lone claim on an issue), so each is answered by exactly one frame:
// across actors, step-through (reveal, reveal, hide, show all), back.
const WALK = [
  ['open issue', '\r'],
  ['next actor', 'l'],
  ['previous actor', 'h'],
  ['step', ' '],
  ['step', ' '],
  ['step back', '\u007f'],
  ['leave step mode', 's'],
  ['back to matrix', '\u001b'],
  ['next actor', 'l'],
  ['previous actor', 'h'],
  ['next issue', 'j'],
];
// Every other walk ends one issue up instead, so walks can go on however few
// issues the example has.
const walk = (w) => (w % 2 === 0 ? WALK : [...WALK.slice(0, -1), ['previous issue', 'k']]);

const log = (line) => process.stderr.write(`${line}\n`);

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm run bench does it first).`);
  if (!existsSync(join(EXAMPLE, 'debate.yaml'))) throw new Error(`the example debate is missing: ${EXAMPLE}`);
  const work = await mkdtemp(join(tmpdir(), 'standpoint-bench-'));
  try {
    const large = join(work, 'large');
    const made = await generateDebate(large, plan.large);
    const largeLabel = `${made.actors} actors × ${made.issues} issues × ${made.evidence} evidence`;
    log(`standpoint bench${quick ? ' --quick' : ''}: node ${process.version}, ${cpus().length} CPUs; large debate: ${largeLabel}`);

    const figures = { quick, node: process.version, cpus: cpus().length, large: made };
    if (wanted('start')) {
      log('1/6 time to first frame…');
      figures.start = await firstFrames(work);
    }
    if (wanted('keys')) {
      log('2/6 key press to frame…');
      figures.keys = await keyLatency(large, work);
    }
    if (wanted('check')) {
      log('3/6 check against bare parsing…');
      figures.check = await checkVsParse(large, work);
    }
    if (wanted('problems')) {
      log(`4-5/6 check on ${plan.stubs} and ${4 * plan.stubs} stubs in one file…`);
      figures.problems = await manyProblems(work);
    }
    const biggest = plan.sizes[plan.sizes.length - 1];
    const scaleOpts = { cli: CLI, work, cols: COLS, rows: ROWS, log };
    if (wanted('scale')) {
      log(`6/6 at scale: ${plan.sizes.join(', ')} actors × ${ISSUES} issues × ${EVIDENCE_PER_ACTOR} evidence per actor…`);
      figures.scale = await openAtSizes({ ...scaleOpts, sizes: plan.sizes, rounds: plan.sizeRounds });
      log(`  check on ${biggest} actors…`);
      figures.checkScale = await checkSpeed({ timed, cli: CLI, work, actors: biggest, rounds: plan.checkRounds, cache: keptCache(work) });
    }
    if (wanted('search')) {
      log(`  search keys on ${biggest} actors…`);
      figures.searching = await searchKeys({
        ...scaleOpts,
        actors: biggest,
        peakRss: PEAK_RSS,
        words: plan.searchWords,
        sessions: plan.searchSessions,
      });
    }

    const rowsOf = (f) => [...reportRows(f), ...scaleRows(f)];
    const rows = withHalves(rowsOf(figures), rowsOf(half(figures, 0)), rowsOf(half(figures, 1)));
    const parts = [formatReport(rows, { judged: !quick }), agreementLine(rows), details(figures, largeLabel)];
    if (figures.scale) parts.push(scaleTable(figures.scale));
    const report = parts.join('\n\n');
    if (!quick && !only && !sizes) {
      await mkdir(join(ROOT, 'docs'), { recursive: true });
      await writeFile(join(ROOT, 'docs', 'performance.md'), performanceDoc(report, figures));
    }
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...figures, rows }, null, 2)}\n`);
    else {
      process.stdout.write(`\n${report}\n`);
      if (quick) process.stdout.write('\n--quick: tiny debate and few rounds; results in brackets are not judged.\n');
    }
    const missed = rows.filter((r) => r.result === 'MISS').length;
    return quick || missed === 0 ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// --- 1. time to first frame ---------------------------------------------
//
// standpoint keeps compiled code and loaded debates in its cache folder
// (src/launch, src/cache). Three starts are timed: again (both kept: every
// start after the first, the judged figure), after an edit (the code kept, the
// debate loaded afresh), and the first ever (nothing kept).

/** The cache folder of a user who has run standpoint before (the example's code and model kept). */
const keptCache = (work) => join(work, 'caches', 'kept');

async function firstFrames(work) {
  const caches = join(work, 'caches');
  const kept = keptCache(work);
  const codeOnly = join(caches, 'code-only');
  const base = { ms: [], cpu: [] };
  const app = Object.fromEntries(['again', 'edited', 'first'].map((k) => [k, { ms: [], cpu: [], tti: [] }]));
  const runBase = async () => {
    const run = new PtyRun(process.execPath, ['-e', `console.log(${JSON.stringify(READY)}); setTimeout(() => {}, 60000)`], {
      cols: COLS,
      rows: ROWS,
      cwd: work,
    });
    const at = await run.whenText(READY);
    const cpu = cpuMs(run.proc.pid);
    await run.stop();
    return { ms: at - run.started, cpu };
  };
  const runApp = async (cache, { quit = false } = {}) => {
    const run = new PtyRun(process.execPath, [CLI, EXAMPLE], { cols: COLS, rows: ROWS, cwd: work, env: { XDG_CACHE_HOME: cache } });
    const at = await run.whenFrame(1);
    const cpu = cpuMs(run.proc.pid);
    const ms = at - run.started;
    // A frame of the debate, not of an error or the loading screen.
    if (!/issues?\b/.test(run.output)) throw new Error(`the first frame does not show the matrix:\n${run.output.slice(-2000)}`);
    // The first key (next issue), pressed as soon as the screen shows.
    const tti = ms + (await run.keyToFrame('j'));
    if (quit) {
      // Quitting keeps the compiled code, as a user's first session does.
      await sleep(300);
      run.write('q');
      await run.exited;
    } else await run.stop();
    return { ms, cpu, tti };
  };
  await runApp(kept, { quit: true });
  await cp(join(kept, 'standpoint'), join(codeOnly, 'standpoint'), { recursive: true });
  let fresh = 0;
  const starts = {
    base: runBase,
    again: () => runApp(kept),
    edited: async () => {
      await rm(join(codeOnly, 'standpoint', 'debates'), { recursive: true, force: true });
      return runApp(codeOnly);
    },
    first: () => runApp(join(caches, `empty-${fresh++}`)),
  };
  const names = Object.keys(starts);
  for (let i = 0; i < plan.warmup + plan.startRounds; i++) {
    // Each kind of start goes first in turn, so none always follows another.
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const t = await starts[name]();
      if (i < plan.warmup) continue;
      const into = name === 'base' ? base : app[name];
      for (const [f, list] of Object.entries(into)) list.push(t[f]);
    }
  }
  return { base, app };
}

// --- 2. key press to frame ----------------------------------------------

async function keyLatency(large, work) {
  const rssFiles = { example: join(work, 'rss-tui-example'), large: join(work, 'rss-tui-large') };
  const open = (dir, rss) =>
    new PtyRun(process.execPath, ['--import', PEAK_RSS, CLI, dir], {
      cols: COLS,
      rows: ROWS,
      cwd: work,
      env: { STANDPOINT_BENCH_RSS: rss, XDG_CACHE_HOME: keptCache(work) },
    });
  const sessions = { example: open(EXAMPLE, rssFiles.example), large: open(large, rssFiles.large) };
  const times = { example: [], large: [] };
  try {
    await Promise.all([sessions.example.whenFrame(1, 60_000), sessions.large.whenFrame(1, 60_000)]);
    // Ink turns on raw mode just after its first frame.
    await sleep(300);
    // Warm-up: a few moves in the matrix, not counted.
    for (const key of ['j', 'k', 'j', 'k']) {
      for (const s of Object.values(sessions)) {
        await s.keyToFrame(key);
        await sleep(40);
      }
    }
    for (let w = 0; w < plan.walks; w++) {
      for (const [what, key] of walk(w)) {
        // Keys go to each debate in turn, so both see the same machine load.
        for (const name of ['example', 'large']) {
          try {
            times[name].push(await sessions[name].keyToFrame(key));
          } catch (err) {
            throw new Error(`${name}: "${what}" (walk ${w + 1}) drew no frame: ${err.message}`);
          }
          // Ink draws at most 60 frames a second: let the throttle settle.
          await sleep(40);
        }
      }
    }
    for (const s of Object.values(sessions)) s.write('q');
    const exits = await Promise.all(Object.values(sessions).map((s) => Promise.race([s.exited, sleep(5000).then(() => s.stop())])));
    if (exits.some((e) => e.exitCode !== 0)) throw new Error(`the TUI did not quit cleanly on q: ${JSON.stringify(exits)}`);
  } finally {
    await Promise.all(Object.values(sessions).map((s) => s.stop()));
  }
  return { ...times, rssTuiExampleKB: await readRss(rssFiles.example), rssTuiLargeKB: await readRss(rssFiles.large) };
}

// --- 3. check against bare parsing --------------------------------------

function timed(args, rssFile, cache) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK_RSS, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, STANDPOINT_BENCH_RSS: rssFile, NO_COLOR: '1', XDG_CACHE_HOME: cache },
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('exit', async (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}:\n${err}`));
      else resolve({ ms, rssKB: await readRss(rssFile) });
    });
  });
}

async function checkVsParse(large, work) {
  const rss = join(work, 'rss-check');
  const runs = {
    check: () => timed([CLI, 'check', large], rss, keptCache(work)),
    parse: () => timed([PARSE_ONLY, large], rss, keptCache(work)),
  };
  const out = { check: [], parse: [], rssCheckKB: [], rssParseKB: [] };
  for (let i = 0; i < 1 + plan.checkRounds; i++) {
    const order = i % 2 === 0 ? ['parse', 'check'] : ['check', 'parse'];
    for (const name of order) {
      const { ms, rssKB } = await runs[name]();
      // The first round warms the file cache and is not counted.
      if (i === 0) continue;
      out[name].push(ms);
      out[name === 'check' ? 'rssCheckKB' : 'rssParseKB'].push(rssKB);
    }
  }
  return out;
}

// --- 5. many problems in one file ---------------------------------------
//
// One actor file with N positions, none with evidence or an answer: two
// warnings each, every one printed with its code frame.

async function stubDebate(dir, n) {
  await mkdir(dir, { recursive: true });
  const ids = Array.from({ length: n }, (_, i) => `issue-${i + 1}`);
  const issues = ids.flatMap((id) => [`  - id: ${id}`, `    title: ${id}`, `    question: ${id}?`]);
  await writeFile(join(dir, 'debate.yaml'), ['title: Many problems', 'question: Do problems scale?', 'issues:', ...issues, ''].join('\n'));
  const positions = ids.flatMap((id) => [`  - id: ${id}`, `    issue: ${id}`, '    stance: for', '    claim: Yes.']);
  await writeFile(join(dir, 'stubs.yaml'), ['name: Stubs', 'positions:', ...positions, ''].join('\n'));
}

async function manyProblems(work) {
  const rss = join(work, 'rss-problems');
  const sizes = [plan.stubs, 4 * plan.stubs];
  for (const n of sizes) await stubDebate(join(work, `stubs-${n}`), n);
  const out = { sizes, small: [], big: [] };
  for (let i = 0; i < 1 + plan.checkRounds; i++) {
    for (const [n, list] of [
      [sizes[0], out.small],
      [sizes[1], out.big],
    ]) {
      const { ms } = await timed([CLI, 'check', join(work, `stubs-${n}`)], rss, keptCache(work));
      if (i > 0) list.push(ms);
    }
  }
  return out;
}

async function readRss(file) {
  try {
    return Number.parseInt(await readFile(file, 'utf8'), 10);
  } catch {
    return Number.NaN;
  }
}

// --- the report ---------------------------------------------------------

const mb = (kb) => (kb * 1024) / 1e6;

function reportRows({ start, keys, check, problems }) {
  const rows = [];
  if (start) {
    const baseStart = median(start.base.ms);
    const baseCpu = median(start.base.cpu);
    const against = `bare node -e: ${formatMs(baseStart)} (CPU ${formatMs(baseCpu)})`;
    const startRow = (name, list, judged) => {
      const wall = median(list.ms) / baseStart;
      const cpu = median(list.cpu) / baseCpu;
      return {
        name,
        figure: `${formatMs(median(list.ms))} = ${formatRatio(wall)} (CPU ${formatRatio(cpu)})`,
        against,
        target: judged ? `≤ ${TARGETS.firstFrame}×` : '-',
        result: judged ? verdict(wall, TARGETS.firstFrame) : '-',
        value: wall,
        cpuValue: cpu,
      };
    };
    const tti = median(start.app.again.tti);
    rows.push(
      startRow('first frame, example', start.app.again, true),
      {
        name: '  …first key answered',
        figure: `${formatMs(tti)} = ${formatRatio(tti / baseStart)}`,
        against,
        target: '-',
        result: '-',
        value: tti / baseStart,
      },
      startRow('  …after an edit', start.app.edited, false),
      startRow('  …first ever start', start.app.first, false),
    );
  }
  if (keys) {
    const keyExample = median(keys.example);
    const keyLarge = median(keys.large);
    const rssTui = mb(keys.rssTuiLargeKB);
    rows.push(
      {
        name: 'key → frame, example',
        figure: formatMs(keyExample),
        against: '-',
        target: `≤ ${TARGETS.keyMs} ms`,
        result: verdict(keyExample, TARGETS.keyMs),
        value: keyExample,
      },
      {
        name: 'key → frame, large',
        figure: `${formatMs(keyLarge)} = ${formatRatio(keyLarge / keyExample)}`,
        against: `example: ${formatMs(keyExample)}`,
        target: `≤ ${TARGETS.keyScale}×`,
        result: verdict(keyLarge / keyExample, TARGETS.keyScale),
        value: keyLarge / keyExample,
      },
      {
        name: 'peak RSS, TUI, large',
        figure: `${rssTui.toFixed(0)} MB`,
        against: '-',
        target: `≤ ${TARGETS.rssMB} MB`,
        result: verdict(rssTui, TARGETS.rssMB),
      },
    );
  }
  if (check) {
    const checkMs = median(check.check);
    const parseMs = median(check.parse);
    const rssCheck = mb(Math.max(...check.rssCheckKB));
    rows.push(
      {
        name: 'check, large',
        figure: `${formatMs(checkMs)} = ${formatRatio(checkMs / parseMs)}`,
        against: `bare parseDocument: ${formatMs(parseMs)}`,
        target: `≤ ${TARGETS.check}×`,
        result: verdict(checkMs / parseMs, TARGETS.check),
        value: checkMs / parseMs,
      },
      {
        name: 'peak RSS, check, large',
        figure: `${rssCheck.toFixed(0)} MB`,
        against: `bare parse: ${mb(Math.max(...check.rssParseKB)).toFixed(0)} MB`,
        target: `≤ ${TARGETS.rssMB} MB`,
        result: verdict(rssCheck, TARGETS.rssMB),
        value: rssCheck,
      },
    );
  }
  if (problems) {
    const [fewStubs, manyStubs] = problems.sizes;
    const problemsRatio = median(problems.big) / median(problems.small);
    rows.push({
      name: `check, ${manyStubs} stubs`,
      figure: `${formatMs(median(problems.big))} = ${formatRatio(problemsRatio)}`,
      against: `${fewStubs} stubs: ${formatMs(median(problems.small))}`,
      target: `≤ ${TARGETS.problemsScale}×`,
      result: verdict(problemsRatio, TARGETS.problemsScale),
      value: problemsRatio,
    });
  }
  return rows;
}

// --- 6. at scale ----------------------------------------------------------

const ratioOf = (kind, s, field = 'ms') => med(s.times[kind][field]) / med(s.times.base[field === 'tti' ? 'ms' : field]);

function scaleRows({ scale, searching, checkScale }) {
  const rows = [];
  for (const s of scale ?? []) {
    for (const [kind, label] of [
      ['warm', 'open again'],
      ['edited', 'open after editing one file'],
    ]) {
      const wall = ratioOf(kind, s);
      const cpu = ratioOf(kind, s, 'cpu');
      const judged = Math.min(wall, Number.isFinite(cpu) ? cpu : wall);
      rows.push({
        name: `${label}, ${s.actors} actors`,
        figure: `${formatMs(med(s.times[kind].ms))} = ${formatRatio(wall)} (CPU ${formatRatio(cpu)}; first key ${formatRatio(ratioOf(kind, s, 'tti'))})`,
        against: `bare node -e: ${formatMs(med(s.times.base.ms))}`,
        target: `≤ ${TARGETS.openAtScale}×`,
        result: verdict(judged, TARGETS.openAtScale),
        value: wall,
        cpuValue: cpu,
      });
    }
  }
  const big = scale?.[scale.length - 1];
  if (big) {
    const firstMBs = big.bytes / 1e6 / (med(big.times.first.ms) / 1000);
    rows.push({
      name: `first-ever open, ${big.actors} actors`,
      figure: `${formatMs(med(big.times.first.ms))} = ${firstMBs.toFixed(1)} MB/s`,
      against: `${(big.bytes / 1e6).toFixed(1)} MB of YAML`,
      target: `≥ ${TARGETS.mbPerS} MB/s`,
      result: verdict(-firstMBs, -TARGETS.mbPerS),
      value: firstMBs,
    });
  }
  if (checkScale) {
    const checkMBs = checkScale.bytes / 1e6 / (med(checkScale.ms) / 1000);
    rows.push({
      name: `check, ${checkScale.actors} actors`,
      figure: `${formatMs(med(checkScale.ms))} = ${checkMBs.toFixed(1)} MB/s`,
      against: `${(checkScale.bytes / 1e6).toFixed(1)} MB of YAML`,
      target: `≥ ${TARGETS.mbPerS} MB/s`,
      result: verdict(-checkMBs, -TARGETS.mbPerS),
      value: checkMBs,
    });
  }
  if (searching) {
    const actors = plan.sizes[plan.sizes.length - 1];
    // The target is every key, so the slowest is judged, not the median.
    for (const [which, list] of [
      ['first key after /', searching.first],
      ['later search keys', searching.later],
    ]) {
      const value = Math.max(...list);
      rows.push({
        name: `${which}, ${actors} actors`,
        figure: formatMs(Math.max(...list)),
        against: `median ${formatMs(med(list))}, n=${list.length}`,
        target: `≤ ${TARGETS.searchMs} ms`,
        result: verdict(value, TARGETS.searchMs),
        value,
      });
    }
    const rss = mb(Math.max(...searching.rssKB));
    rows.push({
      name: `peak RSS after search, ${actors} actors`,
      figure: `${rss.toFixed(0)} MB`,
      against: `${searching.rssKB.length} sessions`,
      target: `≤ ${TARGETS.rssScaleMB} MB`,
      result: verdict(rss, TARGETS.rssScaleMB),
      value: rss,
    });
  }
  return rows;
}

// --- how far two runs can be trusted to agree --------------------------------

const precise = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));

/** Each row with its value in each half of the run (even and odd rounds) and their spread; for starts, CPU time too. */
function withHalves(rows, first, second) {
  const pair = (field, i, name) => {
    const a = first[i]?.name === name ? first[i][field] : Number.NaN;
    const b = second[i]?.name === name ? second[i][field] : Number.NaN;
    const spread = spreadOf(a, b);
    return { spread, text: Number.isFinite(spread) ? `${precise(a)} / ${precise(b)} (±${(spread * 100).toFixed(0)}%)` : 'n/a' };
  };
  return rows.map((r, i) => {
    if (r.value === undefined) return r;
    const wall = pair('value', i, r.name);
    if (r.cpuValue === undefined) return { ...r, spread: wall.spread, halves: wall.text };
    const cpu = pair('cpuValue', i, r.name);
    return { ...r, spread: wall.spread, cpuSpread: cpu.spread, halves: `${wall.text}; CPU ${cpu.text}` };
  });
}

function agreementLine(rows) {
  const judged = rows.filter((r) => Number.isFinite(r.spread));
  if (judged.length === 0) return 'Halves: too few rounds to compare.';
  const within = (list, field) => list.filter((r) => r[field] <= AGREE).length;
  const cpu = rows.filter((r) => Number.isFinite(r.cpuSpread));
  const off = judged.filter((r) => r.spread > AGREE && !(r.cpuSpread <= AGREE));
  const worst = judged.reduce((w, r) => (r.spread > w.spread ? r : w));
  return [
    'Halves (each figure from the even rounds alone and from the odd rounds alone, interleaved under the same load):',
    `${within(judged, 'spread')} of ${judged.length} figures agree within ${AGREE * 100}% in wall time` +
      (cpu.length > 0 ? `, ${within(cpu, 'cpuSpread')} of ${cpu.length} starts in CPU time` : '') +
      `; the widest wall-time spread is ±${(worst.spread * 100).toFixed(0)}% (${worst.name.trim()}).`,
    off.length > 0
      ? `Apart by more than ${AGREE * 100}% (in CPU time too, where measured): ${off.map((r) => r.name.trim()).join('; ')}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The scaling curve: per size, medians and ratios, and the growth exponent from the size before (1 = linear, 0 = flat). */
function scaleTable(scale) {
  const head = [
    'actors',
    'MB YAML',
    'rounds',
    'node -e',
    'warm',
    'edited',
    'first',
    'warm×',
    'edited×',
    'first×',
    'CPU warm×',
    'CPU edited×',
    'CPU first×',
    'key warm×',
    'key edited×',
    'key first×',
    'growth warm/edited/first',
  ];
  const grow = Object.fromEntries(
    ['warm', 'edited', 'first'].map((k) => [k, growth(scale.map((s) => ({ actors: s.actors, value: med(s.times[k].ms) })))]),
  );
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
  const body = scale.map((s, i) => [
    String(s.actors),
    (s.bytes / 1e6).toFixed(2),
    `${s.rounds.warm}/${s.rounds.first}`,
    formatMs(med(s.times.base.ms)),
    formatMs(med(s.times.warm.ms)),
    formatMs(med(s.times.edited.ms)),
    formatMs(med(s.times.first.ms)),
    formatRatio(ratioOf('warm', s)),
    formatRatio(ratioOf('edited', s)),
    formatRatio(ratioOf('first', s)),
    formatRatio(ratioOf('warm', s, 'cpu')),
    formatRatio(ratioOf('edited', s, 'cpu')),
    formatRatio(ratioOf('first', s, 'cpu')),
    formatRatio(ratioOf('warm', s, 'tti')),
    formatRatio(ratioOf('edited', s, 'tti')),
    formatRatio(ratioOf('first', s, 'tti')),
    `${fmt(grow.warm[i])} / ${fmt(grow.edited[i])} / ${fmt(grow.first[i])}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    'TUI open at scale (medians; rounds: warm and edited / first ever; × = against node -e in the same rounds;',
    'key = the first key answered, pressed as the first frame shows; growth: t ∝ actors^k from the size before)',
    line(head),
    ...body.map(line),
  ].join('\n');
}

function performanceDoc(report, { node, cpus: n }) {
  return [
    '# Performance',
    '',
    'What standpoint costs in time and memory, measured: the figures of the latest full `npm run bench`,',
    'each against its target. This page is written by the bench; how each figure is taken, and why',
    'standpoint is fast, is in [Performance: how it is built](performance-design.md).',
    '',
    '<!-- Generated by `npm run bench` (scripts/bench.mjs): do not edit by hand. -->',
    '',
    `The latest full run of \`npm run bench\`, on node ${node} with ${n} CPUs, at ${new Date().toISOString()}.`,
    'Ratios are to a bare `node -e` started in the same pseudo-terminal in the same rounds; CPU ratios',
    'compare the processes’ own CPU time at their first frame, which a shared machine disturbs less than wall time.',
    'Each figure is also computed from the even rounds alone and from the odd rounds alone (the `halves`',
    'column): two independent halves of the run, whose spread is how far two runs can be expected to agree;',
    'the line under the table counts the figures that agree within 10%. Run the bench again (or the sections',
    'concerned, with `--only`) before trusting a figure whose halves are further apart.',
    '',
    '```',
    report,
    '```',
    '',
  ].join('\n');
}

function spread(list) {
  return `median ${formatMs(median(list))}, p10 ${formatMs(quantile(list, 0.1))}, p90 ${formatMs(quantile(list, 0.9))}, n=${list.length}`;
}

function details({ node, cpus: n, start, keys, check, problems }, largeLabel) {
  const lines = [`node ${node}, ${n} CPUs, terminal ${COLS}×${ROWS}; large debate: ${largeLabel}`];
  if (start) {
    lines.push(
      `first frame      again      ${spread(start.app.again.ms)}; CPU ${spread(start.app.again.cpu)}`,
      `  first key      again      ${spread(start.app.again.tti)}`,
      `                 edited     ${spread(start.app.edited.ms)}; CPU ${spread(start.app.edited.cpu)}`,
      `                 first      ${spread(start.app.first.ms)}; CPU ${spread(start.app.first.cpu)}`,
      `                 node -e    ${spread(start.base.ms)}; CPU ${spread(start.base.cpu)}`,
    );
  }
  if (keys) lines.push(`key → frame      example    ${spread(keys.example)}`, `                 large      ${spread(keys.large)}`);
  if (check) lines.push(`check            standpoint ${spread(check.check)}`, `                 bare parse ${spread(check.parse)}`);
  if (problems) {
    lines.push(
      `check, stubs     ${String(problems.sizes[0]).padEnd(10)} ${spread(problems.small)}`,
      `                 ${String(problems.sizes[1]).padEnd(10)} ${spread(problems.big)}`,
    );
  }
  const rss = [
    keys && `TUI example ${mb(keys.rssTuiExampleKB).toFixed(0)} MB, TUI large ${mb(keys.rssTuiLargeKB).toFixed(0)} MB`,
    check &&
      `check ${check.rssCheckKB.map((k) => mb(k).toFixed(0)).join('/')} MB, bare parse ${check.rssParseKB.map((k) => mb(k).toFixed(0)).join('/')} MB`,
  ].filter(Boolean);
  if (rss.length > 0) lines.push(`peak RSS         ${rss.join(', ')}`);
  return lines.join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${err?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
