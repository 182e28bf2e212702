// Remembers what loading built from each actor file, between starts: a file is
// found by a hash of its text (and of the debate.yaml ids it was checked
// against, its path, and standpoint's own code), so a debate of any size opens
// warm without parsing, and after an edit only the edited file is parsed again.
// Each entry names the file it holds and its hash, and is used only for that
// file: a renamed or copied entry never shows one file's content as another's.
// The folder's rules (private, exclusive temp files, no link followed) are
// folder.ts's; a missing, unreadable or damaged entry is only a slower start.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Diagnostic } from '../model/diagnostics.js';
import type { BuiltActor } from '../model/loading.js';
import { MAX_FILE_BYTES } from '../model/terms.js';
import type { FileMemory } from '../model/unchanged.js';
import { ownFiles, readOwnFile, removeOwnFile, writeOwnFile } from './folder.js';

/** Files remembered at most, over every debate: the least recently written are forgotten first. */
export const KEEP_FILES = 20_000;
/** An entry is a few times its file's size: anything far larger is not one of ours. */
const MAX_ENTRY_BYTES = 16 * MAX_FILE_BYTES;
const ENTRY = /^[0-9a-f]{16}-[0-9a-f]{32}\.bin$/;

interface Entry {
  file: string;
  key: string;
  built: BuiltActor | undefined;
  diagnostics: Diagnostic[];
}

export class RememberedFiles implements FileMemory {
  /** The entries this load used or wrote: the folder's others are of files since changed. */
  private readonly used = new Set<string>();
  private readonly knownHashes = new Map<string, string>();
  private readonly prefix: string;

  /**
   * @param folder the folder of entries, checked by privateCacheDir
   * @param dir the debate folder as opened; @param real as it really is
   */
  constructor(
    private readonly folder: string,
    private readonly dir: string,
    private readonly real: string,
    private readonly code: string,
  ) {
    this.prefix = `${createHash('sha256').update(dir).digest('hex').slice(0, 16)}-`;
  }

  take(file: string, text: string, known: string): Pick<Entry, 'built' | 'diagnostics'> | undefined {
    const { key, path } = this.where(file, text, known);
    const bytes = readOwnFile(path, MAX_ENTRY_BYTES);
    if (!bytes) return undefined;
    try {
      const entry = deserialize(bytes) as Partial<Entry>;
      if (entry.file !== file || entry.key !== key || !Array.isArray(entry.diagnostics)) return undefined;
      this.used.add(path);
      return { built: entry.built, diagnostics: entry.diagnostics };
    } catch {
      return undefined;
    }
  }

  /** Written at once, before resolving links the actor to others: one file's entry in memory at a time. */
  keep(file: string, text: string | undefined, known: string, built: BuiltActor | undefined, diagnostics: Diagnostic[]): void {
    if (text === undefined) return;
    const { key, path } = this.where(file, text, known);
    if (writeOwnFile(path, serialize({ file, key, built, diagnostics } satisfies Entry))) this.used.add(path);
  }

  retain(): void {}

  /** Forgets this debate's entries the load did not use, then the oldest beyond KEEP_FILES. */
  prune(): void {
    const others = [];
    for (const entry of ownFiles(this.folder, (n) => ENTRY.test(n))) {
      if (this.used.has(entry.path)) continue;
      if (entry.name.startsWith(this.prefix)) removeOwnFile(entry.path);
      else others.push(entry);
    }
    others.sort((a, b) => b.at - a.at);
    for (const old of others.slice(Math.max(0, KEEP_FILES - this.used.size))) removeOwnFile(old.path);
  }

  private where(file: string, text: string, known: string): { key: string; path: string } {
    let knownHash = this.knownHashes.get(known);
    if (!knownHash) {
      knownHash = createHash('sha256').update(known).digest('hex');
      this.knownHashes.clear();
      this.knownHashes.set(known, knownHash);
    }
    const key = createHash('sha256')
      .update(`${this.code}\0${this.dir}\0${this.real}\0${file}\0${knownHash}\0`)
      .update(text)
      .digest('hex')
      .slice(0, 32);
    return { key, path: join(this.folder, `${this.prefix}${key}.bin`) };
  }
}
