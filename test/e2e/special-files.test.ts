// FIFOs in a debate folder, seen from the terminal: one there at the start,
// or one appearing while the debate is open, is reported and never waited on;
// reloading goes on, and q still quits.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scratch, sessionPerTest } from './harness.js';

const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
const open = sessionPerTest();

function tempDebate(): string {
  const dir = join(scratch('standpoint-e2e-special-'), 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

describe.skipIf(process.platform === 'win32')('FIFOs in the debate folder', () => {
  test('one there at the start: the debate opens with the error counted, and q quits', async () => {
    const dir = tempDebate();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const s = open({ args: [dir], cols: 100, rows: 30 });
    const rows = await s.ready('Town council');
    expect(rows[rows.length - 2]).toMatch(/! 1 error/);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  test('one appearing during live reload: reported, later edits still show, and q quits', async () => {
    const dir = tempDebate();
    const s = open({ args: [dir], cols: 100, rows: 30 });
    await s.ready('Town council');
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await s.waitFor((rows) => /! 1 error/.test(rows[rows.length - 2] ?? ''), 'the FIFO reported');
    const residents = join(dir, 'residents.yaml');
    writeFileSync(residents, readFileSync(residents, 'utf8').replace('The money is better spent on schools.', 'Edited after the pipe.'));
    await s.waitForText('Edited after the pipe.');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});
