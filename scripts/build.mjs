// Bundles the CLI into one ESM file: loading one file is much faster than
// resolving hundreds of modules from node_modules at every start.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'standpoint.js');
await mkdir(dirname(outfile), { recursive: true });
// Ink imports react-devtools-core only when DEV=true; a stub keeps it out of the bundle.
const stub = join(root, 'dist', 'devtools-stub.js');
await writeFile(stub, 'export default { connectToDevTools() {} };\n');

await build({
  entryPoints: [join(root, 'src', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  jsx: 'automatic',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  alias: { 'react-devtools-core': stub },
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: {
    // Bundled CommonJS dependencies still call require().
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
