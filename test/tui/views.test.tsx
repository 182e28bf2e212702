// Each view rendered from fixture data at narrow and wide sizes: what a user sees.
import './force-color.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { search } from '../../src/debate/reading.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { KEYS, keysText } from '../../src/tui/keys.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import type { DebateChoice } from '../../src/tui/screens/picker/view.js';
import { searchLines } from '../../src/tui/screens/search/layout.js';
import { expectFits, KEY, type Rendered, renderAt } from './render.js';

const MINIMAL = 'test/fixtures/debates/minimal';
const WIDE = 'test/fixtures/tui/wide';
const BROKEN = 'test/fixtures/tui/broken';
/** An SGR sequence that sets a foreground or background colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const COLOUR = /\u001b\[(?:[0-9;]*;)?(3[0-79]|9[0-7]|4[0-79]|10[0-7]|38;|48;)[0-9;]*m/;

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

async function open(dir: string, cols: number, rows: number, color = false, debates: DebateChoice[] = []): Promise<Rendered> {
  const loaded: LoadResult = await loadDebate(dir);
  current = await renderAt(<App debates={debates} initial={loaded} load={loadDebate} theme={{ color }} />, cols, rows);
  return current;
}

/** Display columns at which `ch` appears in a line. */
function columnsOf(line: string, ch: string): number[] {
  const out: number[] = [];
  let col = 0;
  for (const c of line) {
    if (c === ch) out.push(col);
    col += stringWidth(c);
  }
  return out;
}

