// Reads the local text copy a source may name (`text: sources/article.txt`).
// The path is untrusted like everything in the folder: it must stay inside the
// debate folder (no absolute path, no "..", no link out of it) and name a
// regular file, which is opened without blocking so a FIFO cannot hang a load.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { sanitize } from './sanitize.js';
import { describeFsError } from './terms.js';
import type { Location, Source } from './types.js';

/** Articles run longer than actor files; a source text larger than this is not one. */
export const MAX_SOURCE_TEXT_BYTES = 8 * 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export async function readSourceText(dir: string, source: Source): Promise<SourceText | undefined> {
  if (source.text === undefined) return undefined;
  const at: Location = source.textLoc ?? source.loc;
  const fail = (message: string): SourceText => ({ ok: false, diagnostic: { ...at, severity: 'error', rule: 'source-text', message } });
  const path = source.text;
  if (isAbsolute(path) || /^[a-zA-Z]:|^[\\/]/.test(path))
    return fail(`"text:" must be a path inside the debate folder, like "sources/${source.id}.txt", not an absolute path.`);
  if (path.split(/[\\/]/).includes('..'))
    return fail(`"text:" must not leave the debate folder with "..": copy the file into the folder, e.g. "sources/${source.id}.txt".`);
  let real: string;
  let root: string;
  try {
    root = await realpath(dir);
    real = await realpath(join(dir, path));
  } catch (err) {
    return fail(`Cannot read the source text "${path}" (${describeFsError(err)}): check the path, relative to the debate folder.`);
  }
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return fail(`The source text "${path}" is a link to a file outside the debate folder: copy the file into the folder instead.`);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return fail(`The source text "${path}" is not a regular file: name a plain .txt file.`);
    if (info.size > MAX_SOURCE_TEXT_BYTES)
      return fail(`The source text "${path}" is over ${MAX_SOURCE_TEXT_BYTES / 1024 / 1024} MiB: keep only the article's text.`);
    const bytes = await handle.readFile();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(`The source text "${path}" is not UTF-8 text: save it as UTF-8.`);
    }
    return { ok: true, text: sanitize(text) };
  } catch (err) {
    return fail(`Cannot read the source text "${path}" (${describeFsError(err)}).`);
  } finally {
    await handle?.close();
  }
}
