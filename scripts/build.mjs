// Bundles the CLI into one ESM file: loading one file is much faster than
// resolving hundreds of modules from node_modules at every start.
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INK_OUTPUT = join(root, 'scripts', 'bundle', 'ink-output.mjs');
const MEMO = join(root, 'scripts', 'bundle', 'memo.mjs');
const THROTTLE = join(root, 'scripts', 'bundle', 'throttle.mjs');
const SANITIZE = join(root, 'scripts', 'bundle', 'sanitize.mjs');
const YOGA_LITE = join(root, 'scripts', 'bundle', 'yoga-lite.mjs');
const YOGA_ENUMS = join(root, 'node_modules', 'yoga-layout', 'dist', 'src', 'generated', 'YGEnums.js');

/**
 * The Ink version the replacements below were written for and measured on
 * (docs/performance-design.md). Each one pays for itself on key → frame: without the
 * Output, keys take some 30 ms more; without string-width's memory, 25 ms more;
 * without sanitize's, 7 ms more (`npm run bench`, Ink 8.0.0, Node 24). Another
 * Ink stops the build: measure again, then move this.
 */
export const INK_VERSION = '8.0.0';

/**
 * The modules that stand in for Ink's own, as source text; `real` is the path
 * of the module replaced. The bundle (memoPlugin) and the component tests
 * (vitest.config.ts) both run Ink with these.
 */
export const replacements = {
  /** Ink's renderer draws with the Output of scripts/bundle/ink-output.mjs. */
  output: (real) => `import InkOutput from ${JSON.stringify(real)};
import stringWidth from 'string-width';
import { fastOutput } from ${JSON.stringify(INK_OUTPUT)};
export default fastOutput(InkOutput, stringWidth);
`,
  /** Ink spaces its frames with scripts/bundle/throttle.mjs (a frame asked for within 16 ms of the last is drawn when they end). */
  throttle: () => `export { throttle } from ${JSON.stringify(THROTTLE)};
`,
  /**
   * Ink lays its boxes out with scripts/bundle/yoga-lite.mjs, which hands what it does not
   * lay out to the real Yoga: in the bundle, loaded then (yoga-layout/sync, see yogaPlugin).
   */
  yoga: (_real, { lazy = true } = {}) => `import constants from ${JSON.stringify(YOGA_ENUMS)};
import { liteYoga } from ${JSON.stringify(YOGA_LITE)};
${
  lazy
    ? `let real;
export default liteYoga(constants, () => (real ??= require('yoga-layout/sync').default));`
    : `import Yoga from 'yoga-layout';
export default liteYoga(constants, () => Yoga);`
}
`,
  /**
   * Ink cleans every text node's string of escapes other than colours at every frame; the answer
   * for a string never changes, and for a clean one it is the string (scripts/bundle/sanitize.mjs).
   */
  'sanitize-ansi': (real) => `import sanitize from ${JSON.stringify(real)};
import { memoised } from ${JSON.stringify(MEMO)};
import { cleanFirst } from ${JSON.stringify(SANITIZE)};
export default memoised(cleanFirst(sanitize));
`,
  // Plain text (see src/text/narrow.ts), once its colours are stripped, is
  // measured without segmentation; in the bundle, string-width itself (whose
  // module builds a segmenter and large Unicode regexes, some 15 ms) loads on
  // first need.
  'string-width': (real, { lazy = true } = {}) => `import { narrowWidth } from ${JSON.stringify(join(root, 'src', 'text', 'narrow.ts'))};
${
  lazy
    ? `let loaded;
const real = (input, options) => (loaded ??= require(${JSON.stringify(real)}).default)(input, options);`
    : `import real from ${JSON.stringify(real)};`
}
const SGR = /\u001b[[0-9;]*m/g;
const cache = new Map();
// wrap-ansi counts escapes as visible (countAnsiEscapeCodes); in text that has
// none, that is the plain width.
const plainOptions = (input, options) =>
  options === undefined || (options.countAnsiEscapeCodes === true && options.ambiguousIsNarrow === undefined && !input.includes('\u001b'));
export default function stringWidth(input, options) {
  if (typeof input !== 'string' || !plainOptions(input, options)) return real(input, options);
  let w = cache.get(input);
  if (w === undefined) {
    if (cache.size >= 4000) cache.clear();
    w = narrowWidth(input.includes('\u001b') ? input.replace(SGR, '') : input) ?? real(input);
    cache.set(input, w);
  }
  return w;
}
`,
};

