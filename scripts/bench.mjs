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
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PtyRun, sleep } from './bench/pty.mjs';
import { checkSpeed, EVIDENCE_PER_ACTOR, growth, ISSUES, med, openAtSizes, searchKeys } from './bench/scale.mjs';
import { formatMs, formatRatio, formatReport, median, quantile, verdict } from './bench/stats.mjs';
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

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
const quick = flags.quick;
const plan = quick
  ? {
      warmup: 1,
      startRounds: 3,
      checkRounds: 1,
      walks: 1,
      large: { actors: 6, issues: 4, evidence: 40 },
      stubs: 100,
      sizes: [3, 10],
      sizeRounds: () => 1,
      searchWords: ['policy'],
    }
  : {
      warmup: 2,
      startRounds: 15,
      checkRounds: 5,
      walks: 12,
      large: { actors: 200, issues: 50, evidence: 10_000 },
      stubs: 1000,
      sizes: [3, 30, 100, 300, 1000],
      sizeRounds: (actors) => (actors >= 1000 ? 3 : actors >= 300 ? 5 : 9),
      searchWords: ['policy', 'trade law', 'court', 'budget'],
    };

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

    log('1/6 time to first frame…');
    const start = await firstFrames(work);
    log('2/6 key press to frame…');
    const keys = await keyLatency(large, work);
    log('3/6 check against bare parsing…');
    const check = await checkVsParse(large, work);
    log(`4-5/6 check on ${plan.stubs} and ${4 * plan.stubs} stubs in one file…`);
    const problems = await manyProblems(work);

    log(`6/6 at scale: ${plan.sizes.join(', ')} actors × ${ISSUES} issues × ${EVIDENCE_PER_ACTOR} evidence per actor…`);
    const biggest = plan.sizes[plan.sizes.length - 1];
    const scaleOpts = { cli: CLI, work, cols: COLS, rows: ROWS, log };
    const scale = await openAtSizes({ ...scaleOpts, sizes: plan.sizes, rounds: plan.sizeRounds });
    log(`  search keys on ${biggest} actors…`);
    const searching = await searchKeys({ ...scaleOpts, actors: biggest, peakRss: PEAK_RSS, words: plan.searchWords });
    log(`  check on ${biggest} actors…`);
    const checkScale = await checkSpeed({ timed, cli: CLI, work, actors: biggest, rounds: plan.checkRounds, cache: keptCache(work) });

    const figures = {
      quick,
      node: process.version,
      cpus: cpus().length,
      large: made,
      start,
      keys,
      check,
      problems,
      scale,
      searching,
      checkScale,
    };
    const rows = [...reportRows(figures), ...scaleRows(figures)];
    const report = [formatReport(rows, { judged: !quick }), details(figures, largeLabel), scaleTable(scale)].join('\n\n');
    if (!quick) {
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
  const base = [];
  const app = { again: [], edited: [], first: [] };
  const runBase = async () => {
    const run = new PtyRun(process.execPath, ['-e', `console.log(${JSON.stringify(READY)})`], { cols: COLS, rows: ROWS, cwd: work });
    const at = await run.whenText(READY);
    await run.exited;
    return at - run.started;
  };
  const runApp = async (cache, { quit = false } = {}) => {
    const run = new PtyRun(process.execPath, [CLI, EXAMPLE], { cols: COLS, rows: ROWS, cwd: work, env: { XDG_CACHE_HOME: cache } });
    const at = await run.whenFrame(1);
    const ms = at - run.started;
    // A frame of the debate, not of an error or the loading screen.
    if (!/issues?\b/.test(run.output)) throw new Error(`the first frame does not show the matrix:\n${run.output.slice(-2000)}`);
    if (quit) {
      // Quitting keeps the compiled code, as a user's first session does.
      await sleep(300);
      run.write('q');
      await run.exited;
    } else await run.stop();
    return ms;
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
      const ms = await starts[name]();
      if (i >= plan.warmup) (name === 'base' ? base : app[name]).push(ms);
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
  const appStart = median(start.app.again);
  const baseStart = median(start.base);
  const unjudged = (name, list) => ({
    name,
    figure: `${formatMs(median(list))} = ${formatRatio(median(list) / baseStart)}`,
    against: `bare node -e: ${formatMs(baseStart)}`,
    target: '-',
    result: '-',
  });
  const keyExample = median(keys.example);
  const keyLarge = median(keys.large);
  const checkMs = median(check.check);
  const parseMs = median(check.parse);
  const rssTui = mb(keys.rssTuiLargeKB);
  const rssCheck = mb(Math.max(...check.rssCheckKB));
  const [fewStubs, manyStubs] = problems.sizes;
  const problemsRatio = median(problems.big) / median(problems.small);
  const rows = [
    {
      name: 'first frame, example',
      figure: `${formatMs(appStart)} = ${formatRatio(appStart / baseStart)}`,
      against: `bare node -e: ${formatMs(baseStart)}`,
      target: `≤ ${TARGETS.firstFrame}×`,
      result: verdict(appStart / baseStart, TARGETS.firstFrame),
    },
    unjudged('  …after an edit', start.app.edited),
    unjudged('  …first ever start', start.app.first),
    {
      name: 'key → frame, example',
      figure: formatMs(keyExample),
      against: '-',
      target: `≤ ${TARGETS.keyMs} ms`,
      result: verdict(keyExample, TARGETS.keyMs),
    },
    {
      name: 'key → frame, large',
      figure: `${formatMs(keyLarge)} = ${formatRatio(keyLarge / keyExample)}`,
      against: `example: ${formatMs(keyExample)}`,
      target: `≤ ${TARGETS.keyScale}×`,
      result: verdict(keyLarge / keyExample, TARGETS.keyScale),
    },
    {
      name: 'check, large',
      figure: `${formatMs(checkMs)} = ${formatRatio(checkMs / parseMs)}`,
      against: `bare parseDocument: ${formatMs(parseMs)}`,
      target: `≤ ${TARGETS.check}×`,
      result: verdict(checkMs / parseMs, TARGETS.check),
    },
    {
      name: 'peak RSS, TUI, large',
      figure: `${rssTui.toFixed(0)} MB`,
      against: '-',
      target: `≤ ${TARGETS.rssMB} MB`,
      result: verdict(rssTui, TARGETS.rssMB),
    },
    {
      name: 'peak RSS, check, large',
      figure: `${rssCheck.toFixed(0)} MB`,
      against: `bare parse: ${mb(Math.max(...check.rssParseKB)).toFixed(0)} MB`,
      target: `≤ ${TARGETS.rssMB} MB`,
      result: verdict(rssCheck, TARGETS.rssMB),
    },
    {
      name: `check, ${manyStubs} stubs`,
      figure: `${formatMs(median(problems.big))} = ${formatRatio(problemsRatio)}`,
      against: `${fewStubs} stubs: ${formatMs(median(problems.small))}`,
      target: `≤ ${TARGETS.problemsScale}×`,
      result: verdict(problemsRatio, TARGETS.problemsScale),
    },
  ];
  return rows;
}

// --- 6. at scale ----------------------------------------------------------

const ratioOf = (kind, s, field = 'ms') => med(s.times[kind][field]) / med(s.times.base[field]);

function scaleRows({ scale, searching, checkScale }) {
  const rows = [];
  for (const s of scale) {
    for (const [kind, label] of [
      ['warm', 'open again'],
      ['edited', 'open after editing one file'],
    ]) {
      const wall = ratioOf(kind, s);
      const cpu = ratioOf(kind, s, 'cpu');
      rows.push({
        name: `${label}, ${s.actors} actors`,
        figure: `${formatMs(med(s.times[kind].ms))} = ${formatRatio(wall)} (CPU ${formatRatio(cpu)})`,
        against: `bare node -e: ${formatMs(med(s.times.base.ms))}`,
        target: `≤ ${TARGETS.openAtScale}×`,
        result: verdict(Math.min(wall, Number.isFinite(cpu) ? cpu : wall), TARGETS.openAtScale),
      });
    }
  }
  const big = scale[scale.length - 1];
  const firstMBs = big.bytes / 1e6 / (med(big.times.first.ms) / 1000);
  rows.push({
    name: `first-ever open, ${big.actors} actors`,
    figure: `${formatMs(med(big.times.first.ms))} = ${firstMBs.toFixed(1)} MB/s`,
    against: `${(big.bytes / 1e6).toFixed(1)} MB of YAML`,
    target: `≥ ${TARGETS.mbPerS} MB/s`,
    result: verdict(-firstMBs, -TARGETS.mbPerS),
  });
  const checkMBs = checkScale.bytes / 1e6 / (med(checkScale.ms) / 1000);
  rows.push({
    name: `check, ${checkScale.actors} actors`,
    figure: `${formatMs(med(checkScale.ms))} = ${checkMBs.toFixed(1)} MB/s`,
    against: `${(checkScale.bytes / 1e6).toFixed(1)} MB of YAML`,
    target: `≥ ${TARGETS.mbPerS} MB/s`,
    result: verdict(-checkMBs, -TARGETS.mbPerS),
  });
  for (const [which, list] of [
    ['first key after /', searching.first.slice(0, 1)],
    ['later search keys', [...searching.first.slice(1), ...searching.later]],
  ]) {
    rows.push({
      name: `${which}, ${big.actors} actors`,
      figure: formatMs(Math.max(...list)),
      against: `median ${formatMs(med(list))}, n=${list.length}`,
      target: `≤ ${TARGETS.searchMs} ms`,
      result: verdict(which.startsWith('first') ? Math.max(...list) : med(list), TARGETS.searchMs),
    });
  }
  const rss = mb(searching.rssKB);
  rows.push({
    name: `peak RSS after search, ${big.actors} actors`,
    figure: `${rss.toFixed(0)} MB`,
    against: '-',
    target: `≤ ${TARGETS.rssScaleMB} MB`,
    result: verdict(rss, TARGETS.rssScaleMB),
  });
  return rows;
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
    'growth warm/edited/first',
  ];
  const grow = Object.fromEntries(
    ['warm', 'edited', 'first'].map((k) => [k, growth(scale.map((s) => ({ actors: s.actors, value: med(s.times[k].ms) })))]),
  );
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
  const body = scale.map((s, i) => [
    String(s.actors),
    (s.bytes / 1e6).toFixed(2),
    String(s.rounds),
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
    `${fmt(grow.warm[i])} / ${fmt(grow.edited[i])} / ${fmt(grow.first[i])}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    'TUI open at scale (medians; × = against node -e in the same rounds; growth: t ∝ actors^k from the size before)',
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
  return [
    `node ${node}, ${n} CPUs, terminal ${COLS}×${ROWS}; large debate: ${largeLabel}`,
    `first frame      again      ${spread(start.app.again)}`,
    `                 edited     ${spread(start.app.edited)}`,
    `                 first      ${spread(start.app.first)}`,
    `                 node -e    ${spread(start.base)}`,
    `key → frame      example    ${spread(keys.example)}`,
    `                 large      ${spread(keys.large)}`,
    `check            standpoint ${spread(check.check)}`,
    `                 bare parse ${spread(check.parse)}`,
    `check, stubs     ${String(problems.sizes[0]).padEnd(10)} ${spread(problems.small)}`,
    `                 ${String(problems.sizes[1]).padEnd(10)} ${spread(problems.big)}`,
    `peak RSS         TUI example ${mb(keys.rssTuiExampleKB).toFixed(0)} MB, TUI large ${mb(keys.rssTuiLargeKB).toFixed(0)} MB, check ${check.rssCheckKB.map((k) => mb(k).toFixed(0)).join('/')} MB, bare parse ${check.rssParseKB.map((k) => mb(k).toFixed(0)).join('/')} MB`,
  ].join('\n');
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
