// The terminal is given back on every way out, and an error is printed plainly.
import './force-color.js';
import { afterEach, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { runTui } from '../../src/tui/run.js';
import { FakeStdin, FakeStdout } from './render.js';

const ENTER = '\u001b[?1049h';
const LEAVE = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

function streams() {
  const stdout = new FakeStdout(100, 30);
  const stderr = new FakeStdout(100, 30);
  const stdin = new FakeStdin();
  return {
    stdout,
    stderr,
    stdin,
    opts: {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      // vitest's console cannot be patched by Ink.
      patchConsole: false,
    },
  };
}

const listeners = () => ['SIGTERM', 'SIGHUP', 'SIGINT', 'uncaughtException', 'unhandledRejection'].map((e) => process.listenerCount(e));
let baseline: number[] | undefined;
afterEach(() => {
  // Each run removes the handlers it added (a dependency of Ink installs its own once, on first use).
  const now = listeners();
  if (baseline) expect(now).toEqual(baseline);
  baseline = now;
});

test('q: the alternate screen is entered first and left last, with the cursor shown', async () => {
  const io = streams();
  const loaded = await loadDebate('test/fixtures/debates/minimal');
  const done = runTui({ debates: [], initial: loaded, load: loadDebate, ...io.opts });
  await new Promise((r) => setTimeout(r, 100));
  expect(io.stdout.frames.join('')).toContain('Town council');
  io.stdin.write('q');
  expect(await done).toBe(0);
  const out = io.stdout.frames.join('');
  expect(out.startsWith(ENTER)).toBe(true);
  expect(out.split(LEAVE)).toHaveLength(2);
  expect(out.lastIndexOf(LEAVE)).toBeGreaterThan(out.lastIndexOf('Town council'));
  expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(out.lastIndexOf('\u001b[?25l'));
});

test('an error while drawing: screen restored, then a plain message and no stack trace', async () => {
  const io = streams();
  const loaded = await loadDebate('test/fixtures/debates/minimal');
  const broken = { ...loaded, model: { ...loaded.model, issues: null } as unknown as Model };
  const code = await runTui({ debates: [], initial: broken, load: loadDebate, ...io.opts });
  expect(code).toBe(1);
  const out = io.stdout.frames.join('');
  expect(out.lastIndexOf(LEAVE)).toBeGreaterThan(out.lastIndexOf(ENTER));
  expect(out.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(out.lastIndexOf('\u001b[?25l'));
  const err = io.stderr.frames.join('');
  expect(err).toMatch(/^standpoint: unexpected error: /);
  expect(err).not.toMatch(/\n\s+at /);
});
