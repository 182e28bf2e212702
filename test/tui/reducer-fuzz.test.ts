// Property-based tests of the view-state reducer: random sequences of every
// key in the key table, every command, typed text (control characters
// included), resizes from 1×1 to very wide, and model swaps (another debate,
// or the same debate with items gone, as a reload would bring). Seeded, so a
// failure is reproducible: FUZZ_SEED=n FUZZ_RUNS=n pick others.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorIndex, issueData, issueIndex, search } from '../../src/debate/reading.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { isClean } from '../../src/model/sanitize.js';
import { badgeFor } from '../../src/tui/App.js';
import { footerLine } from '../../src/tui/components/Footer.js';
import { headerLine } from '../../src/tui/components/Header.js';
import { type Command, commandFor, KEYS, SCREENS, type Screen } from '../../src/tui/keys.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { type Line, lineWidth } from '../../src/tui/lines.js';
import { type Action, type Context, draw, initialState, reduce, type ViewState } from '../../src/tui/state.js';
import { FOCUS } from '../../src/tui/theme.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20251123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// About 25 ms a session on a busy machine; generous, so only a hang fails on time.
const TIME_LIMIT = Math.max(120_000, RUNS * 150);

const temps: string[] = [];
let debates: LoadResult[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

beforeAll(async () => {
  // The same debate after an edit: an actor gone, a position gone, items cut.
  const edited = temp('standpoint-fuzz-edited-');
  cpSync('test/fixtures/debates/minimal', edited, { recursive: true });
  const residents = readFileSync(join(edited, 'residents.yaml'), 'utf8');
  writeFileSync(join(edited, 'residents.yaml'), residents.slice(0, residents.indexOf('  - id: more-traffic')));
  const fewer = temp('standpoint-fuzz-fewer-');
  cpSync('test/fixtures/debates/minimal', fewer, { recursive: true });
  rmSync(join(fewer, 'council.yaml'));
  writeFileSync(
    join(fewer, 'debate.yaml'),
    readFileSync(join(fewer, 'debate.yaml'), 'utf8').replace('[council, residents]', '[residents]'),
  );
  // Many actors and issues: paging, scrolling sideways, long columns.
  const large = temp('standpoint-fuzz-large-');
  const r = spawnSync(process.execPath, ['scripts/generate-debate.mjs', large, '--actors', '25', '--issues', '15', '--evidence', '300'], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const dirs = [
    'test/fixtures/debates/minimal',
    edited,
    fewer,
    'test/fixtures/tui/wide',
    'test/fixtures/tui/broken',
    'test/fixtures/hostile/debate',
    'test/fixtures/hostile/second',
    'positions/mexico-cartels',
    large,
  ];
  debates = await Promise.all(dirs.map((d) => loadDebate(d)));
});

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

// --- what can happen -------------------------------------------------------

const COMMANDS = [...new Set(KEYS.map((b) => b.command))] as Command[];
const KEY_NAMES = [...new Set(KEYS.flatMap((b) => b.keys))];

type Step = Action | { type: 'swap'; to: number };

const size = fc.oneof(
  { weight: 3, arbitrary: fc.record({ cols: fc.integer({ min: 40, max: 250 }), rows: fc.integer({ min: 10, max: 80 }) }) },
  // Around the limits: stacked or side by side, just big enough, and too small (which takes only quit).
  { weight: 2, arbitrary: fc.record({ cols: fc.constantFrom(40, 41, 79, 80, 81, 120), rows: fc.constantFrom(10, 11, 12, 24) }) },
  { weight: 1, arbitrary: fc.record({ cols: fc.integer({ min: 1, max: 250 }), rows: fc.integer({ min: 1, max: 12 }) }) },
);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom(...KEY_NAMES).map((name): Step => ({ type: 'key', name, text: name.length === 1 ? name : '' })),
  },
  { weight: 4, arbitrary: fc.constantFrom(...COMMANDS).map((command): Step => ({ type: 'command', command })) },
  { weight: 2, arbitrary: size.map(({ cols, rows }): Step => ({ type: 'resize', cols, rows })) },
  { weight: 1, arbitrary: fc.nat().map((to): Step => ({ type: 'swap', to })) },
  {
    weight: 2,
    // Typed and pasted text, escape sequences and control characters included.
    arbitrary: fc
      .oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('\u001b]52;c;eA==\u0007', '\u009b2J', 'a\u202eb', '\r\n\t', 'É'))
      .chain((text) => fc.constantFrom<Step>({ type: 'type', text }, { type: 'key', name: text, text })),
  },
);

