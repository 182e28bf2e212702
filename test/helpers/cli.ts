// The one way the tests run the built CLI (dist/standpoint.js, made by `npm test`'s build
// step) as a user, CI or a hook runs it: in a chosen folder, with a chosen environment.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Run } from './output.js';

export const ROOT = join(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/standpoint.js');

export interface CliOptions {
  cwd?: string;
  /** Added to the environment; a variable set to undefined is removed. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The test runner's environment without what would change the output behind a test's back
 * (colour, CI annotations), plus what the test asks for.
 */
function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['CI', 'FORCE_COLOR', 'GITHUB_ACTIONS']) delete env[name];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

const options = (opts: CliOptions | string): CliOptions => (typeof opts === 'string' ? { cwd: opts } : opts);

/** Runs `node <args>` in a child process; text is decoded as a whole, so a character split across chunks survives. */
export function runNode(args: string[], opts: CliOptions | string = {}): Promise<Run> {
  const { cwd = ROOT, env } = options(opts);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the built CLI in a child process, without blocking the other tests of the worker. */
export function runCli(args: string[], opts: CliOptions | string = {}): Promise<Run> {
  return runNode([CLI, ...args], opts);
}

/** Runs the built CLI and waits for it, for tests that read simpler in a straight line. */
export function cli(args: string[], opts: CliOptions | string = {}): Run {
  const { cwd = ROOT, env } = options(opts);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: cliEnv(env), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
