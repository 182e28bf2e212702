// Finds what a path holds: one debate folder, or a folder of debate folders.
import { existsSync } from 'node:fs';
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

/** With no folder named: ./positions when it exists, else the shipped example. */
export function defaultDir(): string {
  const local = resolve('positions');
  return existsSync(local) ? local : bundledPositions();
}
