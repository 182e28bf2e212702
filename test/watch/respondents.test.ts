// The class's answers kept fresh: responses/ read at once, then again when a
// student saves, a file is fixed or removed, or the folder first appears.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RespondentFile } from '../../src/model/respondent.js';
import { watchRespondents } from '../../src/watch/respondents.js';
import { removeTemps, sleep, tempDebate, waitUntil } from './helpers.js';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  removeTemps();
});

const ISSUES = ['cost', 'traffic'];
const file = (name: string, stance = 'for') => `name: ${name}\ndate: '2026-11-25'\nanswers:\n  cost:\n    stance: ${stance}\n`;

function watching(dir: string) {
  const seen: Array<readonly RespondentFile[]> = [];
  stop = watchRespondents(dir, ISSUES, (list) => seen.push(list), { debounceMs: 20, pollMs: 50 });
  const names = () => seen.at(-1)?.map((r) => r.name);
  return { seen, names };
}

describe('watching responses/', () => {
  test('hands over the answers at once, then again after each save, edit and removal', async () => {
    const dir = tempDebate();
    mkdirSync(join(dir, 'responses'));
    writeFileSync(join(dir, 'responses', 'ana.yaml'), file('Ana'));
    const w = watching(dir);
    await waitUntil(() => w.names()?.join() === 'Ana', 'the first reading');
    writeFileSync(join(dir, 'responses', 'ben.yaml'), file('Ben'));
    await waitUntil(() => w.names()?.join() === 'Ana,Ben', 'the new file');
    writeFileSync(join(dir, 'responses', 'ben.yaml'), file('Ben', 'against'));
    await waitUntil(() => w.seen.at(-1)?.[1]?.answers.get('cost')?.stance === 'against', 'the edit');
    rmSync(join(dir, 'responses', 'ana.yaml'));
    await waitUntil(() => w.names()?.join() === 'Ben', 'the removal');
  });

  test('a broken file is left out and the others still count; fixed, it counts too', async () => {
    const dir = tempDebate();
    mkdirSync(join(dir, 'responses'));
    writeFileSync(join(dir, 'responses', 'ana.yaml'), file('Ana'));
    writeFileSync(join(dir, 'responses', 'ben.yaml'), 'name: Ben\nanswers: [\n');
    const w = watching(dir);
    await waitUntil(() => w.names()?.join() === 'Ana', 'the good file alone');
    writeFileSync(join(dir, 'responses', 'ben.yaml'), file('Ben'));
    await waitUntil(() => w.names()?.join() === 'Ana,Ben', 'the fixed file');
  });

  test('with no responses/ yet: none at first, then the first save', async () => {
    const dir = tempDebate();
    const w = watching(dir);
    await waitUntil(() => w.seen.length === 1, 'the first reading');
    expect(w.seen[0]).toEqual([]);
    mkdirSync(join(dir, 'responses'));
    writeFileSync(join(dir, 'responses', 'ana.yaml'), file('Ana'));
    await waitUntil(() => w.names()?.join() === 'Ana', 'the first save');
  });

  test('a file saved again with the same text hands nothing over; after stop, nothing more', async () => {
    const dir = tempDebate();
    mkdirSync(join(dir, 'responses'));
    writeFileSync(join(dir, 'responses', 'ana.yaml'), file('Ana'));
    const w = watching(dir);
    await waitUntil(() => w.seen.length === 1, 'the first reading');
    writeFileSync(join(dir, 'responses', 'ana.yaml'), file('Ana'));
    await sleep(300);
    expect(w.seen).toHaveLength(1);
    stop?.();
    writeFileSync(join(dir, 'responses', 'ben.yaml'), file('Ben'));
    await sleep(300);
    expect(w.seen).toHaveLength(1);
  });
});
