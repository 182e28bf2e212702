// Reading a file that someone else chose: a FIFO or a terminal blocks a plain
// open or read for ever, and /dev/zero never ends. So a file is opened without
// waiting (O_NONBLOCK), judged by the open descriptor (not by a stat taken
// before, which a swap could falsify), and read only up to a limit, whatever
// its size claimed.
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { sep } from 'node:path';

// Undefined on Windows, where there are no FIFOs to wait on.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export type Regular =
  | { ok: true; bytes: Buffer }
  | { ok: false; why: 'folder' }
  | { ok: false; why: 'special'; what: string }
  | { ok: false; why: 'too-large'; size?: number };

export interface ReadOptions {
  /** Refuse a symbolic link as the last part of the path (the caller resolved it already). */
  noFollow?: boolean;
  /** Refuse what the user does not own (cache files). */
  check?: (info: Stats) => boolean;
}

/**
 * A regular file's bytes, at most `limit` of them; anything else (a folder, a
 * FIFO, a device, a file longer than the limit) as a reason. File system
 * errors (missing, permission) are thrown, as by readFile.
 */
export async function readRegularFile(path: string, limit: number, opts: ReadOptions = {}): Promise<Regular> {
  const handle = await openRegular(path, opts.noFollow);
  try {
    const info = await handle.stat();
    const refused = judge(info, limit);
    if (refused) return refused;
    if (opts.check && !opts.check(info)) return { ok: false, why: 'special', what: 'a file someone else could have written' };
    // The size stat gave is only a hint: the file may have grown since.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(64 * 1024, limit + 1 - total);
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(want), 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      // Longer than its size said (a device, or a file still being written).
      if (total > limit) return { ok: false, why: 'too-large' };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}

/** Opens for reading without ever waiting for a writer (a FIFO) or a device. */
export function openRegular(path: string, noFollow = false): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | NONBLOCK | (noFollow ? NOFOLLOW : 0));
}

/** Why a file with this status may not be read, or undefined when it may. */
export function judge(info: Stats, limit: number): Exclude<Regular, { ok: true }> | undefined {
  if (info.isDirectory()) return { ok: false, why: 'folder' };
  if (!info.isFile()) return { ok: false, why: 'special', what: kindOf(info) };
  if (info.size > limit) return { ok: false, why: 'too-large', size: info.size };
  return undefined;
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a device (such as a terminal or /dev/zero)';
  if (info.isBlockDevice()) return 'a disk device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Whether a real path is the folder's own or lies inside it (both real paths). */
export function within(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
