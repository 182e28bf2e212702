// Starts the TUI in the alternate screen (Ink's) and gives the terminal back on
// every way out: q, Ctrl-C (a key, through the key table), every signal that
// ends a process, and an exception, which is printed plainly once the screen is
// restored. Ctrl-Z or SIGTSTP give it back until the shell's `fg` (SIGCONT),
// which takes it again and redraws. It also lends the terminal to the editor
// (`e`) and takes it back after.
import { constants } from 'node:os';
import { type Instance, render, useApp } from 'ink';
import type { ReactNode } from 'react';
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
// The signals whose default is to end the process (SIGKILL cannot be caught;
// SIGUSR1 starts Node's inspector, SIGPIPE Node ignores).
const ENDING = [
  'SIGTERM',
  'SIGHUP',
  'SIGINT',
  'SIGQUIT',
  'SIGUSR2',
  'SIGALRM',
  'SIGVTALRM',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGTRAP',
  'SIGSYS',
  'SIGABRT',
];
/** Those this platform has (Windows has a few). */
const SIGNALS = ENDING.filter((sig) => sig in constants.signals) as NodeJS.Signals[];
const STOPPING = process.platform === 'win32' ? [] : (['SIGTSTP'] as const);

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
  respondents?: AppProps['respondents'];
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
    // Ink writes its last frame when unmounted, then leaves its alternate screen and shows the cursor.
    try {
      if (!instance) throw new Error('not started');
      instance.unmount();
    } catch {
      // Never started, or the tree is broken: the screen is still ours to restore.
      stdout.write(LEAVE_ALT);
    }
    stdout.off('resize', onResize);
    for (const sig of SIGNALS) process.off(sig, onSignal);
    for (const sig of STOPPING) process.off(sig, onStop);
    process.off('SIGCONT', onContinue);
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
    process.exit(128 + (constants.signals[signal] ?? 0));
  };
  // Stopped: the terminal goes back to the shell as it was (cooked mode, the
  // normal screen, the cursor), then the process stops as it would have
  // without this handler. Resumed: Ink takes the terminal again and redraws.
  let suspendTerminal: SuspendTerminal | undefined;
  let suspension: ReturnType<SuspendTerminal> | undefined;
  // While suspended Ink reads no input: this keeps the process from ending for want of work.
  let hold: NodeJS.Timeout | undefined;
  const onStop = () => {
    if (!suspendTerminal || suspension) return;
    hold = setInterval(() => {}, 1 << 30);
    suspension = suspendTerminal();
    void suspension.then(() => process.kill(process.pid, 'SIGSTOP'));
  };
  const onContinue = () => {
    const held = suspension;
    if (!held) return;
    void held.then(async (s) => {
      await s.resume();
      suspension = undefined;
      clearInterval(hold);
    });
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

  stdout.on('resize', onResize);
  for (const sig of SIGNALS) process.on(sig, onSignal);
  for (const sig of STOPPING) process.on(sig, onStop);
  process.on('SIGCONT', onContinue);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  try {
    instance = render(
      createElement(
        Grab,
        { grab: (fn: SuspendTerminal) => (suspendTerminal = fn) },
        createElement(App, {
          debates: opts.debates,
          initial: opts.initial,
          load: opts.load,
          theme: themeFromEnv(),
          start: opts.start,
          updates: opts.updates,
          edit: opts.edit && lendTerminal(opts.edit),
          saveAnswers: opts.saveAnswers,
          respondents: opts.respondents,
        }),
      ),
      {
        stdout,
        stdin,
        stderr,
        // Ctrl-C is a command of the key table, so it also works while typing a search.
        exitOnCtrlC: false,
        patchConsole: opts.patchConsole ?? true,
        alternateScreen: true,
        // A terminal is interactive, whatever CI says (Ink would otherwise draw only the last frame).
        interactive: Boolean(stdout.isTTY),
        // Not incremental: in Ink 6.8 its line diff lands one row low whenever the frame
        // is shorter than the window (which it must be), duplicating lines. The standard
        // renderer rewrites the frame inside a synchronized update, which does not flicker
        // on terminals that support one.
        incrementalRendering: false,
        // Ink draws a frame at most every 1000/maxFps ms: a key that comes just after a frame
        // not of its own (the search's count, drawn once known) waited up to 17 ms at 60.
        maxFps: 250,
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

type SuspendTerminal = () => Promise<{ resume(): Promise<void> }>;

/** Hands Ink's suspendTerminal (offered to components only) to runTui's signal handlers. */
function Grab({ grab, children }: { grab(fn: SuspendTerminal): void; children?: ReactNode }): ReactNode {
  const { suspendTerminal } = useApp();
  grab(suspendTerminal as SuspendTerminal);
  return children;
}