/** Which import, from which of Ink's modules, each replacement stands in for. */
export const REPLACED = {
  output: { specifier: './output.js', importer: /[\\/]ink[\\/]build[\\/]renderer\.js$/ },
  'sanitize-ansi': { specifier: './sanitize-ansi.js', importer: /[\\/]ink[\\/]build[\\/]squash-text-nodes\.js$/ },
  throttle: { specifier: 'es-toolkit/compat', importer: /[\\/]ink[\\/]build[\\/]ink\.js$/ },
  yoga: { specifier: 'yoga-layout', importer: /[\\/]ink[\\/]build[\\/][\w-]+\.js$/ },
};

/**
 * Ink measures every line of the screen on every frame, with Intl.Segmenter,
 * even when the line has not changed since the last frame (its caches live for
 * one frame only). `string-width` is a pure function of its input, so the
 * bundle remembers its recent answers: a key press then pays only for the
 * lines it changed. Each replacement must take effect, or the build stops.
 */
export const memoPlugin = {
  name: 'memoise-pure-functions',
  setup(b) {
    const applied = new Set();
    b.onStart(async () => {
      applied.clear();
      const { version } = JSON.parse(await readFile(join(root, 'node_modules', 'ink', 'package.json'), 'utf8'));
      if (version !== INK_VERSION) {
        return {
          errors: [{ text: `Ink ${version} is installed; its replacements were written for Ink ${INK_VERSION} (scripts/build.mjs).` }],
        };
      }
    });
    b.onEnd((result) => {
      if (result.errors.length > 0) return;
      const missed = ['output', 'sanitize-ansi', 'throttle', 'yoga', 'string-width'].filter((p) => !applied.has(p));
      if (missed.length > 0) {
        return {
          errors: [{ text: `these replacements of Ink's modules no longer match Ink ${INK_VERSION}'s code: ${missed.join(', ')}` }],
        };
      }
    });
    for (const [name, { specifier, importer }] of Object.entries(REPLACED)) {
      b.onResolve({ filter: new RegExp(`^${specifier.replace(/[.]/g, '\\.')}$`) }, (args) => {
        if (!importer.test(args.importer)) return undefined;
        applied.add(name);
        const from = dirname(args.importer);
        return { path: join(from, args.path), namespace: 'ink-replaced', pluginData: { name, from } };
      });
    }
    b.onLoad({ filter: /.*/, namespace: 'ink-replaced' }, (args) => ({
      contents: replacements[args.pluginData.name](args.path),
      resolveDir: args.pluginData.from,
      loader: 'js',
    }));
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.namespace === 'memo') return undefined;
      const real = await b.resolve(args.path, { resolveDir: root, kind: args.kind, namespace: 'memo' });
      if (real.errors.length > 0) return { errors: real.errors };
      if (/[\\/]ink[\\/]build[\\/]/.test(args.importer)) applied.add('string-width');
      return { path: real.path, namespace: 'memo', pluginData: { name: args.path } };
    });
    b.onLoad({ filter: /.*/, namespace: 'memo' }, (args) => ({
      contents: replacements[args.pluginData.name](args.path),
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * yoga-layout's entry waits, with a top-level await, for its Emscripten loader
 * to decode its inlined wasm (in JavaScript, or through fetch, which loads
 * undici) and to compile it asynchronously. Here the bytes are decoded by
 * Buffer, compiled and instantiated synchronously (Node allows that for any
 * size), through the loader's own instantiateWasm hook: Yoga is ready when its
 * module has run, some 12 ms, and nothing waits on a promise.
 */
const NO_WASM = 'yoga-layout: no inlined wasm found in its loader (has its packaging changed?)';

export const yogaPlugin = {
  name: 'yoga-sync',
  setup(b) {
    // yoga-layout/sync: what yoga-lite hands its other layouts to (see replacements.yoga).
    b.onResolve({ filter: /^yoga-layout(\/sync)?$/ }, async (args) => {
      if (args.namespace === 'yoga') return undefined;
      const real = await b.resolve('yoga-layout', { resolveDir: args.resolveDir ?? root, kind: args.kind, namespace: 'yoga' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'yoga' };
    });
    // The loader keeps its copy of the wasm only for when no instantiateWasm is given:
    // without it the bundle is some 96 KB smaller.
    b.onLoad({ filter: /[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const loader = await readFile(args.path, 'utf8');
      const stripped = loader.replace(/(data:application\/octet-stream;base64,)[A-Za-z0-9+/=]+/, '$1');
      if (stripped === loader) return { errors: [{ text: NO_WASM }] };
      return { contents: stripped, loader: 'js' };
    });
    b.onLoad({ filter: /.*/, namespace: 'yoga' }, async (args) => {
      const src = dirname(args.path);
      const at = (p) => JSON.stringify(join(src, p));
      const loader = await readFile(join(src, '../binaries/yoga-wasm-base64-esm.js'), 'utf8');
      const wasm = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(loader)?.[1];
      if (!wasm) return { errors: [{ text: NO_WASM }] };
      return {
        resolveDir: src,
        loader: 'js',
        contents: `import loadYoga from ${at('../binaries/yoga-wasm-base64-esm.js')};
import wrapAssembly from ${at('./wrapAssembly.js')};
export * from ${at('./generated/YGEnums.js')};
const wasm = new WebAssembly.Module(Buffer.from(${JSON.stringify(wasm)}, 'base64'));
const lib = {
  instantiateWasm(imports, done) {
    done(new WebAssembly.Instance(wasm, imports));
    return {};
  },
};
loadYoga(lib);
if (!lib.calledRun) throw new Error('yoga-layout did not start synchronously');
const Yoga = wrapAssembly(lib);
export default Yoga;
`,
      };
    });
  },
};

/**
 * Ink's reconciler has two top-level awaits, both only for DEV=true (React
 * devtools and Ink's own package.json): a CommonJS bundle cannot hold them.
 * A release has neither; the build stops if Ink's text has changed.
 */
export const inkReleasePlugin = {
  name: 'ink-release',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, async (args) => {
      const cuts = [
        ["await import('./devtools.js');", 'void 0;'],
        ['const loaded = await loadPackageJson();', 'const loaded = {};'],
      ];
      let contents = await readFile(args.path, 'utf8');
      for (const [from, to] of cuts) {
        if (!contents.includes(from)) return { errors: [{ text: `ink-release: "${from}" is no longer in ${args.path}` }] };
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Building the first Intl.Segmenter of a process loads ICU's break rules, some
 * 15-20 ms; wrap-ansi, slice-ansi, ansi-tokenize and Ink each build one when their module
 * loads, though a frame of plain text never segments anything (src/text/narrow.ts).
 * Here each builds it on its first `segment` call instead. The build stops if
 * a module no longer builds one the way it is matched.
 */
const SEGMENTER_AT_LOAD =
  /[\\/]node_modules[\\/](@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize|wrap-ansi[\\/]index|slice-ansi[\\/]tokenize-ansi|ink[\\/]build[\\/]line-update)\.js$/;
const LAZY_SEGMENTER = `const __lazySegmenter = (...args) => {
  let real;
  return { segment: (text) => (real ??= new Intl.Segmenter(...args)).segment(text) };
};
`;

export const lazySegmenterPlugin = {
  name: 'lazy-segmenter',
  setup(b) {
    b.onLoad({ filter: SEGMENTER_AT_LOAD }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const made = /^const (\w+) = new Intl\.Segmenter\(/m;
      const name = made.exec(text)?.[1];
      // Only `.segment(…)` is ever called on it: anything else would meet the stand-in.
      const other = name && new RegExp(`\\b${name}\\.(?!segment\\()|[(,]\\s*${name}\\b|\\b${name}\\s*[),]`).test(text);
      if (!name || other) {
        return { errors: [{ text: `lazy-segmenter: ${args.path} no longer builds one Intl.Segmenter used only for segment()` }] };
      }
      return { contents: LAZY_SEGMENTER + text.replace(made, `const ${name} = __lazySegmenter(`), loader: 'js' };
    });
  },
};

/**
 * Node's child_process (with net, dgram and streams) and assert cost a few
 * milliseconds each to load, and commander, terminal-size, cross-spawn and signal-exit load
 * them at start to use them rarely or never: commander to run external
 * subcommands (standpoint has none), terminal-size only when the terminal does
 * not tell its size, cross-spawn (the TUI's editor launcher) when an editor is
 * opened, signal-exit for one argument check. They get stand-ins
 * that load the real module on first use. The build stops if an importer no
 * longer matches.
 */
const lazyCalls = (name, calls) =>
  `${calls.map((c) => `export function ${c}(...args) { return require('node:${name}').${c}(...args); }`).join('\n')}
export default { ${calls.join(', ')} };
`;
const LAZY_BUILTINS = {
  child_process: {
    importers: /[\\/]node_modules[\\/](commander[\\/]lib[\\/]command|terminal-size[\\/]index|cross-spawn[\\/]index)\.js$/,
    contents: lazyCalls('child_process', ['spawn', 'spawnSync', 'execFileSync']),
  },
  // signal-exit checks each handler it is given is a function: assert is loaded only to say it is not.
  assert: {
    importers: /[\\/]node_modules[\\/]signal-exit[\\/]index\.js$/,
    contents: `export function equal(actual, expected, message) {
  if (actual != expected) require('node:assert').equal(actual, expected, message);
}
export default { equal };
`,
  },
};

export const lazyBuiltinsPlugin = {
  name: 'lazy-builtins',
  setup(b) {
    const applied = new Set();
    b.onStart(() => applied.clear());
    b.onResolve({ filter: /^(node:)?(child_process|assert)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (args.namespace === 'lazy-builtin' || !LAZY_BUILTINS[name].importers.test(args.importer)) return undefined;
      applied.add(args.importer.match(LAZY_BUILTINS[name].importers)[0]);
      return { path: name, namespace: 'lazy-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, ({ path }) => ({ contents: LAZY_BUILTINS[path].contents, loader: 'js' }));
    b.onEnd((result) => {
      if (result.errors.length === 0 && applied.size < 4) {
        return {
          errors: [
            {
              text: `lazy-builtins: only ${[...applied].join(', ') || 'none'} of commander, terminal-size, cross-spawn and signal-exit still load child_process or assert as expected`,
            },
          ],
        };
      }
    });
  },
};

const STALE_MS = 60 * 60 * 1000;
const BUNDLE = /^app-[A-Z0-9]+\.cjs$/;

/**
 * Builds dist/standpoint.js, a small launcher, and dist/app-HASH.cjs, the
 * whole CLI in one CommonJS file, which the launcher runs through V8's code
 * cache (src/launch/code-cache.ts; V8 offers that to scripts, not modules).
 * The TUI is imported lazily in the source, so check, print and export never
 * run its code. The bundle is written before the launcher that names it, so a
 * standpoint starting meanwhile (a test) always finds a whole pair; bundles no
 * launcher names are removed after an hour, or at once when packing (`npm
 * pack` runs the build with --pack), so the package holds one bundle.
 */
export async function buildCli({ pack = false } = {}) {
  const outdir = join(root, 'dist');
  const staging = join(outdir, `.build-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  try {
    const app = await build({
      entryPoints: { app: join(root, 'src', 'main.ts') },
      outdir: staging,
      entryNames: '[name]-[hash]',
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      jsx: 'automatic',
      minify: process.env.MINIFY !== '0',
      sourcemap: false,
      legalComments: 'none',
      define: {
        // React's production build: no development checks on every render.
        'process.env.NODE_ENV': '"production"',
        // The source is ESM and finds the example debate from its own file.
        'import.meta.url': '__standpoint_url',
      },
      banner: { js: "var __standpoint_url = require('node:url').pathToFileURL(__filename).href;" },
      plugins: process.env.STOCK
        ? [yogaPlugin, inkReleasePlugin]
        : [memoPlugin, lazySegmenterPlugin, lazyBuiltinsPlugin, yogaPlugin, inkReleasePlugin],
      metafile: true,
      logLevel: 'warning',
    });
    const bundle = Object.keys(app.metafile.outputs).map((f) => relative(staging, resolve(f)))[0];
    await build({
      entryPoints: { standpoint: join(root, 'src', 'launch', 'main.ts') },
      outdir: staging,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      minify: process.env.MINIFY !== '0',
      legalComments: 'none',
      define: { STANDPOINT_BUNDLE: JSON.stringify(bundle) },
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    });
    await rename(join(staging, bundle), join(outdir, bundle));
    // The launcher is CommonJS (a module entry costs Node some 8 ms more to start).
    await writeFile(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
    await chmod(join(staging, 'standpoint.js'), 0o755);
    await rename(join(staging, 'standpoint.js'), join(outdir, 'standpoint.js'));
    // What earlier builds left: their bundles (once no process can still be
    // starting them) and the ESM chunks of builds before the launcher.
    await rm(join(outdir, 'chunks'), { recursive: true, force: true });
    for (const name of await readdir(outdir)) {
      if (!BUNDLE.test(name) || name === bundle) continue;
      const info = await stat(join(outdir, name)).catch(() => undefined);
      if (info && (pack || Date.now() - info.mtimeMs > STALE_MS)) await rm(join(outdir, name), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli({ pack: process.argv.includes('--pack') });
