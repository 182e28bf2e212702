// Presenter mode as a class would see it, rendered at a laptop's 80×24 and a
// projector's 200×50: the question alone, one point at a time with a count,
// the discussion prompt at the end, and the timer counting down in the corner.
import './force-color.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { issueData } from '../../src/debate/reading.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { RespondentFile } from '../../src/model/respondent.js';
import { App, type AppProps } from '../../src/tui/App.js';
import { presenterSteps } from '../../src/tui/screens/present/layout.js';
import type { InitialOptions } from '../../src/tui/state.js';
import { answering, expectFits, KEY, type Rendered, renderAt } from './render.js';

const EXAMPLE = 'positions/mexico-cartels';
const MINIMAL = 'test/fixtures/debates/minimal';
/** An SGR sequence that sets a foreground or background colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const COLOUR = /\u001b\[(?:[0-9;]*;)?(3[0-79]|9[0-7]|4[0-79]|10[0-7]|38;|48;)[0-9;]*m/;

let example: LoadResult;
let current: Rendered | undefined;

beforeAll(async () => {
  example = await loadDebate(EXAMPLE);
});

afterEach(() => {
  current?.unmount();
  current = undefined;
  vi.useRealTimers();
});

async function present(
  cols: number,
  rows: number,
  opts: { color?: boolean; loaded?: LoadResult; start?: InitialOptions; respondents?: AppProps['respondents'] } = {},
) {
  const loaded = opts.loaded ?? example;
  const start = opts.start ?? { screen: 'present' };
  current = await renderAt(
    <App
      debates={[]}
      initial={loaded}
      load={loadDebate}
      theme={{ color: opts.color ?? false }}
      start={start}
      respondents={opts.respondents}
    />,
    cols,
    rows,
  );
  return current;
}

/** Words of `text` in order, wherever the lines wrap them. */
function flat(screen: string): string {
  return screen.replace(/[┃│]/g, ' ').replace(/\s+/g, ' ');
}

