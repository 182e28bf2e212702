// The part of `standpoint --help` (and of the man page, which is made from the
// same text) that says how standpoint ends and what in the environment it reads.

export const EXIT_CODES: ReadonlyArray<[code: number, meaning: string]> = [
  [0, 'success; check found no errors (warnings allowed, unless --strict)'],
  [1, 'problems found: check found errors, or a debate could not be loaded or written'],
  [2, 'bad usage: an unknown command or option, a path that does not exist, no debate where one was needed'],
];

export const ENVIRONMENT: ReadonlyArray<[name: string, meaning: string]> = [
  ['VISUAL, EDITOR', 'the editor the e key opens a file in (VISUAL first)'],
  ['NO_COLOR', 'any value: no colour (https://no-color.org)'],
  ['FORCE_COLOR', '1: colour even when output is not a terminal; 0: never (what --color and --no-color set)'],
  ['XDG_CACHE_HOME', 'where the start-up cache and the remembered debate live (default ~/.cache/standpoint)'],
  ['GITHUB_ACTIONS', 'true: check prints GitHub annotations unless --format says otherwise'],
  ['COLUMNS', 'the width for print and compare when the output is not a terminal'],
];

const table = (rows: ReadonlyArray<[string | number, string]>) => rows.map(([k, v]) => `  ${String(k).padEnd(16)} ${v}`).join('\n');

export const ENVIRONMENT_HELP = `\nExit codes:\n${table(EXIT_CODES)}\n\nEnvironment:\n${table(ENVIRONMENT)}\n`;
