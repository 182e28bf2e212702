// Live reload as the reader sees it: the App watching a real folder on disk
// (src/watch), files broken, fixed, added, removed, and the folder itself
// removed and brought back. And `e`: which file and line the editor gets,
// and what the screen says when it cannot start.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { Location } from '../../src/model/types.js';
import { App } from '../../src/tui/App.js';
import type { EditResult } from '../../src/tui/editor.js';
import { liveReload } from '../../src/tui/live.js';
import { expectFits, KEY, type Rendered, renderAt } from './render.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
const RESIDENTS = readFileSync(join(MINIMAL, 'residents.yaml'), 'utf8');
const BROKEN = 'name: Residents\npositions:\n  - id: too-costly\n    issue: cost\n    stance: [unclosed\n';
/** An actor file added while the debate is open. */
const SHOPS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'actors', 'shop-owners.yaml'), 'utf8');

let current: Rendered | undefined;
let stop: (() => void) | undefined;
const temps: string[] = [];
afterEach(() => {
  current?.unmount();
  current = undefined;
  stop?.();
  stop = undefined;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function tempDebate(): string {
  const root = mkdtempSync(join(tmpdir(), 'standpoint-reload-'));
  temps.push(root);
  const dir = join(root, 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

interface Opened {
  r: Rendered;
  dir: string;
  edits: Location[];
}

/** The App on a temporary copy of the minimal debate, watched like `standpoint DIR` does. */
async function openLive(cols = 100, rows = 30, edit?: (t: Location) => EditResult): Promise<Opened> {
  const dir = tempDebate();
  const initial = await loadDebate(dir);
  const live = liveReload();
  const edits: Location[] = [];
  const updates: typeof live.updates = (listener, shown) => {
    const unsubscribe = live.updates(listener, shown);
    stop = unsubscribe;
    return unsubscribe;
  };
  const onEdit = (t: Location): EditResult => {
    edits.push(t);
    return edit ? edit(t) : { ok: true, editor: 'vi' };
  };
  current = await renderAt(
    <App debates={[]} initial={initial} load={loadDebate} theme={{ color: false }} updates={updates} edit={onEdit} />,
    cols,
    rows,
  );
  return { r: current, dir, edits };
}

/**
 * Waits for a frame that passes `check`, then a moment more: a frame drawn
 * after a reload or the editor is on screen before React renews the key
 * handler, and the fake stdin (unlike a terminal) keeps no keys for later.
 */
async function waitForScreen(r: Rendered, check: (s: string) => boolean, what: string, timeout = 8000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const s = r.screen();
    if (check(s)) {
      await new Promise((res) => setTimeout(res, 30));
      return r.screen();
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Screen:\n${s}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** 1-based number of the first line of `file` that starts with `text` (after indentation). */
function lineOf(file: string, text: string): number {
  const i = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.trimStart().startsWith(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

describe('live reload on screen', () => {
  test('a broken actor file stays on screen flagged stale, with the problems badge, until it is fixed', async () => {
    const { r, dir } = await openLive();
    expect(r.screen()).not.toContain('!');
    writeFileSync(join(dir, 'residents.yaml'), BROKEN);
    let s = await waitForScreen(r, (x) => x.includes('(stale)'), 'the stale flag');
    expect(s).toMatch(/Residents' association \(stale\)|Residents \(stale\)/);
    // The old content is still there, and the badge says something is wrong.
    expect(s).toContain('The money is better spent');
    expect(s).toMatch(/! 1 error · p/);
    await r.press('p');
    s = r.screen();
    expect(s).toMatch(/Last good version shown, stale until fixed: .*residents\.yaml/);
    expect(s).toContain('residents.yaml:5');
    await r.press(KEY.esc);
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', 'Schools need it more.'));
    s = await waitForScreen(r, (x) => x.includes('Schools need it more.'), 'the fixed file');
    expect(s).not.toContain('(stale)');
    expect(s).not.toMatch(/! \d+ error/);
    expectFits(r, 100, 30);
  });

  test('narrow: the stacked matrix and issue view flag the stale actor too', async () => {
    const { r, dir } = await openLive(60, 20);
    writeFileSync(join(dir, 'residents.yaml'), BROKEN);
    let s = await waitForScreen(r, (x) => x.includes('(stale)'), 'the stale flag in the stacked matrix');
    expect(s).toMatch(/Residents\s+\(stale\) -- against/);
    await r.press('j', KEY.enter);
    s = r.screen();
    expect(s).toMatch(/Residents' association \(stale\)/);
    expectFits(r, 60, 20);
  });

  test('new actor files appear as columns, deleted ones go away, and the cursor stays on its actor', async () => {
    const { r, dir } = await openLive();
    await r.press('l');
    writeFileSync(join(dir, 'shops.yaml'), SHOPS);
    let s = await waitForScreen(r, (x) => x.includes('Shop owners'), 'the new column');
    expect(s).toMatch(/Town council\s+│ Residents' association\s+│ Shop owners/);
    // Still on the residents' column: Enter opens the issue at that actor.
    await r.press(KEY.enter);
    expect(r.screen()).toMatch(/▸ Residents' association/);
    expect(r.screen()).toMatch(/┃ The money is better spent/);
    await r.press(KEY.esc);
    unlinkSync(join(dir, 'shops.yaml'));
    s = await waitForScreen(r, (x) => !x.includes('Shop owners'), 'the column to go');
    expect(s).toContain("Residents' association");
  });

  test('a broken debate.yaml keeps the matrix, with a banner, until it is fixed', async () => {
    const { r, dir } = await openLive();
    const file = join(dir, 'debate.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, 'title: [unclosed\n');
    let s = await waitForScreen(r, (x) => x.includes('has errors'), 'the banner');
    expect(r.lines()[0]).toMatch(/debate\.yaml has errors — showing its last good version \(p: problems\)/);
    expect(s).toContain('Should the town build a bridge?');
    expect(s).toMatch(/▸ Cost\s+│ \+\+ for/);
    expectFits(r, 100, 30);
    await r.press('p');
    expect(r.screen()).toMatch(/Last good version shown, stale until fixed: .*debate\.yaml/);
    await r.press(KEY.esc);
    writeFileSync(file, good);
    s = await waitForScreen(r, (x) => !x.includes('has errors'), 'the banner to go');
    expect(r.lines()[0]).toContain('Should the town build a bridge?');
  });

  test('a removed folder keeps the last version with a banner saying so; when it is back, reloading resumes', async () => {
    const { r, dir } = await openLive();
    await r.press(KEY.enter);
    rmSync(dir, { recursive: true });
    let s = await waitForScreen(r, (x) => x.includes('was removed'), 'the banner');
    expect(r.lines()[0]).toMatch(/bridge was removed — showing the last version loaded/);
    expect(s).toContain('Is the bridge worth its cost?');
    expectFits(r, 100, 30);
    // Nothing to edit while the files are gone.
    await r.press('e');
    expect(r.screen()).toContain('The folder was removed: there is no file to edit');
    cpSync(MINIMAL, dir, { recursive: true });
    writeFileSync(
      join(dir, 'council.yaml'),
      readFileSync(join(MINIMAL, 'council.yaml'), 'utf8').replace('pays for itself within', 'repays itself in'),
    );
    s = await waitForScreen(r, (x) => x.includes('repays itself in'), 'the folder back');
    expect(r.lines()[0]).not.toContain('was removed');
    expect(s).toContain('issue 1 of 2');
  });
});

describe('e opens the editor at what is focused', () => {
  test('matrix cell: the position; issue view: the evidence; problems: the problem', async () => {
    const { r, dir, edits } = await openLive();
    const council = join(dir, 'council.yaml');
    const residents = join(dir, 'residents.yaml');
    await r.press('e');
    await waitForScreen(r, () => edits.length === 1, 'the editor');
    expect(edits[0]).toEqual({ file: council, line: lineOf(council, '- id: worth-it'), col: 5 });

    await r.press('l', KEY.enter, 'j', 'e');
    await waitForScreen(r, () => edits.length === 2, 'the editor');
    expect(edits[1]).toMatchObject({ file: residents, line: lineOf(residents, '- kind: statistic') });

    writeFileSync(join(dir, 'shops.yaml'), SHOPS.replace('issue: traffic', 'issue: trafic'));
    await waitForScreen(r, (x) => x.includes('! 1 error'), 'the new problem');
    await r.press('p', 'e');
    await waitForScreen(r, () => edits.length === 3, 'the editor');
    expect(edits[2]).toMatchObject({ file: join(dir, 'shops.yaml'), line: 5 });
  });

  test('a stale actor opens at its first error, where the work is', async () => {
    const { r, dir, edits } = await openLive();
    writeFileSync(join(dir, 'residents.yaml'), BROKEN);
    await waitForScreen(r, (x) => x.includes('(stale)'), 'the stale flag');
    await r.press('l', 'e');
    await waitForScreen(r, () => edits.length === 1, 'the editor');
    expect(edits[0]).toMatchObject({ file: join(dir, 'residents.yaml'), line: 5 });
  });

  test('the screen says where the editor goes while it runs, and comes back after', async () => {
    let during = '';
    const { r } = await openLive(100, 30, () => {
      during = current?.screen() ?? '';
      return { ok: true, editor: 'vi' };
    });
    await r.press('e');
    await waitForScreen(r, (x) => x.includes('Town council') && during !== '', 'the matrix again');
    expect(during).toMatch(/Opening .*council\.yaml:\d+ in your editor…/);
    // Input works again.
    await r.press('?');
    expect(r.screen()).toContain('Esc or ? to close');
  });

  test('an editor that cannot start leaves a message in the footer, gone at the next key', async () => {
    const { r } = await openLive(100, 30, () => ({
      ok: false,
      message: 'Editor "nope" not found: check $EDITOR.',
    }));
    await r.press('e');
    const s = await waitForScreen(r, (x) => x.includes('not found'), 'the message');
    expect(r.lines().at(-1)).toContain('Editor "nope" not found: check $EDITOR.');
    expect(s).toContain('Town council');
    await r.press('j');
    expect(r.screen()).not.toContain('not found');
  });
});
