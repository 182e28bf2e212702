// Where a `standpoint new` command writes: the debate folder named, or the only
// one under ./positions; and paths spelt so they can be pasted into a shell.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDebates } from '../model/discover.js';
import { DEBATE_FILE } from '../model/terms.js';
import { displayPath } from '../terminal/output.js';

export const DEFAULT_PARENT = 'positions';

export type Found = { ok: true; dir: string } | { ok: false; code: number; message: string };

/** The debate a new actor joins: DIR, or the only debate under ./positions. */
export async function debateFor(dirArg: string | undefined, what = 'actor'): Promise<Found> {
  const given = dirArg ?? DEFAULT_PARENT;
  if (dirArg === undefined && !existsSync(given)) {
    if (existsSync(DEBATE_FILE)) return { ok: true, dir: resolve('.') };
    return {
      ok: false,
      code: 2,
      message: `No ./${DEFAULT_PARENT} folder here. Name the debate folder: standpoint new ${what} ID path/to/debate (or start one: standpoint new debate ID).`,
    };
  }
  const found = await findDebates(given);
  if (!found.ok) return { ok: false, code: 2, message: found.message };
  const [only, ...more] = found.debates;
  if (only !== undefined && more.length === 0) return { ok: true, dir: only };
  const shown = found.debates.map((d) => displayPath(d));
  return {
    ok: false,
    code: 2,
    message: `${displayPath(resolve(given))} holds ${shown.length} debates (${shown.join(', ')}): name one, e.g. standpoint new ${what} ID ${shellWord(shown[0] ?? given)}`,
  };
}

/** A path as it must be typed in a shell. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
