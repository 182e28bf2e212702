import type { Command } from 'commander';
// Whether output is coloured, the same way for every command and the TUI:
// --color / --no-color first (they set FORCE_COLOR, which chalk reads too),
// then FORCE_COLOR, NO_COLOR (https://no-color.org), TERM=dumb, and last
// whether the output is a terminal.

export function wantsColor(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTerminal;
}

/** `--color` / `--no-color` as FORCE_COLOR, so every library that colours agrees with the flag. */
export function applyColorFlag(color: boolean | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (color === true) env.FORCE_COLOR = '1';
  else if (color === false) env.FORCE_COLOR = '0';
}

/** `--color` and `--no-color` on the program and every command, applied before any action runs. */
export function addColorOptions(program: Command): void {
  const add = (cmd: Command) => {
    cmd
      .option('--color', 'colour the output even when it is not a terminal (sets FORCE_COLOR=1)')
      .option('--no-color', 'no colour, whatever the terminal (sets FORCE_COLOR=0)');
    for (const sub of cmd.commands) add(sub);
  };
  add(program);
  program.hook('preAction', (root, action) => applyColorFlag(action.opts().color ?? root.opts().color));
}
