// A save made while a debate is first being read (after the read, before live
// reload watches the folder) must still reach the screen, without waiting for
// a later save.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { liveReload } from '../../src/tui/live.js';
import { EarlyWatches } from '../../src/watch/early.js';
import { MINIMAL, removeTemps, sleep, tempDebate, waitUntil } from './helpers.js';

const RESIDENTS = readFileSync(join(MINIMAL, 'residents.yaml'), 'utf8');
const claimOf = (r: LoadResult | undefined) => r?.model.positions.get('residents/too-costly')?.claim;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  removeTemps();
});

test('a save made between the first read and the start of live reload is shown as live reload starts', async () => {
  const dir = tempDebate();
  const early = new EarlyWatches();
  early.start(dir);
  const initial = await loadDebate(dir);
  // Saved after the read, while the screen is still being set up.
  writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', 'Saved while loading.'));
  // The file system's notice arrives while the app is busy starting.
  await sleep(200);
  const seen: LoadResult[] = [];
  stop = liveReload(early).updates((loaded) => seen.push(loaded), initial);
  await waitUntil(() => seen.some((r) => claimOf(r) === 'Saved while loading.'), 'the save made while loading');
});

test('with nothing saved meanwhile, live reload starts without loading again', async () => {
  const dir = tempDebate();
  const early = new EarlyWatches();
  early.start(dir);
  const initial = await loadDebate(dir);
  await sleep(200);
  expect(early.handOver(dir)).toBe(false);
  // Handed over once: a second hand-over has nothing to say.
  expect(early.handOver(initial.model.dir)).toBe(false);
});
