// The actor files of a remembered debate, as a load sees them (FileMemory):
// a file whose stamp or hash is as remembered is taken from the entry without
// being read or parsed, so after an edit only the edited file is parsed. Each
// file the load goes through, taken or parsed, is noted for the next entry.
import type { Diagnostic } from '../model/diagnostics.js';
import type { BuiltActor } from '../model/loading.js';
import { type FileMemory, unresolved } from '../model/unchanged.js';
import { type Folder, hashFile, hashText } from './stamps.js';

/** What an entry says of one actor file: where its record is, and how to tell the file unchanged. */
export interface FileNote {
  file: string;
  /** From lstat (stamps.ts); undefined: tell by the hash. */
  stamp: string | undefined;
  /** SHA-256 of the file's bytes; undefined when it could not be read as text (then it is always loaded). */
  hash: string | undefined;
}

/** One actor file's record in an entry. */
export interface FileRecord {
  file: string;
  built: BuiltActor | undefined;
  /** What reading, validating and building the file reported. */
  diagnostics: Diagnostic[];
}

/** An entry's notes and a way to read one record (undefined when damaged). */
export interface Remembered {
  known: string;
  files: FileNote[];
  texts: ReadonlyMap<string, string>;
  record(index: number): FileRecord | undefined;
}

/** Whether a file is as noted: by its stamp when it has one, else by its bytes. */
export class Sameness {
  private readonly seen = new Map<string, boolean>();
  constructor(
    readonly now: Folder,
    private readonly root: string,
  ) {}

  same(note: Pick<FileNote, 'file' | 'stamp' | 'hash'> | undefined): boolean {
    // A file that could not be read as text is read again, whatever its stamp.
    if (note?.hash === undefined) return false;
    let same = this.seen.get(note.file);
    if (same === undefined) {
      const stamp = this.now.stamps.get(note.file);
      same = note.stamp !== undefined && stamp === note.stamp;
      if (!same && this.now.stamps.has(note.file)) same = hashFile(note.file, this.root) === note.hash;
      this.seen.set(note.file, same);
    }
    return same;
  }

  /** Whether a file found the same had a stamp other than the one noted (a touch): the entry is worth noting again. */
  restamped(note: FileNote): boolean {
    return this.now.stamps.get(note.file) !== note.stamp;
  }
}

export class EntryMemory implements FileMemory {
  /** Every file the load went through, in its order, with what the next entry notes of it. */
  readonly fresh = new Map<string, FileNote & FileRecord>();
  known = '';
  private readonly index: Map<string, number>;

  constructor(
    private readonly sameness: Sameness,
    private readonly old: Remembered | undefined,
  ) {
    this.index = new Map(old?.files.map((f, i) => [f.file, i]));
  }

  takeUnread(file: string, known: string) {
    this.known = known;
    const i = this.index.get(file);
    const note = i === undefined ? undefined : this.old?.files[i];
    if (i === undefined || !this.old || this.old.known !== known || !this.sameness.same(note)) return undefined;
    const record = this.old.record(i);
    if (record?.file !== file) return undefined;
    // Linked to the other actors when it was stored: the load links it afresh.
    const built = record.built && unresolved(record.built);
    this.fresh.set(file, { file, stamp: this.sameness.now.stamps.get(file), hash: note?.hash, built, diagnostics: record.diagnostics });
    return { built, diagnostics: record.diagnostics, text: this.old.texts.get(file) };
  }

  take(): undefined {
    // Whatever takeUnread did not find the same has changed.
    return undefined;
  }

  keep(file: string, text: string | undefined, known: string, built: BuiltActor | undefined, diagnostics: Diagnostic[]): void {
    this.known = known;
    // The stamp is from before the load read the file: a write since then changes it, so the next open hashes the file.
    const hash = text === undefined ? undefined : hashText(text);
    this.fresh.set(file, { file, stamp: this.sameness.now.stamps.get(file), hash, built, diagnostics });
  }

  retain(): void {}
}