describe('matrix', () => {
  test('wide: issues as rows, actors as columns, a stance mark with a word in each cell', async () => {
    const r = await open(MINIMAL, 100, 30);
    const s = r.screen();
    expect(s).toContain('Should the town build a bridge?');
    expect(s).toMatch(/Issue\s+│ Town council\s+│ Residents' association/);
    expect(s).toMatch(/▸ Cost\s+│ \+\+ for\s+│ -- against/);
    expect(s).toMatch(/Traffic\s+│ \+\s+leans for\s+│ -- against/);
    expect(s).toContain('The bridge pays for itself');
    expect(s).toMatch(/↑↓←→ move\s+Enter open/);
    expectFits(r, 100, 30);
  });

  test('narrow: each issue stacks its actors under it', async () => {
    const r = await open(MINIMAL, 60, 20);
    const lines = r.lines();
    const cost = lines.findIndex((l) => l.includes('▸ Cost'));
    expect(cost).toBeGreaterThan(0);
    expect(lines[cost + 1]).toMatch(/▸ Council\s+\+\+ for\s+The bridge pays/);
    expect(lines[cost + 2]).toMatch(/Residents\s+-- against\s+The money/);
    expect(lines[cost + 3]).toContain('Traffic');
    expectFits(r, 60, 20);
  });

  test('more actors than fit: a window of columns, arrows at the edges, and where you are', async () => {
    const r = await open(WIDE, 100, 30);
    expect(r.screen()).toContain('actors 1–3 of 6');
    expect(r.lines()[1]).toMatch(/ ▸$/);
    await r.press('l', 'l', 'l', 'l', 'l');
    const s = r.screen();
    expect(s).toContain('actors 4–6 of 6');
    expect(s).toContain('Cafés ☕');
    expect(r.lines()[1]).toMatch(/│ ◂ /);
  });

  test('wide characters keep the columns aligned', async () => {
    const r = await open(WIDE, 100, 30);
    await r.press('l', 'l', 'l', 'l', 'l');
    const rows = r.lines().filter((l) => l.includes('│'));
    expect(rows.some((l) => /[☕観📈]/u.test(l))).toBe(true);
    const seps = columnsOf(rows[0] as string, '│');
    expect(seps.length).toBe(3);
    for (const l of rows) expect(columnsOf(l, '│')).toEqual(seps);
    expectFits(r, 100, 30);
  });

  test('the focused cell is marked and in inverse, not only coloured', async () => {
    const r = await open(MINIMAL, 100, 30);
    const raw = r.stdout.lastFrame();
    // Inverse video (SGR 7) on the focused cell, and the ▸ marker on its row.
    expect(raw).toContain('\u001b[7m');
    expect(r.screen()).toContain('▸ Cost');
  });
});

describe('issue view', () => {
  test('the question, then each actor: stance, claim, evidence with kind and source, counterpoints, responses', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter);
    const s = r.screen();
    expect(s).toContain('Cost');
    expect(s).toContain('Is the bridge worth its cost?');
    expect(s).toMatch(/▸ Town council\s+│\s+Residents' association/);
    expect(s).toMatch(/▸ \+\+ for\s+│\s+-- against/);
    expect(s).toMatch(/Evidence \(1\)\s+│\s+Evidence \(1\)/);
    expect(s).toMatch(/quote · Ana Ruiz · minutes\s+│\s+statistic · minutes/);
    expect(s).toContain('“It pays for itself.”');
    expect(s).toMatch(/Counterpoints \(1\)/);
    expect(s).toContain('✗ by Residents');
    expect(s).toMatch(/Answered by \(1\)/);
    expect(s).toMatch(/↳ Residents\s+-- against/);
    expect(s).toContain('issue 1 of 2');
    expectFits(r, 100, 30);
  });

  test('narrow: one actor at a time, with where you are', async () => {
    const r = await open(MINIMAL, 60, 24);
    await r.press(KEY.enter);
    expect(r.screen()).toContain('actor 1 of 2');
    expect(r.screen()).toContain('Town council ▸');
    expect(r.screen()).not.toContain("Residents' association");
    await r.press('l');
    expect(r.screen()).toContain('actor 2 of 2');
    expect(r.screen()).toContain("◂ Residents' association");
    expectFits(r, 60, 24);
  });

  test('pages sideways when more actors exist than fit, and says which are shown', async () => {
    const r = await open(WIDE, 100, 30);
    await r.press(KEY.enter);
    expect(r.screen()).toContain('actors 1–3 of 6');
    await r.press('l', 'l', 'l');
    expect(r.screen()).toContain('actors 2–4 of 6');
    expect(r.screen()).toContain("▸ Residents' Council");
    expect(r.screen()).not.toContain('Office of the Mayor');
  });

  test('Tab goes to the next issue', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter, KEY.tab);
    expect(r.screen()).toContain('Will the bridge reduce traffic?');
    expect(r.screen()).toContain('issue 2 of 2');
    await r.press(KEY.shiftTab);
    expect(r.screen()).toContain('Is the bridge worth its cost?');
  });

  test('step-through reveals one item at a time with a progress count', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter, 's');
    let s = r.screen();
    expect(s).toMatch(/step 0 of \d+/);
    expect(s).not.toContain('The bridge pays for itself');
    await r.press(' ');
    s = r.screen();
    expect(s).toMatch(/step 1 of \d+/);
    expect(s).toContain('The bridge pays for itself');
    expect(s).not.toContain('The money is better spent');
    await r.press(' ', ' ');
    s = r.screen();
    expect(s).toMatch(/step 3 of \d+/);
    expect(s).toContain('The money is better spent');
    expect(s).toContain('“It pays for itself.”');
    expect(s).not.toContain('✗ by Residents');
    expect(s).toContain('more to reveal');
    await r.press(KEY.backspace);
    expect(r.screen()).toMatch(/step 2 of \d+/);
    await r.press('s');
    expect(r.screen()).not.toMatch(/step \d+ of/);
    expect(r.screen()).toContain('✗ by Residents');
  });
});

describe('detail', () => {
  test('the item whole, with its source, speaker, position and file:line:col', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter, 'j', KEY.enter);
    const s = r.screen();
    expect(s).toContain('Evidence 1 of 1');
    expect(s).toMatch(/Kind:\s+quote — what was said/);
    expect(s).toMatch(/Speaker:\s+Ana Ruiz/);
    expect(s).toMatch(/Source:\s+Council minutes \(official\)/);
    expect(s).toMatch(/Supports:\s+Town council on Cost/);
    expect(s).toMatch(/File:\s+test\/fixtures\/debates\/minimal\/council\.yaml:\d+:\d+/);
  });

  test('a claim shows what it responds to and what responds to it', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press('l', KEY.enter, KEY.enter);
    const s = r.screen();
    expect(s).toMatch(/Claim\s+Residents' association · Cost/);
    expect(s).toMatch(/Responds to:\s+Council \(\+\+ for\): The bridge pays/);
  });

  test('every label of a claim lines its text up in one column, and no stance reads as a doubled dash', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter, KEY.enter);
    const lines = r.lines();
    const starts = ['Actor:', 'Issue:', 'Stance:', 'Claim:', 'Evidence:', 'Counterpoints:', 'Answered by:', 'File:'].map((label) => {
      const line = lines.find((l) => l.trimStart().startsWith(label)) ?? '';
      return line.length - line.trimStart().length + label.length + (/^ */.exec(line.trimStart().slice(label.length))?.[0].length ?? 0);
    });
    expect(new Set(starts).size, lines.join('\n')).toBe(1);
    await r.press(KEY.esc, KEY.tab, KEY.enter);
    expect(r.screen()).toMatch(/Responds to:\s+Residents \(-- against\): New roads bring new traffic/);
    expect(r.screen()).not.toMatch(/— -/);
  });

  test('long text scrolls, and says which lines are shown', async () => {
    const r = await open(MINIMAL, 60, 12);
    await r.press(KEY.enter, KEY.enter);
    expect(r.screen()).toMatch(/lines 1–\d+ of \d+/);
    await r.press('j');
    expect(r.screen()).toMatch(/lines 2–\d+ of \d+/);
  });
});

