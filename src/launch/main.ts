// The executable (dist/standpoint.js): runs the app bundle beside it through
// V8's code cache (see code-cache.ts). The build names the bundle, and bundles
// this file as CommonJS, where __dirname is the folder it runs from.
import { join } from 'node:path';
import { privateCacheDir } from '../cache/private-dir.js';
import { runBundle } from './code-cache.js';

declare const STANDPOINT_BUNDLE: string;

runBundle(join(__dirname, STANDPOINT_BUNDLE), privateCacheDir('compile'));