describe.each([
  [80, 24],
  [200, 50],
])('at %i×%i', (cols, rows) => {
  test('an issue starts with only its question, and a count of what is to come', async () => {
    const r = await present(cols, rows);
    const issue = example.model.issues[0];
    const steps = presenterSteps(example.model, issue?.id);
    const s = r.screen();
    expect(s).toContain(issue?.title);
    expect(flat(s)).toContain(issue?.question);
    expect(s).toContain(`0 / ${steps.length}`);
    // No actor's stance is given away yet.
    for (const a of example.model.actors) expect(s).not.toContain(a.name);
    expect(s).not.toMatch(/\+\+ for|-- against|\? {2}unclear/);
    expectFits(r, cols, rows);
  });

  test('Space reveals each point in turn: the first claim, with a board of who has spoken so far', async () => {
    const r = await present(cols, rows);
    const [first, second] = example.model.actors;
    const claim = first?.byIssue.get(example.model.issues[0]?.id ?? '');
    await r.press(' ');
    let s = r.screen();
    expect(s).toMatch(/1 \/ \d+/);
    expect(s).toContain('Claim');
    expect(flat(s)).toContain(claim?.claim.replace(/\s+/g, ' ').trim());
    // The board: the first actor's stance, the second still hidden.
    const board = r.lines().find((l) => l.includes(second?.name ?? '?'));
    expect(board).toContain('· · ·');
    await r.press(KEY.right);
    s = r.screen();
    expect(s).toMatch(/2 \/ \d+/);
    expect(r.lines().find((l) => l.includes(second?.name ?? '?'))).not.toContain('· · ·');
    await r.press(KEY.backspace);
    expect(r.screen()).toMatch(/1 \/ \d+/);
    expectFits(r, cols, rows);
  });

  test('the issue ends on its discussion prompt, then goes on to the next issue', async () => {
    const r = await present(cols, rows);
    const [issue, next] = example.model.issues;
    const steps = presenterSteps(example.model, issue?.id);
    await r.press(...Array.from({ length: steps.length }, () => ' '));
    const s = r.screen();
    expect(s).toContain(`${steps.length} / ${steps.length}`);
    expect(s).toContain('Discuss');
    expect(flat(s)).toContain(issue?.prompts[0]?.replace(/\s+/g, ' ').trim().slice(0, 60));
    expect(s).toContain('End of this issue');
    expectFits(r, cols, rows);
    await r.press(' ');
    expect(r.screen()).toContain(next?.title);
    expect(r.screen()).toMatch(/0 \/ \d+/);
  });

  test('with saved answers, a class step shows how many answered, hidden until v, then bars with counts and the actors on the scale, no names', async () => {
    const issue = example.model.issues[0];
    const id = issue?.id ?? '';
    // Twelve students: five for, six leaning against, one skipped.
    const students: RespondentFile[] = Array.from({ length: 12 }, (_, k) => ({
      file: `/responses/s${k}.yaml`,
      name: `Student${k}`,
      date: '2026-11-25',
      answers: new Map(k === 11 ? [] : [[id, { stance: k < 5 ? 'for' : 'leans-against', weight: 1 } as const]]),
    }));
    const r = await present(cols, rows, { respondents: answering(students) });
    const total = presenterSteps(example.model, id).length + 1;
    expect(r.screen()).toContain(`0 / ${total}`);
    expect(flat(r.screen())).toContain('how the class answered');
    const points = issueData(example.model, id)?.order.length ?? 0;
    await r.press(...Array.from({ length: points + 1 }, () => ' '));
    let s = r.screen();
    expect(s).toContain(`${points + 1} / ${total}`);
    expect(s).toContain('The class');
    expect(flat(s)).toContain('12 answers — press v to reveal');
    expect(s).not.toContain('█');
    expectFits(r, cols, rows);

    await r.press('v');
    s = r.screen();
    expect(s).not.toContain('press v to reveal');
    const count = (mark: string) =>
      Number(
        s
          .split('\n')
          .find((l) => l.includes(mark))
          ?.match(/█+\s+(\d+)/)?.[1],
      );
    expect(count('++ for')).toBe(5);
    expect(count('-  leans against')).toBe(6);
    expect(s).toContain('skipped: 1');
    // Each actor with a position on the issue is placed on the same scale.
    for (const a of example.model.actors) if (a.byIssue.has(id)) expect(s).toContain(a.short);
    expect(s).toMatch(/Class on average: .+ · nearest actor/);
    expect(s).not.toMatch(/Student\d/);
    expectFits(r, cols, rows);

    // v again hides it, for a teacher who showed it too soon.
    await r.press('v');
    expect(r.screen()).toContain('press v to reveal');
  });

  test('the timer counts down in the top corner as time passes (fake time)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // React runs effects on its own (real) schedule, in as many turns as a busy machine needs:
    // wait until the effect has set the next tick's timeout (none is set while paused), then
    // move the fake clock on.
    const turn = () => new Promise((r) => setImmediate(r));
    const settle = async () => {
      for (let i = 0; i < 100 && vi.getTimerCount() === 0; i++) await turn();
      await turn();
    };
    const advance = async (ms: number) => {
      for (let left = ms; left > 0; left -= 500) {
        await settle();
        await vi.advanceTimersByTimeAsync(Math.min(500, left));
      }
      await settle();
    };
    const r = await presentWithFakeTime(cols, rows);
    r.stdin('t');
    await advance(1);
    expect(r.lines()[1]).toMatch(/ 2:00$/);
    await advance(1000);
    expect(r.lines()[1]).toMatch(/ 1:59$/);
    await advance(64_000);
    expect(r.lines()[1]).toMatch(/ 0:55$/);
    r.stdin('t');
    await advance(30_000);
    expect(r.lines()[1]).toMatch(/ paused 0:55$/);
    r.stdin('t');
    await advance(60_000);
    expect(r.lines()[1]).toMatch(/ time is up$/);
    expectFits(r, cols, rows);
  });
});

