// Renders the App (or any view) into a fake terminal of a chosen size, with
// keys written to a fake stdin, as ink-testing-library does but with rows,
// columns and resize under the test's control.
import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { expect, onTestFinished } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { RespondentFile } from '../../src/model/respondent.js';
import { App, type AppProps } from '../../src/tui/App.js';

export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  // Ink 8 waits for a write's callback before it says it has exited.
  write = (frame: string, done?: () => void) => {
    this.frames.push(frame);
    done?.();
    return true;
  };
  lastFrame = () => this.frames[this.frames.length - 1] ?? '';
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

// KEY here, since tests of the TUI also import the key table, src/tui/keys.ts's KEYS.
export { KEYS as KEY } from '../helpers/keys.js';

export interface Rendered {
  /** The last frame, lines without trailing spaces. */
  screen(): string;
  lines(): string[];
  press(...keys: string[]): Promise<void>;
  resize(cols: number, rows: number): Promise<void>;
  unmount(): void;
  stdout: FakeStdout;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The last frame written, one string per row, without colours or trailing spaces. */
export function frameLines(stdout: FakeStdout): string[] {
  return (
    stdout
      .lastFrame()
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing colour codes is the point
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((l) => l.trimEnd())
  );
}

export async function renderAt(tree: ReactElement, cols = 100, rows = 30): Promise<Rendered> {
  const stdout = new FakeStdout(cols, rows);
  const stdin = new FakeStdin();
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(cols, rows) as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await tick();
  const lines = () => frameLines(stdout);
  return {
    stdout,
    lines,
    screen: () => lines().join('\n'),
    async press(...keys: string[]) {
      for (const k of keys) {
        stdin.write(k);
        await tick();
        // Ink holds a lone Esc for 20 ms in case a sequence follows (Alt-x is Esc then x), as a
        // terminal would send it: wait that out, as a person's next key does. Timers of the same
        // delay fire in the order they were set, so this one runs after Ink's, however busy the machine.
        if (k === '\u001b') await new Promise((r) => setTimeout(r, 20)).then(tick);
      }
      await tick();
    },
    async resize(c: number, r: number) {
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit('resize');
      await tick();
      await tick();
    },
    unmount: () => instance.unmount(),
  };
}

/** The class's saved answers as App reads them (its `respondents` prop): handed over once, as the folder holds them. */
export function answering(list: readonly RespondentFile[]): NonNullable<AppProps['respondents']> {
  return (_dir, _issues, listener) => {
    listener(list);
    return () => {};
  };
}

/** The frame fits the window: at most rows - 1 lines (Ink clears the screen on a full-height frame), none wider than cols. */
export function expectFits(r: Pick<Rendered, 'lines'>, cols: number, rows: number): void {
  const lines = r.lines();
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(cols);
}

/** The App on one loaded debate, without colour, unmounted when the test ends. */
export async function renderApp(loaded: LoadResult, cols: number, rows: number): Promise<Rendered> {
  const r = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} />, cols, rows);
  onTestFinished(() => r.unmount());
  return r;
}
