// Live reload in a real terminal: the built CLI open on a temporary copy of a
// debate while the test writes, breaks, fixes and deletes files beside it.
import { chmodSync, cpSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { KEYS, leftAlternateScreen, scratch, sessionPerTest } from './harness.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
const RESIDENTS = readFileSync(join(MINIMAL, 'residents.yaml'), 'utf8');
/** An actor file added while the debate is open. */
const SHOPS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'actors', 'shop-owners.yaml'), 'utf8');

const open = sessionPerTest();

function tempDebate(): string {
  const root = scratch('standpoint-e2e-reload-');
  const dir = join(root, 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

function fits(rows: string[], cols: number): boolean {
  return rows.every((r) => stringWidth(r) <= cols) && rows[rows.length - 1] === '';
}

/** A save the way vim does it with backupcopy=no: the old file moved aside, a new one written. */
function vimSave(file: string, text: string) {
  renameSync(file, `${file}~`);
  writeFileSync(file, text);
  unlinkSync(`${file}~`);
}

describe('live reload in a terminal', () => {
  test('a new actor file becomes a column; a broken file keeps its content, flagged, with the badge; fixed, the badge clears; deleted, the column goes', async () => {
    const dir = tempDebate();
    const s = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready('Town council');

    writeFileSync(join(dir, 'shops.yaml'), SHOPS);
    let rows = await s.waitForText('Shop owners');
    expect(rows.join('\n')).toMatch(/Town council\s+│ Residents' association\s+│ Shop owners/);
    expect(fits(rows, 100)).toBe(true);

    // Broken mid-edit: the old claim stays, flagged, and the footer says there is an error.
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('claim: The money', 'claim: [The money'));
    rows = await s.waitForText('(stale)');
    let text = rows.join('\n');
    expect(text).toMatch(/Residents' association \(stale\)|Residents \(stale\)/);
    expect(text).toContain('The money is better');
    expect(rows[rows.length - 2]).toMatch(/! 1 error/);

    // Fixed with a rename-save: the flag and the badge go.
    vimSave(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', 'Schools need the money more.'));
    rows = await s.waitForText('Schools need the money');
    text = rows.join('\n');
    expect(text).not.toContain('(stale)');
    expect(rows[rows.length - 2]).not.toMatch(/! \d+ error/);

    unlinkSync(join(dir, 'shops.yaml'));
    rows = await s.waitFor((r) => !r.join('\n').includes('Shop owners'), 'the column to go');
    expect(rows.join('\n')).toMatch(/Town council\s+│ Residents' association/);
    expect(fits(rows, 100)).toBe(true);

    // Still responsive, and the screen is given back on quit.
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
    expect(leftAlternateScreen(s.raw())).toBe(true);
  });

  test('the cursor stays on its item across a reload, and several quick saves end on the last', async () => {
    const dir = tempDebate();
    const s = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready('Town council');
    await s.press('l', KEYS.enter, 'j');
    await s.waitForText(/▸ statistic · minutes/);
    for (let i = 1; i <= 8; i++) {
      writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', `Save number ${i}.`));
    }
    const rows = await s.waitForText('Save number 8.');
    expect(rows.join('\n')).toMatch(/▸ statistic · minutes/);
    await s.press('j');
    await s.waitForText(/▸ ✗ by Council/);
  });

  test('the folder removed: the last version stays with a banner; back, and reloading resumes', async () => {
    const dir = tempDebate();
    const s = open({ args: [dir], cols: 80, rows: 24 });
    await s.ready('Town council');
    rmSync(dir, { recursive: true });
    let rows = await s.waitForText('was removed');
    expect(rows[0]).toMatch(/^ bridge was removed — showing the last version loaded\.\s*$/);
    expect(rows.join('\n')).toContain('Town council');
    expect(fits(rows, 80)).toBe(true);
    expect(s.raw()).not.toMatch(/\n\s+at /);

    cpSync(MINIMAL, dir, { recursive: true });
    writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', 'Back from the dead.'));
    rows = await s.waitForText('Back from the dead.', 8000);
    expect(rows[0]).not.toContain('was removed');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  // Root reads a chmod 000 folder all the same (as in CI): there this is
  // covered by test/watch/debate.test.ts, which simulates the failing listing.
  test.skipIf(process.getuid?.() === 0)(
    'a folder made unreadable keeps the last version under a banner, as a removed one does',
    async () => {
      const dir = tempDebate();
      const s = open({ args: [dir], cols: 80, rows: 24 });
      await s.ready('Town council');
      chmodSync(dir, 0o000);
      let rows = await s.waitForText('cannot be read');
      expect(rows[0]).toMatch(/^ bridge cannot be read — showing the last version loaded\.\s*$/);
      expect(rows.join('\n')).toContain('The money is better spent');
      chmodSync(dir, 0o755);
      writeFileSync(join(dir, 'residents.yaml'), RESIDENTS.replace('The money is better spent on schools.', 'Readable again.'));
      rows = await s.waitForText('Readable again.', 8000);
      expect(rows[0]).not.toContain('cannot be read');
      await s.press('q');
      expect((await s.exit()).code).toBe(0);
    },
  );

  test('a broken debate.yaml keeps the matrix under a banner', async () => {
    const dir = tempDebate();
    const s = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready('Town council');
    const good = readFileSync(join(dir, 'debate.yaml'), 'utf8');
    writeFileSync(join(dir, 'debate.yaml'), '');
    let rows = await s.waitForText('debate.yaml has errors');
    expect(rows.join('\n')).toMatch(/▸ Cost\s+│ \+\+ for/);
    expect(fits(rows, 100)).toBe(true);
    writeFileSync(join(dir, 'debate.yaml'), good.replace('Should the town build a bridge?', 'A bridge for the town?'));
    rows = await s.waitForText('A bridge for the town?');
    expect(rows.join('\n')).not.toContain('has errors');
  });

  test('every kind of mistake keeps the last good version, stale, named on the Problems screen, with no errors blamed on another file', async () => {
    const dir = tempDebate();
    const file = join(dir, 'residents.yaml');
    const s = open({ args: [dir], cols: 120, rows: 30 });
    await s.ready('Town council');
    const mistakes: Array<[string, string]> = [
      ['a misspelt stance', RESIDENTS.replace('stance: against', 'stance: aganst')],
      ['a bad evidence kind', RESIDENTS.replace('kind: statistic', 'kind: statistc')],
      ['an unknown source', RESIDENTS.replace('source: minutes', 'source: minutse')],
      ['an unknown key', RESIDENTS.replace('counterpoints:', 'counterpointz:')],
      ['a file cut off mid-write', RESIDENTS.slice(0, RESIDENTS.indexOf('  - id: more-traffic') + 6)],
      ['a YAML syntax error', RESIDENTS.replace('claim: The money', 'claim: [The money')],
    ];
    for (const [i, [what, broken]] of mistakes.entries()) {
      const claim = `Good again ${i}.`;
      writeFileSync(file, broken);
      let rows = await s.waitForText('(stale)');
      let text = rows.join('\n');
      // Both of the actor's cells keep their last good stance; no "no position".
      expect(text, what).toMatch(/Cost\s+│ \+\+ for\s+│ (\(stale\) )?-- against/);
      expect(text, what).toMatch(/Traffic\s+│ \+\s+leans for\s+│ (\(stale\) )?-- against/);
      expect(text, what).not.toContain('no position');
      await s.press('p');
      rows = await s.waitForText('Last good version shown');
      text = rows.join('\n');
      expect(text, what).toContain('residents.yaml');
      expect(text, what).not.toContain('council.yaml');
      expect(text, what).not.toContain('unknown-position');
      await s.press(KEYS.esc);
      await s.waitFor((r) => !r.join('\n').includes('Last good version shown'), 'the matrix again');
      writeFileSync(file, RESIDENTS.replace('The money is better spent on schools.', claim));
      await s.waitFor((r) => r.join('\n').includes(claim) && !r.join('\n').includes('(stale)'), `${what} fixed`);
    }
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  test('a broken debate.yaml keeps the column order of its actors: list', async () => {
    const dir = tempDebate();
    const file = join(dir, 'debate.yaml');
    const good = readFileSync(file, 'utf8').replace('actors: [council, residents]', 'actors: [residents, council]');
    writeFileSync(file, good);
    const s = open({ args: [dir], cols: 100, rows: 30 });
    let rows = await s.ready(/Residents' association\s+│ Town council/);
    writeFileSync(file, good.replace('title: Should', 'title: [Should'));
    rows = await s.waitForText('debate.yaml has errors');
    expect(rows.join('\n')).toMatch(/Residents' association\s+│ Town council/);
    // Cut off in the second issue: its issues and sources are not lost either, nor blamed on the actor files.
    writeFileSync(file, good.slice(0, good.indexOf('  - id: traffic') + 10));
    await s.press('p');
    rows = await s.waitForText('Last good version shown');
    expect(rows.join('\n')).not.toMatch(/council\.yaml|residents\.yaml:/);
    await s.press(KEYS.esc);
    rows = await s.waitForText(/Traffic\s+│/);
    expect(rows.join('\n')).toMatch(/Residents' association\s+│ Town council/);
  });
});
