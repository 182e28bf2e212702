// The forest screen in a real terminal at 60, 100 and 200 columns: m on the
// matrix opens the agreement map, the arrows move over its cells, Enter opens
// compare for the pair, Esc comes back, and Tab / Shift-Tab reach the drops and
// the balance audit.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditDebate } from '../../src/debate/audit.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { KEYS, sessionPerTest } from './harness.js';

const EXAMPLE = 'positions/mexico-cartels';
let example: Model;
const session = sessionPerTest();

beforeAll(async () => {
  example = (await loadDebate(EXAMPLE)).model;
});

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
