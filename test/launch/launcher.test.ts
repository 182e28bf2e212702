// The built executable keeps compiled code for every command, not only the
// TUI: `check` and `--version` start from it the second time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI } from '../e2e/harness.js';

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'standpoint-launcher-'));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(process.execPath, [CLI, ...args], { env: { ...process.env, XDG_CACHE_HOME: cache }, encoding: 'utf8' });
const compiled = () => {
  const folder = join(cache, 'standpoint', 'code');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.v8cache'))
    .map((f) => ({ f, at: statSync(join(folder, f)).mtimeMs }));
};

describe('the launcher', () => {
  it('leaves compiled code after --version, and the next start takes it without writing it again', () => {
    expect(run('--version')).toMatch(/^\d+\.\d+\.\d+/);
    const first = compiled();
    expect(first).toHaveLength(1);
    run('--version');
    run('check', 'positions/mexico-cartels');
    expect(compiled()).toEqual(first);
  });
});
