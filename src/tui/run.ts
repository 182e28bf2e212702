// Starts the TUI in the alternate screen and gives the terminal back on every
// way out: q, Ctrl-C (a key, through the key table), SIGTERM, SIGHUP, SIGINT,
// and an exception, which is printed plainly once the screen is restored.
// It also lends the terminal to the editor (`e`) and takes it back after.
import { type Instance, render } from 'ink';
import { createElement } from 'react';
import type { LoadResult } from '../model/load.js';
import { showControls } from '../model/sanitize.js';
import { App, type AppProps } from './App.js';
import type { DebateChoice } from './screens/picker/view.js';
import type { InitialOptions } from './state.js';
import { themeFromEnv } from './theme.js';

const ENTER_ALT = '\u001b[?1049h\u001b[H\u001b[2J';
const LEAVE_ALT = '\u001b[?25h\u001b[?1049l';
const CLEAR = '\u001b[H\u001b[2J';
const HIDE_CURSOR = '\u001b[?25l';
const SIGNALS = { SIGTERM: 15, SIGHUP: 1, SIGINT: 2 } as const;

export interface RunOptions {
  debates: readonly DebateChoice[];
  initial?: LoadResult;
  load(dir: string): Promise<LoadResult>;
  start?: InitialOptions;
  /** Newer versions of the open debate (live reload); see AppProps.updates. */
  updates?: AppProps['updates'];
  /** Runs the editor (see editor.ts); the terminal is handed over while it runs. */
  edit?: AppProps['edit'];
  saveAnswers?: AppProps['saveAnswers'];
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  stderr?: NodeJS.WriteStream;
  /** Route console output around the frame (default true; tests whose console cannot be patched turn it off). */
  patchConsole?: boolean;
}

export async function runTui(opts: RunOptions): Promise<number> {
  const stdout = opts.stdout ?? process.stdout;
  const stdin = opts.stdin ?? process.stdin;
  const stderr = opts.stderr ?? process.stderr;
  let instance: Instance | undefined;
  let restored = false;

  const restore = () => {
    if (restored) return;
    restored = true;
    // Ink writes its last frame when unmounted: do it while still in the alternate screen.
    try {
      instance?.unmount();
    } catch {
      // Already unmounted, or the tree is broken: the screen is still ours to restore.
    }
    stdout.write(LEAVE_ALT);
    stdout.off('resize', onResize);
    for (const sig of Object.keys(SIGNALS)) process.off(sig, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  };
  // After a resize the terminal may have moved or cut what was drawn: start
  // from a clean screen, and make Ink forget its last frame so it draws anew.
  // Registered before Ink's own listener, so this runs first.
  const onResize = () => {
    instance?.clear();
    stdout.write(CLEAR);
  };
  let quietInterrupt = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C typed to stop a graphical editor ("code --wait") is meant for the editor, not for us.
    if (signal === 'SIGINT' && quietInterrupt) return;
    restore();
    process.exit(128 + (SIGNALS[signal as keyof typeof SIGNALS] ?? 0));
  };
  const onCrash = (err: unknown) => {
    restore();
    stderr.write(showControls(`standpoint: unexpected error: ${(err as Error)?.message ?? String(err)}\n`));
    process.exit(1);
  };

  // The App has turned input (and so raw mode) off before it calls this. The
  // editor runs synchronously: nothing of ours draws or reads meanwhile.
  const lendTerminal =
    (edit: NonNullable<AppProps['edit']>): AppProps['edit'] =>
    (target) => {
      stdout.write(LEAVE_ALT);
      quietInterrupt = true;
      try {
        return edit(target);
      } finally {
        stdout.write(ENTER_ALT + HIDE_CURSOR);
        // A Ctrl-C that reached us while the editor ran is delivered after it returns.
        setTimeout(() => {
          quietInterrupt = false;
        }, 100).unref();
      }
    };

  stdout.write(ENTER_ALT);
  stdout.on('resize', onResize);
  for (const sig of Object.keys(SIGNALS)) process.on(sig, onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    instance = render(
      createElement(App, {
        debates: opts.debates,
        initial: opts.initial,
        load: opts.load,
        theme: themeFromEnv(),
        start: opts.start,
        updates: opts.updates,
        edit: opts.edit && lendTerminal(opts.edit),
        saveAnswers: opts.saveAnswers,
      }),
      {
        stdout,
        stdin,
        stderr,
        // Ctrl-C is a command of the key table, so it also works while typing a search.
        exitOnCtrlC: false,
        patchConsole: opts.patchConsole ?? true,
        // Not incremental: in Ink 6.8 its line diff lands one row low whenever the frame
        // is shorter than the window (which it must be), duplicating lines. The standard
        // renderer rewrites the frame inside a synchronized update, which does not flicker
        // on terminals that support one.
        incrementalRendering: false,
        maxFps: 60,
      },
    );
    await instance.waitUntilExit();
    restore();
    return 0;
  } catch (err) {
    restore();
    stderr.write(showControls(`standpoint: unexpected error: ${(err as Error)?.message ?? String(err)}\n`));
    return 1;
  }
}
