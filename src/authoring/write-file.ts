// Writing files without ever clobbering one.
//
// `new` must never overwrite, even when two runs race: a check-then-write
// leaves a window in which both see "no file" and the second wins. So the
// content goes to a temp file in the same folder first, and is then hard-linked
// to its name: link(2) fails with EEXIST if the name is taken, atomically, and
// a reader never sees a half-written file. write-file-atomic and similar
// libraries rename over the target, which is atomic but not exclusive, so they
// do not fit; Node's own fs has the primitive we need.
//
// The temp file's name starts with a dot so the debate loader ignores it, and
// it is removed on every path out of here, success or failure.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type NewFileResult = 'created' | 'exists';

// Filesystems without hard links (FAT, some network and container mounts) say so with one of these.
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Is `name` one of our temp files (for tests and cleanup checks)? */
export function isTempName(name: string): boolean {
  return /^\..+\.\d+-[0-9a-f]{12}\.tmp$/.test(name);
}

async function writeTemp(target: string, text: string): Promise<string> {
  const tmp = tempPathFor(target);
  const handle = await fs.open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await removeQuietly(tmp);
    throw err;
  }
  return tmp;
}

async function removeQuietly(path: string | undefined): Promise<void> {
  if (path !== undefined) await fs.rm(path, { force: true }).catch(() => undefined);
}

/** Creates `target` with `text`, or reports 'exists' and leaves the existing file untouched. */
export async function writeNewFile(target: string, text: string): Promise<NewFileResult> {
  let tmp: string | undefined;
  try {
    tmp = await writeTemp(target, text);
    try {
      await fs.link(tmp, target);
      return 'created';
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return 'exists';
      if (!NO_LINKS.has(code)) throw err;
    }
    return await createDirectly(target, text);
  } finally {
    await removeQuietly(tmp);
  }
}

/** Without hard links: still exclusive (O_EXCL), though a reader could glimpse a partial file. */
async function createDirectly(target: string, text: string): Promise<NewFileResult> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(target, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw err;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    return 'created';
  } catch (err) {
    await handle.close().catch(() => undefined);
    // The name is ours (O_EXCL made it), so a half-written file is ours to remove.
    await removeQuietly(target);
    throw err;
  }
}

/** Replaces `target` atomically (for generated files such as the JSON Schema). */
export async function replaceFile(target: string, text: string): Promise<void> {
  let tmp: string | undefined;
  try {
    tmp = await writeTemp(target, text);
    await fs.rename(tmp, target);
    tmp = undefined;
  } finally {
    await removeQuietly(tmp);
  }
}
