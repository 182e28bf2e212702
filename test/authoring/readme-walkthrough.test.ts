// The README's "Make your own debate" must work when typed literally in an
// empty folder: each command is run here as written, with the built CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cleanScratch, ROOT, runCli, scratch } from './helpers.js';

afterAll(cleanScratch);

/** The shell words of a line: plain words and "double-quoted" ones, as the README writes them. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

it('"Make your own debate" works, typed literally in an empty folder', async () => {
  const doc = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /## Make your own debate\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(section).toBeDefined();
  const lines = (section ?? '').split('\n').filter((l) => l.startsWith('standpoint '));
  expect(lines.map((l) => words(l)[1])).toEqual(['new', 'new', 'new', 'new', 'check', 'positions/school-phones']);
  const cwd = scratch();
  for (const line of lines.slice(0, -1)) {
    const run = await runCli(words(line).slice(1), cwd);
    expect(run.stderr, line).toBe('');
    expect(run.code, line).toBe(0);
  }
  // The last line opens the debate in the terminal: print shows what it would open.
  const open = await runCli(['print', ...words(lines.at(-1) ?? '').slice(1)], cwd);
  expect(open.code).toBe(0);
  expect(open.stdout).toContain('School phones');
  for (const actor of ['Teachers', 'Parents', 'Pupils']) expect(open.stdout).toContain(actor);
  expect(open.stdout).toContain('Do pupils need a phone to be safe?');
});
