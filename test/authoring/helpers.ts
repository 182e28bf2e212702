// Shared by the authoring tests: scratch folders, captured output, and the
// real built CLI (dist/standpoint.js, made by `npm test`'s build step).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from '../../src/cli/output.js';

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

export interface Captured extends Output {
  stdout: string;
  stderr: string;
}

export function capture(): Captured {
  const c: Captured = {
    stdout: '',
    stderr: '',
    color: false,
    columns: 100,
    out: (t) => {
      c.stdout += t;
    },
    err: (t) => {
      c.stderr += t;
    },
  };
  return c;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

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
