// What `check PATH…` checks: each folder as a debate or a folder of debates,
// each file as the debate that holds it (so a pre-commit hook can pass the
// files that changed). Every debate is checked once, in a stable order.
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { findDebates } from '../model/discover.js';
import { DEBATE_FILE, describeFsError } from '../model/terms.js';

export interface Targets {
  debates: string[];
  /** Paths that do not exist or cannot be read: a usage error. */
  missing: string[];
  /** Files outside any debate (a workflow file a hook was given): skipped, and said so. */
  skipped: string[];
}

/** The nearest folder at or above `file`'s folder that holds a debate.yaml. */
export function debateHolding(file: string): string | undefined {
  let dir = dirname(resolve(file));
  for (;;) {
    if (existsSync(join(dir, DEBATE_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export async function resolveTargets(paths: readonly string[]): Promise<Targets> {
  const debates = new Set<string>();
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      missing.push(`Cannot open ${path}: ${describeFsError(err)}.`);
      continue;
    }
    if (!isDir) {
      const holder = debateHolding(path);
      if (holder) debates.add(holder);
      else skipped.push(path);
      continue;
    }
    const found = await findDebates(path);
    if (found.ok) for (const d of found.debates) debates.add(d);
    else missing.push(found.message);
  }
  return { debates: [...debates].sort(), missing, skipped };
}