describe('actor view', () => {
  test("one actor's positions on every issue", async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press('l', 'a');
    const s = r.screen();
    expect(s).toContain("Residents' association");
    expect(s).toMatch(/▸ Cost/);
    expect(s).toContain('The money is better spent on schools.');
    expect(s).toContain('Traffic');
    expect(s).toContain('New roads bring new traffic.');
    expect(s).toMatch(/1 piece of evidence · 1 counterpoint/);
    expect(s).toContain('actor 2 of 2');
  });
});

describe('column headers', () => {
  test('one rule for every column of a screen: all full names, or all short names', async () => {
    const { model } = await loadDebate(WIDE);
    const seen = new Set<string>();
    for (const cols of [60, 80, 100, 120, 140, 160, 200]) {
      for (const screen of ['matrix', 'issue'] as const) {
        const r = await open(WIDE, cols, 24);
        if (screen === 'issue') await r.press(KEY.enter);
        const head = r.lines().find((l) => model.actors.filter((a) => l.includes(a.short)).length >= 2) ?? '';
        const full = model.actors.filter((a) => head.includes(a.name));
        const short = model.actors.filter((a) => a.name !== a.short && !head.includes(a.name) && head.includes(a.short));
        expect(full.length > 0 && short.length > 0, `${screen} at ${cols}: ${head}`).toBe(false);
        if (full.length > 0) seen.add('full');
        if (short.length > 0) seen.add('short');
        r.unmount();
      }
    }
    // Both rules happen at some width: the test looked at both.
    expect(seen).toEqual(new Set(['full', 'short']));
  });
});

