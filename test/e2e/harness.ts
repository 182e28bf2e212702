// Runs the built CLI in a real pseudo-terminal and keeps a real screen of it
// (@xterm/headless), so tests can press keys and read what a user would see.
// Reused by the TUI, presenter-mode, live-reload and benchmark tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { afterAll, afterEach } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'standpoint.js');

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed once the test file's tests have run. */
export function scratch(prefix = 'standpoint-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

// What standpoint keeps between starts (compiled code, loaded debates) goes to
// a folder of this test file's own, not the user's cache folder.
const CACHE = scratch('standpoint-e2e-cache-');

export { KEYS } from '../helpers/keys.js';

export interface StartOptions {
  args?: string[];
  cols?: number;
  rows?: number;
  cwd?: string;
  /** Added to the environment (CI is removed unless given here: Ink would draw only the last frame). */
  env?: Record<string, string | undefined>;
  /**
   * A /bin/sh command line to run instead, for redirections and pipes; in it,
   * `standpoint` runs the built CLI. `args` are ignored.
   */
  shell?: string;
}

export interface Exit {
  code: number;
  signal?: number;
}

export class Session {
  readonly term: InstanceType<typeof xterm.Terminal>;
  private readonly proc: pty.IPty;
  private chunks: string[] = [];
  private pending: Promise<void> = Promise.resolve();
  readonly exited: Promise<Exit>;
  private exitInfo: Exit | undefined;

  constructor(opts: StartOptions = {}) {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
    const cols = opts.cols ?? 100;
    const rows = opts.rows ?? 30;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, TERM: 'xterm-256color', COLORTERM: '', XDG_CACHE_HOME: CACHE, ...opts.env })) {
      if (v !== undefined && (k !== 'CI' || opts.env?.CI !== undefined) && !k.startsWith('VITEST') && k !== 'NODE_ENV') env[k] = v;
    }
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    const [file, argv] =
      opts.shell === undefined
        ? [process.execPath, [CLI, ...(opts.args ?? [])]]
        : ['/bin/sh', ['-c', `standpoint() { "${process.execPath}" "${CLI}" "$@"; }\n${opts.shell}`]];
    this.proc = pty.spawn(file, argv, {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: opts.cwd ?? ROOT,
      env,
    });
    this.proc.onData((data) => {
      this.chunks.push(data);
      // xterm parses asynchronously: chain writes so screen() can wait for all of them.
      this.pending = this.pending.then(() => new Promise<void>((r) => this.term.write(data, r)));
    });
    this.exited = new Promise((resolve) => {
      this.proc.onExit(({ exitCode, signal }) => {
        this.exitInfo = { code: exitCode, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** Everything the program wrote, escape sequences included. */
  raw(): string {
    return this.chunks.join('');
  }

  /** The screen as it is now: one string per row, trailing spaces removed. */
  async screen(): Promise<string[]> {
    await this.pending;
    const buf = this.term.buffer.active;
    const rows: string[] = [];
    for (let i = 0; i < this.term.rows; i++) rows.push(buf.getLine(buf.viewportY + i)?.translateToString(true) ?? '');
    return rows;
  }

  async text(): Promise<string> {
    return (await this.screen()).join('\n');
  }

  /** Which buffer the terminal shows: the alternate screen while the TUI runs. */
  async buffer(): Promise<'normal' | 'alternate'> {
    await this.pending;
    return this.term.buffer.active.type;
  }

  /** Waits until the screen contains `text` (or matches it), or fails with the screen in the message. */
  async waitForText(text: string | RegExp, timeout = 5000): Promise<string[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const rows = await this.screen();
      const joined = rows.join('\n');
      if (typeof text === 'string' ? joined.includes(text) : text.test(joined)) return rows;
      if (Date.now() > deadline || this.exitInfo) {
        throw new Error(`Timed out waiting for ${JSON.stringify(String(text))}. Screen:\n${joined}`);
      }
      await sleep(25);
    }
  }

  /**
   * Waits for the first screen showing `text`, then a moment more: Ink turns
   * on raw mode just after its first frame, and keys typed before that are
   * read line by line (an Enter would swallow what came before it).
   */
  async ready(text: string | RegExp, timeout = 5000): Promise<string[]> {
    await this.waitForText(text, timeout);
    await sleep(150);
    return this.screen();
  }

  /** Waits until a predicate about the screen holds. */
  async waitFor(check: (rows: string[]) => boolean, what: string, timeout = 5000): Promise<string[]> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const rows = await this.screen();
      if (check(rows)) return rows;
      if (Date.now() > deadline || this.exitInfo) throw new Error(`Timed out waiting for ${what}. Screen:\n${rows.join('\n')}`);
      await sleep(25);
    }
  }

  /** Types keys (strings from KEYS or plain text), one write each, a little apart like a person. */
  async press(...keys: string[]): Promise<void> {
    for (const k of keys) {
      this.proc.write(k);
      await sleep(30);
    }
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.proc.resize(cols, rows);
  }

  kill(signal = 'SIGTERM'): void {
    this.proc.kill(signal);
  }

  /** Waits for the program to end (killing it after `timeout`), and for the last output to reach the screen. */
  async exit(timeout = 5000): Promise<Exit> {
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeout);
    const info = await this.exited;
    clearTimeout(timer);
    await sleep(50);
    await this.pending;
    return info;
  }
}

export function start(opts: StartOptions = {}): Session {
  return new Session(opts);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Whether the last cursor-visibility change in `raw` shows the cursor. */
export function cursorShown(raw: string): boolean {
  return raw.lastIndexOf('\u001b[?25h') > raw.lastIndexOf('\u001b[?25l');
}

/** Whether the program left the alternate screen after it last entered it. */
export function leftAlternateScreen(raw: string): boolean {
  return raw.lastIndexOf('\u001b[?1049l') > raw.lastIndexOf('\u001b[?1049h');
}

/** For a test file: `open(opts)` starts a session that is killed when the test that opened it ends. */
export function sessionPerTest(): (opts?: StartOptions) => Session {
  let current: Session | undefined;
  afterEach(async () => {
    if (!current) return;
    current.kill('SIGKILL');
    await current.exited;
    current = undefined;
  });
  return (opts) => {
    current = start(opts);
    return current;
  };
}
