// How the app, bundled apart from its launcher (see code-cache.ts), asks the
// launcher to keep V8's compiled code: through one well-known global, since
// the two share no module.

const KEY = Symbol.for('standpoint.codeCache');

export interface CodeCacheHook {
  /**
   * Writes the code compiled so far to the cache, unless the cache this start
   * used is still good (with `grow`: and holds most of what this run compiled).
   */
  save(options?: { grow?: boolean }): void;
}

export function installCodeCacheHook(hook: CodeCacheHook): void {
  (globalThis as Record<symbol, unknown>)[KEY] = hook;
}

/** Called once the TUI has run: its start is what the cache is for. Without a launcher (tests), nothing. */
export function saveCodeCache(options?: { grow?: boolean }): void {
  const hook = (globalThis as Record<symbol, unknown>)[KEY] as CodeCacheHook | undefined;
  try {
    hook?.save(options);
  } catch {
    // A cache is only ever a speed-up.
  }
}
