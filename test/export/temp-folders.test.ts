// The export tests write debates into the temp folder: a run must leave none of them behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

it('the export tests leave no standpoint-export-* folder in the temp folder', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'standpoint-tmp-'));
  try {
    const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', 'test/export/markdown.test.ts', 'test/export/json.test.ts'], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(tmp).filter((n) => n.startsWith('standpoint-export-'))).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}, 60_000);
