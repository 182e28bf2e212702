// The shapes `check` can print its report in, and which one applies when none is named.
export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** `--json` is `--format json`; inside GitHub Actions the default is annotations. */
export function chooseCheckFormat(opts: { format?: CheckFormat; json?: boolean }, env: NodeJS.ProcessEnv): CheckFormat {
  if (opts.format) return opts.format;
  if (opts.json) return 'json';
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'text';
}
