// The rules for files in the cache folder (see private-dir.ts for the folder
// itself): made only by an exclusive create that never follows a link, read
// only when the open descriptor is a regular file of the user's own, removed
// only when the name (not a link's target) is a file of the user's own.

import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a cache file may be trusted: the compiled code in it runs as the
 * user, so it must be the user's own and writable by no one else (a shared or
 * mistaken XDG_CACHE_HOME). Where there are no user ids (Windows), yes.
 */
export function ownFile(info: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (info.uid === uid && (info.mode & 0o022) === 0);
}

/** Folders and files of the cache are private to the user. */
export const FOLDER_MODE = 0o700;
export const FILE_MODE = 0o600;

// Undefined on Windows, which has neither FIFOs nor these links.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
/** Open flags for reading a cache file: no waiting on a FIFO, no following a link. */
export const READ_FLAGS = constants.O_RDONLY | NONBLOCK | NOFOLLOW;
/** Open flags for a new temporary file: fails if anything (a planted link) is at the name. */
export const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;

/** A fresh, unguessable temporary name beside `file`. */
export function tempName(file: string): string {
  return `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/** Opens a cache file for reading, or throws: it must be a regular file of the user's own, at most `limit` bytes. */
export function openOwnFile(path: string, limit: number): { fd: number; size: number } {
  const fd = openSync(path, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || !ownFile(info)) throw new Error('not a file of the user’s own');
    if (info.size > limit) throw new Error('too large');
    return { fd, size: info.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** A cache file's bytes (see openOwnFile), or undefined. */
export function readOwnFile(path: string, limit: number): Buffer | undefined {
  try {
    const { fd, size } = openOwnFile(path, limit);
    try {
      const bytes = Buffer.alloc(size);
      let at = 0;
      for (let n = 1; at < size && n > 0; at += n) n = readSync(fd, bytes, at, size - at, at);
      return at === size ? bytes : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Writes `file` whole or not at all (another standpoint may be reading it); false when it could not. */
export function writeOwnFile(file: string, data: Uint8Array): boolean {
  const temp = tempName(file);
  let fd: number;
  try {
    fd = openSync(temp, CREATE_FLAGS, FILE_MODE);
  } catch {
    // Something is at the name already: it is not ours to remove.
    return false;
  }
  try {
    try {
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Gone already.
    }
    return false;
  }
}

/**
 * Files in `folder` whose names `match`, that are regular files of the user's
 * own, with when each was last written: the only ones pruning may remove.
 * (lstat: a link is never followed, so it never leads pruning elsewhere.)
 */
export function ownFiles(folder: string, match: (name: string) => boolean): { path: string; name: string; at: number }[] {
  const found = [];
  for (const name of readdirSync(folder)) {
    if (!match(name)) continue;
    const path = join(folder, name);
    try {
      const info = lstatSync(path);
      if (info.isFile() && ownFile(info)) found.push({ path, name, at: info.mtimeMs });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** Removes a file found by ownFiles; unlink removes a name, never what a link points at. */
export function removeOwnFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone meanwhile, or not ours to remove.
  }
}
