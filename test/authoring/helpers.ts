// Shared by the authoring tests: scratch folders, captured output, and the
// real built CLI (dist/standpoint.js, made by `npm test`'s build step).
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from '../helpers/cli.js';

export { CLI, ROOT, runCli } from '../helpers/cli.js';
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

/** Names in `dir`, sorted, so a test can see exactly what a command left behind. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