type Scenario = { debate: number; size: { cols: number; rows: number }; canPick: boolean; steps: Step[] };

const scenario: fc.Arbitrary<Scenario> = fc.record({
  debate: fc.nat(),
  size,
  canPick: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 3, maxLength: 40, size: 'medium' }),
});

// --- invariants ------------------------------------------------------------
// Plain checks that throw (with what was wrong) rather than expect(): they run
// on tens of thousands of states, and fast-check reports the failing sequence.

function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

function expectValidCursor(s: ViewState, ctx: Context) {
  const { model } = ctx;
  check(SCREENS.includes(s.screen) && s.history.every((h) => SCREENS.includes(h)), () => `unknown screen in ${s.history} → ${s.screen}`);
  check(model.issues.length === 0 || issueIndex(model, s.issueId) >= 0, () => `issue ${s.issueId} is not in the debate`);
  check(model.actors.length === 0 || actorIndex(model, s.actorId) >= 0, () => `actor ${s.actorId} is not in the debate`);
  const data = s.issueId ? issueData(model, s.issueId) : undefined;
  if (s.reveal !== null) {
    const max = data ? data.order.length : Number.POSITIVE_INFINITY;
    check(Number.isInteger(s.reveal) && s.reveal >= 0 && s.reveal <= max, () => `reveal ${s.reveal} of ${max}`);
  }
  if (s.itemId !== undefined) {
    const at = data?.byId.get(s.itemId);
    check(at !== undefined, () => `item ${s.itemId} is not on issue ${s.issueId}`);
    check(at?.item.actorId === s.actorId, () => `item ${s.itemId} is not ${s.actorId}'s`);
    check(s.reveal === null || (at?.item.reading ?? 0) < s.reveal, () => `item ${s.itemId} is focused but not revealed`);
  }
  check(s.screen !== 'detail' || s.itemId !== undefined, () => 'detail of nothing');
  check(
    s.problem >= 0 && s.problem <= Math.max(0, model.diagnostics.length - 1),
    () => `problem ${s.problem} of ${model.diagnostics.length}`,
  );
  if (s.screen === 'search') {
    const hits = search(model, s.query).length;
    check(s.hit >= 0 && s.hit <= Math.max(0, hits - 1), () => `match ${s.hit} of ${hits}`);
  }
  const offsets = { ...s.issueScroll, matrixTop: s.matrixTop, matrixLeft: s.matrixLeft, issueLeft: s.issueLeft, actorTop: s.actorTop };
  Object.assign(offsets, { detailTop: s.detailTop, helpTop: s.helpTop, problemsTop: s.problemsTop, hitsTop: s.hitsTop, hit: s.hit });
  for (const [name, v] of Object.entries(offsets)) check(Number.isInteger(v) && v >= 0, () => `${name} is ${v}`);
  check(isClean(s.query), () => `the search query holds control characters: ${JSON.stringify(s.query)}`);
}

/** The body of the current screen, built by the same pure layout functions the views call. */
/** What App draws for the state: every screen in the registry, from the layout settled with it. */
function body(s: ViewState, loaded: LoadResult): { lines: readonly Line[]; where: string } | undefined {
  // Screens drawn elsewhere (the picker, by ink-select-input) have no entry.
  if (s.screen === 'picker') return undefined;
  return draw(s, { model: loaded.model }, frameOf(s.size), loaded.texts);
}

function expectFits(s: ViewState, loaded: LoadResult) {
  const frame = frameOf(s.size);
  if (frame.tooSmall) return;
  const drawn = body(s, loaded);
  if (!drawn) return;
  const { cols, rows } = frame;
  check(drawn.lines.length <= frame.body, () => `${s.screen}: ${drawn.lines.length} body lines in ${frame.body} at ${cols}×${rows}`);
  const all = [headerLine(loaded.model.title, drawn.where, cols), ...drawn.lines, footerLine(s.screen, cols, badgeFor(loaded))];
  // Header, body and footer: at most rows - 1 lines, none wider than the window.
  check(all.length <= rows - 1, () => `${s.screen}: ${all.length} lines at ${cols}×${rows}`);
  for (const line of all) {
    const w = lineWidth(line);
    check(w <= cols, () => `${s.screen}: a line ${w} wide at ${cols}×${rows}: ${JSON.stringify(line.map((x) => x.text).join(''))}`);
  }
  // Wherever there is a focus, it is on screen.
  const { model } = loaded;
  const focused =
    ((s.screen === 'matrix' || s.screen === 'actor') && model.issues.length > 0 && model.actors.length > 0) ||
    (s.screen === 'issue' && s.itemId !== undefined);
  if (focused) {
    const shown = drawn.lines.some((l) => l.some((x) => x.text.includes(FOCUS)));
    check(shown, () => `${s.screen}: the focus is off screen at ${cols}×${rows}`);
  }
}