describe('issue view header', () => {
  test('a long issue title is cut at a word, with an ellipsis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-views-'));
    try {
      cpSync(MINIMAL, dir, { recursive: true });
      const title = 'Whether the footbridge over the river should carry bicycles as well as people on foot';
      const debate = readFileSync(join(dir, 'debate.yaml'), 'utf8').replace('title: Cost', `title: ${title}`);
      writeFileSync(join(dir, 'debate.yaml'), debate);
      const r = await open(dir, 60, 24);
      await r.press(KEY.enter);
      const line = r.lines().find((l) => l.includes('Whether the')) ?? '';
      const shown = line.trim();
      expect(shown.endsWith('…')).toBe(true);
      const words = shown.slice(0, -1).trim().split(' ');
      // Every word shown is a whole word of the title, in order.
      expect(title.split(' ').slice(0, words.length)).toEqual(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a debate with no actor files yet', () => {
  test('says there are none yet and how to add one, not that none could be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standpoint-views-'));
    try {
      cpSync(join(MINIMAL, 'debate.yaml'), join(dir, 'debate.yaml'));
      const r = await open(dir, 100, 20);
      expect(r.screen()).toContain('No actors yet: add an actor file to the folder (standpoint new actor ID DIR).');
      expect(r.screen()).not.toContain('could be read');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('problems', () => {
  test('a badge in the footer, a screen with file:line:col, and the valid actors still shown', async () => {
    const r = await open(BROKEN, 100, 30);
    let s = r.screen();
    expect(s).toContain('Librarians');
    expect(s).toContain('Yes, if two more librarians');
    // Lint warnings come and go with the rules; the one error is the broken stance.
    expect(r.lines().at(-1)).toMatch(/! 1 error(, \d+ warnings?)? · p/);
    await r.press('p');
    s = r.screen();
    expect(s).toMatch(/1 error(, \d+ warnings?)? while loading\./);
    expect(s).toMatch(/error\s+test\/fixtures\/tui\/broken\/readers\.yaml:5:13\n/);
    expect(s).toMatch(/\[bad-value\]/);
    expect(s).toContain('"stance" in position "yes" must be one of');
    // The code around the problem, with a caret.
    expect(s).toMatch(/> 5 \|\s+stance: sideways/);
  });

  test('narrow: a long path gives way from the left, the line:col stays', async () => {
    const r = await open(BROKEN, 44, 20);
    await r.press('p');
    expect(r.screen()).toMatch(/error\s+…\S*readers\.yaml:5:13/);
    expectFits(r, 44, 20);
  });

  test('a list taller than the screen says how many problems are below, and above once scrolled', async () => {
    const r = await open(BROKEN, 100, 10);
    await r.press('p');
    const total = (await loadDebate(BROKEN)).model.diagnostics.length;
    expect(total).toBeGreaterThan(1);
    expect(r.screen()).toMatch(/↓ \d+ more below/);
    await r.press(...Array.from({ length: total - 1 }, () => 'j'));
    expect(r.screen()).toMatch(/↑ \d+ more above/);
    expect(r.screen()).toMatch(/problem \d+ of \d+/);
  });

  test('a clean debate has no badge', async () => {
    const r = await open(MINIMAL, 100, 30);
    expect(r.lines().at(-1)).not.toContain('!');
  });
});

describe('help', () => {
  test('lists every binding of the key table, and how to read the marks', async () => {
    const r = await open(MINIMAL, 100, 120);
    await r.press('?');
    const s = r.screen();
    for (const b of KEYS) {
      expect(s).toContain(keysText(b));
      expect(s).toContain(b.help.slice(0, 30));
    }
    expect(s).toContain('-  leans against');
    expect(s).toMatch(/interpretation\s+a source's own framing/);
  });

  test('scrolls when it does not fit', async () => {
    const r = await open(MINIMAL, 80, 15);
    await r.press('?');
    expect(r.screen()).toMatch(/lines 1–\d+ of \d+/);
    await r.press('G');
    expect(r.screen()).toContain('interpretation');
    expectFits(r, 80, 15);
  });
});

describe('search', () => {
  test('finds claims, evidence and counterpoints and jumps to the one chosen', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press('/', 'b', 'u', 'd', 'g', 'e', 't');
    let s = r.screen();
    expect(s).toContain('/ budget');
    expect(s).toContain('1 match.');
    expect(s).toMatch(/counterpoint · Residents · Cost/);
    await r.press(KEY.enter);
    s = r.screen();
    expect(s).toContain('Is the bridge worth its cost?');
    expect(s).toMatch(/▸ ✗ by Council/);
  });

  test('shows the first of many matches at once, then how many there are once all are counted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standpoint-search-'));
    try {
      await generateDebate(dir, { actors: 12, issues: 6, evidence: 200, seed: 7 });
      const { model } = await loadDebate(dir);
      const hits = search(model, 'e');
      // A key finds only a screenful; the rest are counted after the frame.
      const { lines } = searchLines(model, frameOf({ cols: 100, rows: 30 }), 'e', 0, 0);
      expect(lines[1]?.map((g) => g.text).join('')).toContain('so far, counting…');
      const all = hits.length;
      expect(all).toBeGreaterThan(30);
      const r = await open(dir, 100, 30);
      await r.press('/', 'e');
      await screenShows(`${all} matches. ↑↓ choose`);
      expect(r.screen()).toContain(`${hits.at(0)?.entry.label} · `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a key typed right after another shows its own first hits, then its own count', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standpoint-search-'));
    try {
      await generateDebate(dir, { actors: 40, issues: 8, evidence: 4000, seed: 3 });
      const { model } = await loadDebate(dir);
      const po = search(model, 'po');
      const first = [0, 1, 2].map((n) => `${po.at(n)?.entry.label} · `);
      const all = po.length;
      const r = await open(dir, 100, 30);
      await r.press('/', 'p', 'o');
      const shown = r.lines().filter((l) => /^(▸ | {2})\S.* · /.test(l));
      expect(r.screen()).toContain('/ po');
      for (const [n, label] of first.entries()) expect(shown[n]).toContain(label);
      await screenShows(`${all} matches. ↑↓ choose`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('says so when nothing matches', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press('/', 'z', 'z', 'z');
    expect(r.screen()).toContain('No matches.');
  });
});

/** Waits (up to 5 s, polling) until the screen shows `what`; a busy machine renders late. */
async function screenShows(what: string | RegExp) {
  for (let i = 0; i < 250; i++) {
    const screen = current?.screen() ?? '';
    if (typeof what === 'string' ? screen.includes(what) : what.test(screen)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(current?.screen()).toMatch(what);
}

describe('picker', () => {
  test('lists the debates of a folder and opens the one chosen', async () => {
    const debates = [
      { dir: resolve(BROKEN), title: 'A debate with a broken actor file', name: 'broken' },
      { dir: resolve(WIDE), title: 'Should the old town go car-free?', name: 'wide' },
    ];
    current = await renderAt(<App debates={debates} load={loadDebate} theme={{ color: false }} />, 100, 30);
    expect(current.screen()).toContain('Choose a debate:');
    expect(current.screen()).toMatch(/▸ A debate with a broken actor file\s+\(broken\)/);
    await current.press('j');
    await screenShows(/▸ Should the old town go car-free\?/);
    await current.press(KEY.enter);
    await screenShows('The ban itself');
    expect(current.screen()).toContain('Should the old town go car-free?');
    await current.press(KEY.esc);
    await screenShows('Choose a debate:');
    // The list comes back on the debate that was open.
    expect(current.screen()).toMatch(/▸ Should the old town go car-free\?/);
  });
});

describe('a newer version of the debate', () => {
  test('replaces what is shown and keeps the cursor on the same item', async () => {
    const loaded = await loadDebate(MINIMAL);
    let push: ((l: LoadResult) => void) | undefined;
    const updates = (listener: (l: LoadResult) => void) => {
      push = listener;
      return () => {
        push = undefined;
      };
    };
    current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} updates={updates} />, 100, 30);
    await current.press('l', KEY.enter, 'j');
    expect(current.screen()).toMatch(/▸ statistic · minutes/);
    const next = await loadDebate(MINIMAL);
    const p = next.model.positions.get('residents/too-costly');
    if (p) p.claim = 'Schools first: the money is needed there.';
    push?.(next);
    await new Promise((r) => setTimeout(r, 20));
    expect(current.screen()).toContain('Schools first: the money is needed there.');
    expect(current.screen()).toMatch(/▸ statistic · minutes/);
  });
});

describe('terminal', () => {
  test('a window too small gets a clear message instead of a broken frame', async () => {
    const r = await open(MINIMAL, 30, 8);
    const text = r.lines().join(' ');
    expect(text).toContain('too small (30×8)');
    expect(text).toContain('press q to quit');
    expectFits(r, 30, 8);
  });

  test('re-lays out on resize, to the stacked layout and back', async () => {
    const r = await open(MINIMAL, 100, 30);
    await r.press(KEY.enter);
    expect(r.screen()).toMatch(/Town council\s+│\s+Residents/);
    await r.resize(60, 20);
    expect(r.screen()).toContain('actor 1 of 2');
    expectFits(r, 60, 20);
    await r.resize(30, 8);
    expect(r.screen()).toContain('too small');
    await r.resize(120, 40);
    expect(r.screen()).toMatch(/Town council\s+│\s+Residents/);
  });

  test('without colour (NO_COLOR), no colour codes are written; focus is still marked', async () => {
    const r = await open(MINIMAL, 100, 30, false);
    const raw = r.stdout.lastFrame();
    expect(raw).not.toMatch(COLOUR);
    expect(raw).toContain('\u001b[7m');
    const c = await open(MINIMAL, 100, 30, true);
    expect(c.stdout.lastFrame()).toMatch(COLOUR);
  });

  test('escape sequences in YAML text never reach the terminal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standpoint-tui-'));
    await writeFile(
      join(dir, 'debate.yaml'),
      'title: "Evil \\e]0;pwned\\a title"\nquestion: q?\nissues:\n  - id: a\n    title: "A \\e[2J issue"\n    question: "Is it \\e[31mred?"\n',
    );
    await writeFile(
      join(dir, 'x.yaml'),
      'name: "X \\e]8;;http://evil\\e\\\\link"\npositions:\n  - id: p\n    issue: a\n    stance: for\n    claim: "Claim \\u0007\\u009b31m here"\n',
    );
    const r = await open(dir, 100, 30, true);
    await r.press(KEY.enter);
    const raw = r.stdout.frames.join('');
    expect(raw).not.toContain('\u001b]');
    expect(raw).not.toContain('\u001b[2J');
    expect(raw).not.toContain('\u0007');
    expect(raw).not.toContain('\u009b');
    expect(r.screen()).toContain('Claim');
  });
});
