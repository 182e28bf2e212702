// Numeric options have bounds: `--width 1000000000` once built strings of a
// billion characters until V8 ran out of memory. Each is refused up front as
// bad usage (exit 2), naming the option and the range, through the built CLI.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, MINIMAL, runCli, STACK_TRACE } from '../model/helpers.js';

const COMMANDS = [
  ['print', MINIMAL],
  ['compare', 'council', 'residents', MINIMAL],
  ['compare', 'council', 'residents', MINIMAL, '--json'],
];
const BAD = ['1000000000', '1e9', '1001', '29', '0', '-5', 'abc', '40.5', ''];

describe('--width is a whole number from 30 to 1000', () => {
  for (const args of COMMANDS) {
    it.each(BAD)(`standpoint ${args[0]} --width %j: usage error naming the option and the range`, async (value) => {
      const r = await runCli([...args, '--width', value]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('--width');
      expect(r.stderr).toContain('30 to 1000');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });

    it(`standpoint ${args[0]} --width 1000 and --width 30: the bounds themselves are accepted`, async () => {
      for (const value of ['1000', '30']) {
        const r = await runCli([...args, '--width', value]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
    });
  }

  it('a huge $COLUMNS is nobody’s typing: print and compare fit it within 1000 columns instead of failing', () => {
    for (const args of COMMANDS.slice(0, 2)) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '1000000000' } });
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.status).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(1000);
    }
  });
});
