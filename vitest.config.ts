import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { REPLACED, replacements } from './scripts/build.mjs';

const require = createRequire(import.meta.url);
const STRING_WIDTH = require.resolve('string-width');
const PREFIX = '\0standpoint-replaced:';
const DRAWING = /[\\/](node_modules[\\/](ink|wrap-ansi|cli-truncate|widest-line|slice-ansi)|src[\\/]tui)[\\/]/;

/**
 * The component tests run Ink as users get it: with the bundle's replacements
 * of Ink's modules and its string-width (scripts/build.mjs), not stock ones.
 */
const inkAsBundled: Plugin = {
  name: 'ink-as-bundled',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || importer.startsWith(PREFIX)) return undefined;
    // What the TUI draws with; the loader's tests keep the plain one, which gives the same widths.
    if (source === 'string-width' && DRAWING.test(importer)) return `${PREFIX}string-width:${STRING_WIDTH}`;
    for (const [name, { specifier, importer: from }] of Object.entries(REPLACED)) {
      if (source === specifier && from.test(importer)) return `${PREFIX}${name}:${join(dirname(importer), source)}`;
    }
    return undefined;
  },
  load(id) {
    // Ink's packages ship source maps without their sources: vite would warn about each file.
    if (!id.startsWith(PREFIX) && /[\\/]node_modules[\\/]ink(-select-input)?[\\/]build[\\/].*\.js$/.test(id)) {
      return readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
    }
    if (!id.startsWith(PREFIX)) return undefined;
    const [name, real] = [id.slice(PREFIX.length, id.indexOf(':', PREFIX.length)), id.slice(id.indexOf(':', PREFIX.length) + 1)];
    return replacements[name as keyof typeof replacements](real, { lazy: false });
  },
};

/**
 * The slow tier: tests that start the built CLI, a pseudo-terminal, npm or git, or load
 * thousands of files. `npm test` runs both tiers (CI); `npm run test:fast` runs the other
 * tier only (unit and in-process component tests), to run while working.
 */
const SLOW = [
  'test/e2e/*.test.ts',
  'test/package/*.test.ts',
  'test/bundle/*.test.ts',
  'test/launch/*.test.ts',
  'test/cache/*.test.ts',
  'test/editor/*.test.ts',
  'test/cli/*.test.ts',
  'test/check/{completion,flags,formats,man,pre-commit,workflow}.test.ts',
  'test/model/{check-cli,corpus,clean-yaml-differential}.test.ts',
  // Property tests and fuzzing: thousands of generated cases each.
  'test/model/{fuzz,unchanged,regressions}.test.ts',
  // Mocks a module (vi.mock), which needs a fresh module graph: the fast tier shares one.
  'test/model/code-frame.test.ts',
  'test/tui/problems-many.test.tsx',
  'test/tui/{reducer-fuzz,reload}.test.{ts,tsx}',
  // A real browser.
  'test/export/html-browser.test.ts',
  'test/debate/forest-cli.test.ts',
  'test/export/{bounds,temp-folders}.test.ts',
  'test/authoring/{new,readme-walkthrough}.test.ts',
];
const ALL = ['test/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [inkAsBundled],
  test: {
    projects: [
      {
        extends: true,
        // In-process tests share module state safely (caches are keyed by model); reusing
        // workers across files saves most of the tier's import time.
        test: { name: 'fast', include: ALL, exclude: [...configDefaults.exclude, ...SLOW], isolate: false },
      },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Pseudo-terminal tests start real processes: keep parallelism modest on 2 cores.
    maxWorkers: 2,
    // Ink draws only its last frame when it thinks it runs in CI (CI=true), which would
    // hide every frame in-process render tests look at; the tests are not the app.
    env: { CI: 'false' },
    // Ink and the packages that measure text go through the plugin above.
    server: {
      deps: { inline: ['ink', 'wrap-ansi', 'cli-truncate', 'widest-line', 'slice-ansi', 'ink-testing-library', 'ink-select-input'] },
    },
  },
});
