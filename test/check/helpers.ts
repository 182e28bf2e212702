// The built CLI run as CI or a hook runs it: in a chosen folder, with a chosen environment.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/standpoint.js');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v === undefined) delete env[k];
  if (!opts.env || !('FORCE_COLOR' in opts.env)) delete env.FORCE_COLOR;
  if (!opts.env || !('GITHUB_ACTIONS' in opts.env)) delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? ROOT, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