/** What the runs reached, to show the fuzzing goes everywhere it should. */
const reached = { screens: new Set<Screen>(), frames: 0, swaps: 0, tooSmall: 0 };

/** Runs one scenario; returns the last state and its context. */
function play(sc: Scenario) {
  let loaded = debates[sc.debate % debates.length] as LoadResult;
  const ctx: Context = { model: loaded.model, canPick: sc.canPick };
  let s = initialState(sc.size, ctx);
  expectValidCursor(s, ctx);
  expectFits(s, loaded);
  for (const step of sc.steps) {
    if (step.type === 'swap') {
      loaded = debates[step.to % debates.length] as LoadResult;
      ctx.model = loaded.model;
      s = reduce(s, { type: 'model' }, ctx);
    } else if (step.type !== 'resize' && frameOf(s.size).tooSmall) {
      // As App does: a window too small shows only how to quit, and takes no other key.
      const cmd = step.type === 'key' ? commandFor(s.screen, step.name) : undefined;
      if (cmd === 'quit' || cmd === 'force-quit') break;
    } else s = reduce(s, step, ctx);
    if (s.exit) break;
    expectValidCursor(s, ctx);
    expectFits(s, loaded);
    reached.screens.add(s.screen);
    reached.frames++;
    if (step.type === 'swap') reached.swaps++;
    if (frameOf(s.size).tooSmall) reached.tooSmall++;
  }
  return { s, ctx, loaded };
}

const press = (s: ViewState, name: string, ctx: Context) => reduce(s, { type: 'key', name, text: name.length === 1 ? name : '' }, ctx);

/** Esc, pressed again and again, leads back to the matrix (and from there to the list of debates, if any). */
function expectEscapeToMatrix(last: ViewState, ctx: Context) {
  let s: ViewState = { ...last, exit: undefined };
  const seen: Screen[] = [s.screen];
  for (let i = 0; i < 50 && s.screen !== 'matrix'; i++) {
    s = press(s, 'esc', ctx);
    seen.push(s.screen);
  }
  check(s.screen === 'matrix' && s.exit === undefined, () => `Esc went ${seen.join(' → ')}`);
  const out = press(s, 'esc', ctx).exit;
  check(out === (ctx.canPick ? 'pick' : undefined), () => `Esc from the matrix gave ${out} (canPick ${ctx.canPick})`);
}

/** Ctrl-C quits anywhere; q anywhere but while typing a search, where it is typed (and Esc, q quits). */
function expectQuitReachable(last: ViewState, ctx: Context) {
  const s: ViewState = { ...last, exit: undefined };
  check(press(s, 'ctrl-c', ctx).exit === 'quit', () => `Ctrl-C on ${s.screen} did not quit`);
  const afterQ = press(s, 'q', ctx);
  if (s.screen === 'search') {
    check(afterQ.exit === undefined && afterQ.query.endsWith('q'), () => 'q while searching was not typed');
    check(press(press(s, 'esc', ctx), 'q', ctx).exit === 'quit', () => 'Esc, q from search did not quit');
  } else check(afterQ.exit === 'quit', () => `q on ${s.screen} did not quit`);
}

describe('the reducer under random keys, resizes and reloads', () => {
  test(
    'never throws; the cursor stays valid; every frame fits and shows the focus; Esc reaches the matrix; quit always works',
    () => {
      fc.assert(
        fc.property(scenario, (sc) => {
          const { s, ctx } = play(sc);
          expectEscapeToMatrix(s, ctx);
          expectQuitReachable(s, ctx);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Every screen of a debate was reached, with thousands of states checked.
      for (const screen of ['matrix', 'issue', 'actor', 'detail', 'help', 'problems', 'search'] as const) {
        expect(reached.screens, `reached ${screen}`).toContain(screen);
      }
      expect(reached.frames).toBeGreaterThan(RUNS * 5);
      expect(reached.swaps).toBeGreaterThan(RUNS / 10);
      expect(reached.tooSmall).toBeGreaterThan(0);
    },
    TIME_LIMIT,
  );

  test(
    'the same scenario gives the same state: the reducer is pure',
    () => {
      fc.assert(
        fc.property(scenario, (sc) => {
          expect(play(sc).s).toEqual(play(sc).s);
        }),
        { seed: SEED + 1, numRuns: Math.ceil(RUNS / 10) },
      );
    },
    TIME_LIMIT,
  );
});
