// Bundles the CLI into one ESM file: loading one file is much faster than
// resolving hundreds of modules from node_modules at every start.
import { chmod, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Ink measures and tokenises every line of the screen on every frame, with
 * Intl.Segmenter, even when the line has not changed since the last frame
 * (its caches live for one frame only). `string-width` and ansi-tokenize's
 * `tokenize` and `styledCharsFromTokens` are pure functions of their input, and
 * their results are only read, so the bundle remembers their
 * recent answers: a key press then pays only for the lines it changed.
 * wrap-ansi asks for string-width 7; it gets the 8 that Ink and the TUI
 * measure with (same API), so wrapped lines agree with the layout, and the
 * older one's large emoji regex is not compiled at every start.
 */
export const memoPlugin = {
  name: 'memoise-pure-functions',
  setup(b) {
    const wrappers = {
      // Plain text (see src/tui/narrow.ts), once its colours are stripped, is
      // measured without segmentation; string-width itself (whose module builds
      // a segmenter and large Unicode regexes, some 15 ms) loads on first need.
      'string-width': (real) => `import { narrowWidth } from ${JSON.stringify(join(root, 'src', 'tui', 'narrow.ts'))};
let loaded;
const real = (input, options) => (loaded ??= require(${JSON.stringify(real)}).default)(input, options);
const SGR = /\\u001b\\[[0-9;]*m/g;
const cache = new Map();
export default function stringWidth(input, options) {
  if (options !== undefined || typeof input !== 'string') return real(input, options);
  let w = cache.get(input);
  if (w === undefined) {
    if (cache.size >= 4000) cache.clear();
    w = narrowWidth(input.includes('\\u001b') ? input.replace(SGR, '') : input) ?? real(input);
    cache.set(input, w);
  }
  return w;
}
`,
      // Ink's Output only reads tokens and styled characters (it places them in
      // its rows and prints them), so the same line can share them frame to frame.
      '@alcalzone/ansi-tokenize': (real) => `import { tokenize as real, styledCharsFromTokens as realChars } from ${JSON.stringify(real)};
export * from ${JSON.stringify(real)};
const chars = new WeakMap();
export function styledCharsFromTokens(tokens) {
  let c = chars.get(tokens);
  if (c === undefined) {
    c = realChars(tokens);
    chars.set(tokens, c);
  }
  return c;
}
// The lines of the last screen or two, least recently drawn dropped first: each
// holds an object per character, so a larger cache costs memory for nothing.
const cache = new Map();
export function tokenize(str, endChar) {
  if (endChar !== undefined) return real(str, endChar);
  let tokens = cache.get(str);
  if (tokens === undefined) {
    tokens = real(str);
    if (cache.size >= 120) cache.delete(cache.keys().next().value);
  } else cache.delete(str);
  cache.set(str, tokens);
  return tokens;
}
`,
    };
    b.onResolve({ filter: /^(string-width|@alcalzone\/ansi-tokenize)$/ }, async (args) => {
      if (args.namespace === 'memo') return undefined;
      const from = args.path === 'string-width' ? root : args.resolveDir;
      const real = await b.resolve(args.path, { resolveDir: from, kind: args.kind, namespace: 'memo' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'memo', pluginData: { name: args.path } };
    });
    b.onLoad({ filter: /.*/, namespace: 'memo' }, (args) => ({
      contents: wrappers[args.pluginData.name](args.path),
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Yoga's Emscripten loader fetches its own inlined wasm (a data: URL) when
 * `fetch` exists. In Node that loads undici, some 50 ms of a 150 ms start,
 * just to decode base64. With `fetch` out of sight while the loader starts, it
 * decodes the base64 itself, as it does wherever fetch is missing.
 */
export const yogaPlugin = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onResolve({ filter: /^yoga-layout$/ }, async (args) => {
      if (args.namespace === 'yoga') return undefined;
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, namespace: 'yoga' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'yoga' };
    });
    b.onLoad({ filter: /.*/, namespace: 'yoga' }, (args) => {
      const src = dirname(args.path);
      const at = (p) => JSON.stringify(join(src, p));
      return {
        resolveDir: src,
        loader: 'js',
        contents: `import loadYoga from ${at('../binaries/yoga-wasm-base64-esm.js')};
import wrapAssembly from ${at('./wrapAssembly.js')};
export * from ${at('./generated/YGEnums.js')};
const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
let loading;
try {
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  loading = loadYoga();
} finally {
  if (saved) Object.defineProperty(globalThis, 'fetch', saved);
  else delete globalThis.fetch;
}
const Yoga = wrapAssembly(await loading);
export default Yoga;
`,
      };
    });
  },
};

/** Ink loads its devtools (and with them a websocket library) only when DEV=true: not in a release. */
export const noDevtoolsPlugin = {
  name: 'no-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]ink[\\/]/.test(args.importer) ? { path: 'ink-devtools', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};\n', loader: 'js' }));
  },
};

const STALE_CHUNK_MS = 60 * 60 * 1000;

/**
 * Builds into a fresh folder, then moves the files into dist/, the entry last:
 * a standpoint starting meanwhile (a test, or a TUI about to import its chunk)
 * always finds every chunk its entry names. Chunk names carry a hash, so new
 * ones never replace old ones; chunks no entry names are removed after an hour.
 */
export async function buildCli() {
  const outdir = join(root, 'dist');
  const staging = join(outdir, `.build-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  try {
    const result = await build({
      entryPoints: { standpoint: join(root, 'src', 'main.ts') },
      outdir: staging,
      // The TUI is imported dynamically (src/commands/open.ts): it goes in a chunk
      // of its own, which check, print and export never load.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      jsx: 'automatic',
      minify: process.env.MINIFY !== '0',
      sourcemap: false,
      legalComments: 'none',
      // React's production build: no development checks on every render.
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [memoPlugin, yogaPlugin, noDevtoolsPlugin],
      banner: {
        // Bundled CommonJS dependencies still call require(). (The #! line is harmless in chunks.)
        js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      metafile: true,
      logLevel: 'warning',
    });
    const made = Object.keys(result.metafile.outputs).map((f) => relative(staging, resolve(f)));
    for (const f of made.filter((f) => f !== 'standpoint.js')) await rename(join(staging, f), join(outdir, f));
    // Node looks for the nearest package.json to learn that a .js file is ESM, once
    // per folder: these answer next to the files instead of the repository's (or
    // the installed package's) own, one lookup less at every start.
    for (const dir of [outdir, join(outdir, 'chunks')]) await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    await chmod(join(staging, 'standpoint.js'), 0o755);
    await rename(join(staging, 'standpoint.js'), join(outdir, 'standpoint.js'));
    const current = new Set(made);
    for (const name of await readdir(join(outdir, 'chunks'))) {
      const f = join('chunks', name);
      if (current.has(f) || name === 'package.json') continue;
      const info = await stat(join(outdir, f)).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > STALE_CHUNK_MS) await rm(join(outdir, f), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
