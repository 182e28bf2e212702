// Shared by the authoring tests: scratch folders, captured output, and the
// real built CLI (dist/standpoint.js, made by `npm test`'s build step).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/standpoint.js');
export const MINIMAL = join(ROOT, 'test/fixtures/debates/minimal');
export const EXAMPLE = join(ROOT, 'positions/mexico-cartels');

const made: string[] = [];

/** A fresh folder outside the repository, removed by `cleanScratch`. */
export function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-authoring-'));
  made.push(dir);
  return dir;
}

export function cleanScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of a debate folder in a scratch folder; returns the copy's path. */
export function copyDebate(from: string, name = 'debate-copy'): string {
  const to = join(scratch(), name);
  cpSync(from, to, { recursive: true });
  return to;
}

import { type Captured, capture, type Run } from '../helpers/output.js';

export { type Captured, capture, type Run };

/** Runs the built CLI as a user would, in `cwd`. */
export function runCli(args: string[], cwd: string = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.CI;
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Names in `dir`, sorted, so a test can see exactly what a command left behind. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
