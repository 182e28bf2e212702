// The forest screen in a real terminal at 60, 100 and 200 columns: m on the
// matrix opens the agreement map, the arrows move over its cells, Enter opens
// compare for the pair, Esc comes back, and Tab / Shift-Tab reach the drops and
// the balance audit; on the example and on a generated 200-actor debate.
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { auditDebate } from '../../src/debate/audit.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { KEYS, scratch, sessionPerTest } from './harness.js';

const EXAMPLE = 'positions/mexico-cartels';
let example: Model;
let big: string;
const session = sessionPerTest();

beforeAll(async () => {
  example = (await loadDebate(EXAMPLE)).model;
  // Few issues and evidence items: 200 actors is the scale under test, and it loads in a moment.
  big = join(scratch('standpoint-e2e-forest-big-'), 'big');
  await generateDebate(big, { actors: 200, issues: 8, evidence: 400 });
}, 120_000);

describe.each([
  [60, 24],
  [100, 30],
  [200, 50],
])('at %i×%i', (cols, rows) => {
  test('m opens the map; moving and Enter give compare for the pair; Tab reaches drops and audit', async () => {
    const s = session({ args: [EXAMPLE], cols, rows });
    const [a, b, c] = example.actors;
    await s.ready(example.issues[0]?.title.split(' ')[0] ?? '');
    await s.press('m');
    let screen = await s.waitForText('[Agreement map]');
    for (const l of screen) expect(stringWidth(l)).toBeLessThanOrEqual(cols);
    expect(screen.join('\n')).toContain(`${a?.short} and ${b?.short}:`);

    await s.press(KEYS.down, KEYS.right);
    await s.waitForText(`${b?.short} and ${c?.short}:`);
    await s.press(KEYS.enter);
    screen = await s.waitForText('compared with');
    expect(screen.join('\n')).toContain(`${b?.name}  compared with`);

    await s.press(KEYS.esc);
    await s.waitForText('[Agreement map]');
    await s.press(KEYS.tab, KEYS.tab);
    await s.waitForText('[Drops]');
    await s.waitForText('responds_to in');
    await s.press(KEYS.tab);
    screen = await s.waitForText('[Balance audit]');
    const first = auditDebate(example).asymmetries[0] ?? '';
    expect(screen.join(' ').replace(/\s+/g, ' ')).toContain(first.slice(0, 30));
    for (const l of screen) expect(stringWidth(l)).toBeLessThanOrEqual(cols);

    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});

describe.each([
  [60, 24],
  [100, 30],
  [200, 50],
])('with 200 actors at %i×%i', (cols, rows) => {
  const fits = (screen: string[]) => {
    for (const l of screen) expect(stringWidth(l), l).toBeLessThanOrEqual(cols);
  };
  // The names over the grid's columns, after "Actor".
  const gridHeader = (screen: string[]) =>
    screen
      .find((l) => l.trimStart().startsWith('Actor '))
      ?.trim()
      .split(/\s+/) ?? [];

  // Generous limits: a loaded machine can take a while to start on 200 files.
  test('the map pages the grid to the width; a cell opens compare for its pair; Tab reaches every section', async () => {
    const s = session({ args: [big], cols, rows });
    await s.ready('Issue 1', 30_000);
    await s.press('m');
    // The header is drawn below the grid: once it shows, the whole frame has arrived.
    const SHOWN = /Rows 1–(\d+), columns 1–(\d+) of 200 actors/;
    let screen = await s.waitForText(SHOWN, 10_000);
    fits(screen);
    const shown = screen.join('\n').match(SHOWN);
    const columns = Number(shown?.[2]);
    expect(columns).toBeGreaterThan(1);
    expect(columns).toBeLessThan(200);
    // The grid's header row names exactly the columns the map says it shows.
    expect(gridHeader(screen).slice(1)).toEqual(Array.from({ length: columns }, (_, i) => `A${i + 1}`));
    expect(screen.join('\n')).toContain('A1 and A2:');

    // Four steps right from column 2 go past the 60-column page: the grid scrolls to keep the cursor.
    await s.press(KEYS.down, KEYS.down, KEYS.right, KEYS.right, KEYS.right, KEYS.right);
    screen = await s.waitFor(
      (rows) => rows.some((l) => l.includes('A3 and A6:')) && gridHeader(rows).includes('A6') && /of 200 actors/.test(rows.join('\n')),
      'the cursor on A3 and A6, with column A6 shown',
      10_000,
    );
    fits(screen);

    await s.press(KEYS.enter);
    fits(await s.waitForText(/Actor 3\s+compared with\s+Actor 6/, 10_000));

    await s.press(KEYS.esc);
    await s.waitForText('A3 and A6:', 10_000);
    for (const section of ['[Issues & cruxes]', '[Drops]', '[Balance audit]']) {
      await s.press(KEYS.tab);
      fits(await s.waitForText(section, 10_000));
    }
    fits(await s.waitForText('Asymmetries', 10_000));
    await s.press(KEYS.shiftTab);
    fits(await s.waitForText('[Drops]', 10_000));

    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  }, 180_000);
});

test('e on a drop opens the editor at the position where the answer goes; once answered, the drop is gone', async () => {
  const root = scratch('standpoint-e2e-forest-');
  const dir = join(root, 'mexico-cartels');
  cpSync(EXAMPLE, dir, { recursive: true });
  const log = join(root, 'argv.json');
  const editor = join(root, 'vim');
  // An "editor" that records its arguments and adds the missing responds_to, as a reader would.
  writeFileSync(
    editor,
    `#!${process.execPath}
const fs = require('node:fs');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(args));
const file = args[args.length - 1];
fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    issue: military-action\\n', '    issue: military-action\\n    responds_to: [mexico-government/no-intervention]\\n'));
`,
  );
  chmodSync(editor, 0o755);
  const s = session({ args: [dir], cols: 100, rows: 30, env: { EDITOR: editor, VISUAL: undefined } });
  await s.ready(example.issues[0]?.title.split(' ')[0] ?? '');
  await s.press('m', KEYS.tab, KEYS.tab);
  await s.waitForText('answers 0 of 1 opposing positions');
  await s.press('e');
  await s.waitForText('answers 1 of 1 opposing positions', 8000);
  const file = join(dir, 'us-administration.yaml');
  const line = readFileSync(join(EXAMPLE, 'us-administration.yaml'), 'utf8').split('\n').indexOf('  - id: strikes-eligible') + 1;
  expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual([`+${line}`, file]);
  await s.press('q');
  expect((await s.exit()).code).toBe(0);
});