/** Like renderAt, but the clock is fake: keys are written and time advanced by the test. */
async function presentWithFakeTime(cols: number, rows: number) {
  const { FakeStdin, FakeStdout, frameLines } = await import('./render.js');
  const { render } = await import('ink');
  const stdout = new FakeStdout(cols, rows);
  const stdin = new FakeStdin();
  const instance = render(<App debates={[]} initial={example} load={loadDebate} theme={{ color: false }} start={{ screen: 'present' }} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(cols, rows) as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await vi.advanceTimersByTimeAsync(1);
  const lines = () => frameLines(stdout);
  const r = {
    lines,
    screen: () => lines().join('\n'),
    stdin: (k: string) => stdin.write(k),
    unmount: () => instance.unmount(),
  };
  current = { ...r, press: async () => {}, resize: async () => {}, stdout } as unknown as Rendered;
  return r;
}

describe('presenter mode on a projector', () => {
  test('reads without colour: the count, the focus and the timer are in inverse video or words, not colour', async () => {
    const r = await present(200, 50, { color: false });
    await r.press(' ', 't');
    const raw = r.stdout.lastFrame();
    expect(raw).not.toMatch(COLOUR);
    // The count stands out in inverse video (SGR 7).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
    expect(raw).toMatch(/\u001b\[7m(?:\u001b\[1m)? 1 \/ \d+ /);
    expect(r.screen()).toContain('┃ Claim');
  });

  test('+ sets the timer before it starts; t starts it from there', async () => {
    const r = await present(80, 24);
    await r.press('+');
    expect(r.lines()[1]).toMatch(/ timer 3:00$/);
    await r.press('t');
    expect(r.lines()[1]).toMatch(/ 3:00$/);
    expect(r.lines()[1]).not.toContain('timer');
    await r.press('T');
    expect(r.lines()[1]).not.toMatch(/\d:\d\d/);
  });

  test('the text keeps a readable measure and is centred on a wide screen', async () => {
    const r = await present(200, 50);
    await r.press(' ', ' ', ' ', ' ');
    const body = r
      .lines()
      .slice(1, -1)
      .filter((l) => l.trim() !== '');
    const starts = body.map((l) => l.length - l.trimStart().length);
    const ends = body.map((l) => stringWidth(l));
    // Nothing hugs the left edge, and no line of the slide runs wider than about a hundred columns.
    expect(Math.min(...starts.slice(1))).toBeGreaterThanOrEqual(40);
    expect(Math.max(...ends.slice(1)) - Math.min(...starts.slice(1))).toBeLessThanOrEqual(102);
  });

  test('lint warnings are not shown to the class; the footer keeps the presenter keys', async () => {
    const r = await present(80, 24);
    const footer = r.lines().at(-1) ?? '';
    expect(footer).toMatch(/Space next\s+Backspace previous\s+t timer/);
    expect(footer).not.toContain('!');
  });

  test('a short window keeps the current point whole; ↑ ↓ scroll when it cannot', async () => {
    const r = await present(44, 12);
    const steps = presenterSteps(example.model, example.model.issues[1]?.id);
    await r.press(KEY.tab, ...Array.from({ length: steps.length }, () => ' '));
    expectFits(r, 44, 12);
    // The prompt's last words are on screen, however small the window.
    const prompt = example.model.issues[1]?.prompts.at(-1) ?? '';
    const last = prompt.trim().split(/\s+/).slice(-2).join(' ');
    expect(flat(r.screen())).toContain(last);
    // Scrolled down to it: the title is out of view, and ↑ brings it back.
    const title = example.model.issues[1]?.title ?? '';
    expect(r.screen()).toMatch(/↑\s+more/);
    expect(r.screen()).not.toContain(title);
    await r.press(...Array.from({ length: 20 }, () => KEY.up));
    expect(r.screen()).toContain(title);
    expect(r.screen()).toMatch(/↓ more/);
    expectFits(r, 44, 12);
  });

  test('P from the issue view presents that issue, and P again goes back to it', async () => {
    const r = await present(100, 30, { start: {} });
    await r.press('j', KEY.enter);
    expect(r.screen()).toContain(`issue 2 of ${example.model.issues.length}`);
    await r.press('P');
    expect(r.screen()).toContain(`presenting · issue 2 of ${example.model.issues.length}`);
    expect(r.screen()).toMatch(/0 \/ \d+/);
    await r.press('P');
    expect(r.screen()).toMatch(/step|items/);
    expect(r.screen()).not.toContain('presenting');
  });

  test('an issue with no prompt of its own promises no question to discuss', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-presenter-'));
    try {
      cpSync(MINIMAL, dir, { recursive: true });
      const debate = readFileSync(join(dir, 'debate.yaml'), 'utf8').replace(
        '  - issue: cost\n    prompt: What would you give up to pay for it?\n',
        '',
      );
      writeFileSync(join(dir, 'debate.yaml'), debate);
      const loaded = await loadDebate(dir);
      const r = await present(100, 30, { loaded, start: { screen: 'present', issueId: 'cost' } });
      expect(flat(r.screen())).toMatch(/steps: each actor's claim, then the evidence, and the counterpoints and answers\. /);
      expect(r.screen()).not.toContain('question to discuss');
      // The last issue, closed by the whole debate's prompt, still promises it.
      const last = await present(100, 30, { loaded, start: { screen: 'present', issueId: 'traffic' } });
      expect(flat(last.screen())).toContain('and a question to discuss.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the last issue ends on the prompts about the whole debate', async () => {
    const minimal = await loadDebate(MINIMAL);
    const r = await present(80, 24, { loaded: minimal, start: { screen: 'present', issueId: 'traffic' } });
    const steps = presenterSteps(minimal.model, 'traffic');
    await r.press(...Array.from({ length: steps.length }, () => ' '));
    expect(r.screen()).toContain('Discuss  the whole debate');
    expect(r.screen()).toContain('Who should decide?');
    expect(r.screen()).toContain('End of the debate');
  });
});
