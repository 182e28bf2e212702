// The TUI keeps V8's young generation at its starting size (see
// src/launch/young-generation.ts): set in a running process, the flag is
// known to this Node (an unknown one would be printed over the screen), and
// a heap built of objects that survive, as a debate being read, no longer
// grows the young generation to tens of megabytes.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KEEP_YOUNG_SIZE } from '../../src/launch/young-generation.js';

/** The young generation's size in MB after keeping 2 million small objects, with the flag set at run time or not. */
function youngMB(flag: string | undefined): { mb: number; stderr: string } {
  const code = `
    const v8 = require('node:v8');
    ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ''}
    const kept = [];
    for (let i = 0; i < 2e6; i++) kept.push({ i, text: 'claim ' + i });
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(young.space_size / 1048576);
  `;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return { mb: Number(r.stdout.trim()), stderr: r.stderr };
}

describe('the young generation', () => {
  it('stays small while much of what is allocated survives, once the TUI has set its flag, and nothing is printed', () => {
    const kept = youngMB(KEEP_YOUNG_SIZE);
    const grown = youngMB(undefined);
    expect(kept.stderr).toBe('');
    expect(kept.mb).toBeLessThanOrEqual(4);
    expect(grown.mb).toBeGreaterThan(kept.mb * 4);
  }, 30_000);
});
