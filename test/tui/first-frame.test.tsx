// Opening a debate draws its screen once: nothing the App does as it mounts
// (measuring the window, live reload's status, the view state's size) draws it
// again, which would hold back the first key by a frame. Ink in debug mode,
// as the test renderer runs it, writes every render it commits.
import { afterEach, describe, expect, test } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { Lines } from '../../src/tui/components/Lines.js';
import { seg } from '../../src/tui/lines.js';
import { KEY, type Rendered, renderAt } from './render.js';

const EXAMPLE = 'positions/mexico-cartels';

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('the first frame', () => {
  test('is drawn once, with live reload on, and the first key draws once more', async () => {
    const loaded: LoadResult = await loadDebate(EXAMPLE);
    const updates = () => () => {};
    current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} updates={updates} />, 100, 30);
    await settle();
    expect(current.stdout.frames).toHaveLength(1);
    expect(current.screen()).toContain('issues');
    await current.press(KEY.down);
    await settle();
    expect(current.stdout.frames).toHaveLength(2);
  });

  test('a resize still draws the screen at its new size', async () => {
    const loaded: LoadResult = await loadDebate(EXAMPLE);
    current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} />, 100, 30);
    await current.resize(60, 20);
    await settle();
    expect(Math.max(...current.lines().map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(current.lines().length).toBeLessThanOrEqual(19);
  });

  test('the body, one text of many lines, cuts a line too wide on its own and keeps an empty one', async () => {
    current = await renderAt(<Lines lines={[[seg('x'.repeat(30))], [], [seg('short')]]} />, 20, 10);
    expect(current.lines().slice(0, 3)).toEqual([`${'x'.repeat(19)}…`, '', 'short']);
  });
});
