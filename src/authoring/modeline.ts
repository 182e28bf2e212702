// The first line of every template: it tells yaml-language-server (VS Code,
// Neovim, Helix, …) which JSON Schema to use, for completion and inline errors.
//
// yaml-language-server resolves a relative path against the YAML file's own
// folder, and accepts an absolute path or a file: URL. A relative path is the
// one worth committing, but only when both ends live in the same project: the
// repository's positions/ and schema/, or a project with standpoint in its own
// node_modules. Anything else (a global install, the npx cache) would be a long
// climb through unrelated folders that breaks as soon as the file moves, so it
// gets an absolute file: URL, which at least works on this machine.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCHEMA_FILES, type SchemaKind } from './schema-files.js';

const PACKAGE_NAME = 'standpoint';

/** The installed package's root (it ships schema/), found from this module's location. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // An unreadable package.json is not ours; keep climbing.
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** What to write after `$schema=` for a file in `fileDir`. */
export function schemaReference(kind: SchemaKind, fileDir: string, root: string): string {
  const schemaFile = join(root, 'schema', SCHEMA_FILES[kind]);
  const rel = relative(fileDir, schemaFile).split(sep).join('/');
  // The modeline ends at the first space, and "#" would start a fragment.
  const writable = !/[\s#%]/.test(rel);
  return writable && sameProject(resolve(fileDir), resolve(root)) ? rel : pathToFileURL(schemaFile).href;
}

export function modeline(kind: SchemaKind, fileDir: string, root: string | undefined = packageRoot()): string | undefined {
  return root === undefined ? undefined : `# yaml-language-server: $schema=${schemaReference(kind, fileDir, root)}`;
}

/** True when some folder holding both paths is a project (has package.json or .git), short of home or the disk root. */
function sameProject(a: string, b: string): boolean {
  let common = commonAncestor(a, b);
  const stop = new Set([parse(common).root, homedir()]);
  if (stop.has(common)) return false;
  for (;;) {
    if (existsSync(join(common, 'package.json')) || existsSync(join(common, '.git'))) return true;
    const up = dirname(common);
    if (up === common || stop.has(up)) return false;
    common = up;
  }
}

function commonAncestor(a: string, b: string): string {
  const pa = a.split(sep);
  const pb = b.split(sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || parse(a).root;
}
