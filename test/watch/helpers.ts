// Temporary copies of a fixture debate, and waiting for what a watcher does
// (with generous time limits: the tests assert what happened, not how fast).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');

const made: string[] = [];

/** A fresh copy of the minimal debate, in a folder of its own: returns the debate folder. */
export function tempDebate(): string {
  const root = mkdtempSync(join(tmpdir(), 'standpoint-watch-'));
  made.push(root);
  const dir = join(root, 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  return dir;
}

export function removeTemps(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `check` returns something other than undefined/false, or fails saying what it waited for. */
export async function waitUntil<T>(check: () => T | undefined | false, what: string, timeout = 8000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}
