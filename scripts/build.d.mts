export const INK_VERSION: string;
export const replacements: Record<'output' | 'sanitize-ansi' | 'string-width', (real: string, options?: { lazy?: boolean }) => string>;
export const REPLACED: Record<'output' | 'sanitize-ansi', { specifier: string; importer: RegExp }>;
export function buildCli(options?: { pack?: boolean }): Promise<void>;
