// What a debate folder looks like now, as cheaply as it can be told: its
// listing (names and kinds), and for each YAML file a stamp from one lstat
// (device, inode, size, modification and change times in nanoseconds). A file
// whose stamp is as remembered is taken as unchanged without reading it; one
// whose stamp differs ("maybe changed": a touch, a checkout) is read and its
// bytes hashed. Links have no stamp (what they point at may change under the
// same link) and neither has a file written in the last seconds (a second
// write within the clock's tick would keep the stamp): both are always hashed.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { within } from '../model/regular-file.js';
import { MAX_FILE_BYTES } from '../model/terms.js';

const YAML = /\.ya?ml$/i;
/** A file modified this recently could change again without its stamp changing. */
const RACY_NS = 3_000_000_000n;

export interface Folder {
  /** Every name in the folder with its kind (a link counts as what it points at), sorted: a new, removed or renamed file changes it. */
  listing: string;
  /** Each YAML file that is not a folder, by path, with its stamp (undefined: always hash it). */
  stamps: Map<string, string | undefined>;
}

/** The folder's listing and stamps, or undefined when it cannot be read. */
export async function lookAt(dir: string): Promise<Folder | undefined> {
  try {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const listing: string[] = [];
    const stamps = new Map<string, string | undefined>();
    const now = BigInt(Date.now()) * 1_000_000n;
    // As join() would make it (readdir's names have no separator), at a fraction of its cost: thousands of files are looked at.
    const base = dir.endsWith(sep) ? dir : dir + sep;
    for (const e of entries) {
      const path = base + e.name;
      // The load follows links: what a link points at counts, not the link.
      const kind = e.isSymbolicLink()
        ? `l${(await stat(path).catch(() => undefined))?.isDirectory() ? 'd' : 'f'}`
        : e.isDirectory()
          ? 'd'
          : 'f';
      listing.push(`${e.name}\0${kind}`);
      if (YAML.test(e.name) && !kind.endsWith('d')) stamps.set(path, e.isFile() ? stampOf(path, now) : undefined);
    }
    return { listing: listing.join('\0'), stamps };
  } catch {
    return undefined;
  }
}

function stampOf(path: string, now: bigint): string | undefined {
  try {
    const s = lstatSync(path, { bigint: true });
    if (!s.isFile() || s.size > BigInt(MAX_FILE_BYTES) || now - s.mtimeNs < RACY_NS || now - s.ctimeNs < RACY_NS) return undefined;
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return undefined;
  }
}

const chunk = Buffer.alloc(64 * 1024);

/**
 * A SHA-256 of a file's bytes, read as the load reads them (read.ts): never
 * outside the folder `root` (its real path), never waiting on a FIFO, never
 * past the size limit; undefined when the load would refuse it.
 */
export function hashFile(path: string, root: string): string | undefined {
  try {
    const real = realpathSync(path);
    if (!within(real, root)) return undefined;
    const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    try {
      const info = fstatSync(fd);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
      const hash = createHash('sha256');
      let bytes = 0;
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
        bytes += n;
        if (bytes > MAX_FILE_BYTES) return undefined;
        hash.update(chunk.subarray(0, n));
      }
      return hash.digest('hex');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The hash of a text as the load decoded it: the same as hashFile's for a file in UTF-8 without a BOM. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
