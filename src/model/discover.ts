// Finds what a path holds: one debate folder, or a folder of debate folders.
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBATE_FILE, describeFsError } from './terms.js';

export type Found = { ok: true; debates: string[] } | { ok: false; message: string };

export async function findDebates(dirArg: string): Promise<Found> {
  const dir = resolve(dirArg);
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      const hint = dirArg.endsWith('.yaml') ? ` Open the folder that holds it: standpoint ${dirname(dirArg)}` : '';
      return { ok: false, message: `${dirArg} is a file, not a debate folder.${hint}` };
    }
  } catch (err) {
    return { ok: false, message: `Cannot open ${dirArg}: ${describeFsError(err)}.` };
  }
  if (existsSync(join(dir, DEBATE_FILE))) return { ok: true, debates: [dir] };
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const debates = entries
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, DEBATE_FILE)))
    .map((e) => join(dir, e.name))
    .sort();
  if (debates.length > 0) return { ok: true, debates };
  return {
    ok: false,
    message: `No debate in ${dirArg}: a debate is a folder with a ${DEBATE_FILE}. Create one with \`standpoint new debate ID\`.`,
  };
}

/** The example debates shipped with the package (next to dist/ or src/). */
export function bundledPositions(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'positions'))) return join(dir, 'positions');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'positions');
}

/** What "no folder named" means: the current folder, ./positions, or (for viewing only) the shipped example. */
export type DefaultDir = { ok: true; dir: string; example: boolean } | { ok: false; message: string };

/** Where a missing DIR was looked for, for the messages that say so. */
function looked(): string {
  return `for ${DEBATE_FILE} in ${process.cwd()} and for ./positions`;
}

/**
 * With no folder named: the current folder when it holds a debate.yaml, else
 * ./positions, else, only where `example` is allowed (the viewer and print),
 * the shipped example. check, export and compare never fall back to it: a
 * check that passes on the wrong debate would pass a CI run by accident.
 */
export function defaultDir(opts: { example: boolean }): DefaultDir {
  const here = process.cwd();
  if (existsSync(join(here, DEBATE_FILE))) return { ok: true, dir: here, example: false };
  const local = resolve('positions');
  if (isFolder(local)) return { ok: true, dir: local, example: false };
  if (opts.example) return { ok: true, dir: bundledPositions(), example: true };
  return {
    ok: false,
    message: `No debate here (looked ${looked()}). Name a debate folder, or start one with \`standpoint new debate ID\`.`,
  };
}

/**
 * DIR as given, or the default; undefined (after `say`ing why) when there is
 * none. `example`: whether the shipped example may stand in, said on stderr.
 */
export function chooseDir(dir: string | undefined, example: boolean, say: (line: string) => void): string | undefined {
  if (dir !== undefined) return dir;
  const found = defaultDir({ example });
  if (!found.ok) {
    say(`standpoint: ${found.message}\n`);
    return undefined;
  }
  if (found.example)
    say(
      `No debate here; showing the example. (Looked ${looked()}.) Start your own with \`standpoint new debate ID\`, or name a folder: standpoint DIR\n`,
    );
  return found.dir;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
