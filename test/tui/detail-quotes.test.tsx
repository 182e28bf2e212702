// Detail marks a quote found word for word in its source's local text copy,
// and only such a quote: one that is not there gets no mark (its
// quote-not-in-source warning is on the Problems screen).
import './force-color.js';
import { afterEach, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { KEY, type Rendered, renderAt } from './render.js';

const FIXTURE = 'test/fixtures/lint/quote-not-in-source';
let current: Rendered | undefined;

afterEach(() => {
  current?.unmount();
  current = undefined;
});

test.each([60, 100])('at %i columns, the found quote is marked in Detail and the one not found is not', async (cols) => {
  const loaded = await loadDebate(FIXTURE);
  current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} />, cols, 30);
  const r = current;
  await r.press(KEY.enter, KEY.down, KEY.enter);
  expect(r.screen()).toContain('Phones are the');
  expect(r.screen()).toContain('✓ found word for word in sources/survey.txt');
  await r.press(KEY.esc);
  await new Promise((done) => setTimeout(done, 100));
  await r.press(KEY.down, KEY.enter);
  expect(r.screen()).toContain('Most teachers report daily');
  expect(r.screen()).not.toContain('✓ found');
});

test('quotes are checked for the mark even when lint is off', async () => {
  const { model } = await loadDebate(FIXTURE, { lint: false });
  const [found, missing] = model.actors[0]?.positions[0]?.evidence ?? [];
  expect(model.diagnostics.some((d) => d.rule === 'quote-not-in-source')).toBe(false);
  expect(model.quotesFound?.has(`${found?.loc.file}:${found?.loc.line}:${found?.loc.col}`)).toBe(true);
  expect(model.quotesFound?.has(`${missing?.loc.file}:${missing?.loc.line}:${missing?.loc.col}`)).toBe(false);
});
