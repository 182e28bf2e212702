// What a command printed, captured in memory (an Output for runCheck, runPrint, …),
// and what a child process left behind: shared by the test folders.
import type { Output } from '../../src/terminal/output.js';

export interface Captured extends Output {
  stdout: string;
  stderr: string;
}

export function capture(): Captured {
  const c: Captured = {
    stdout: '',
    stderr: '',
    color: false,
    columns: 100,
    out: (t) => {
      c.stdout += t;
    },
    err: (t) => {
      c.stderr += t;
    },
  };
  return c;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
