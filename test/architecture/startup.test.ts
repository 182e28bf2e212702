// What every start of standpoint runs before it knows the command: the modules
// src/main.ts reaches through static imports (esbuild evaluates those at once;
// a dynamic import() loads its module only when reached). `--version`, `help`
// and `check` must not pay for the TUI, the schemas or the YAML parser: each
// costs milliseconds at start (docs/performance-design.md).
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every module reached from `entry` by static imports alone, each with the chain that reaches it. */
async function staticallyReached(entry: string): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
    packages: 'external',
  });
  const { inputs } = result.metafile;
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const i of inputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' || reached.has(i.path)) continue;
      reached.set(i.path, [...(reached.get(file) ?? []), i.path]);
      if (!i.external) queue.push(i.path);
    }
  }
  return reached;
}

describe('start-up', () => {
  it('reaches neither the TUI, the schemas nor the YAML parser before a command runs', async () => {
    const reached = await staticallyReached('src/main.ts');
    const heavy = [...reached.keys()].filter((m) =>
      /^(zod|yaml|ink|react|yoga-layout|@bomb\.sh\/tab)(\/|$)|^src\/tui\/|^src\/model\/(schema|validate|read|load|respondent)\.ts$/.test(m),
    );
    expect(heavy.map((m) => reached.get(m)?.join(' → '))).toEqual([]);
  });
});
