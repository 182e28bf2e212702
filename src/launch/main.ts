// The executable (dist/standpoint.js): runs the app bundle beside it through
// V8's code cache (see code-cache.ts). The build names the bundle, and bundles
// this file as CommonJS, where __dirname is the folder it runs from. Any
// command that ran without a cache leaves one at exit, so `check` and
// `--version` start from compiled code too (the TUI saves its own sooner).
import { join } from 'node:path';
import { privateCacheDir } from '../cache/private-dir.js';
import { runBundle } from './code-cache.js';

declare const STANDPOINT_BUNDLE: string;

const launched = runBundle(join(__dirname, STANDPOINT_BUNDLE), privateCacheDir('code'));
process.once('exit', () => {
  try {
    launched.save();
  } catch {
    // A cache is only ever a speed-up.
  }
});
