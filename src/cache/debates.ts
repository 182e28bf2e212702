// Remembers each debate folder's loaded model between starts, at any size, so
// opening a debate whose files have not changed skips parsing and validating
// them, and opening one after an edit parses only the edited files. One entry
// per debate folder holds the model and, per actor file, what loading built
// from it and what it reported. Opening tells the files unchanged by one
// lstat each (stamps.ts), and by their bytes only when the stamp says "maybe
// changed"; the entry's name depends on standpoint's own code, so a new build
// loads afresh. A missing, unreadable or damaged entry is only a slower start.
// Each entry names the debate it holds (its folder, as opened and as really
// is) and each record the file it holds, and is used only for that debate
// and file: a renamed or copied entry never shows one debate's content as
// another's.
import { createHash } from 'node:crypto';
import { closeSync, readSync } from 'node:fs';
import { type FileHandle, open, realpath, rename, unlink } from 'node:fs/promises';
import { endianness } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { LoadOptions, LoadResult } from '../model/load.js';
import { DEBATE_FILE } from '../model/terms.js';
import type { Actor, Location, Model } from '../model/types.js';
import { VERSION } from '../version.js';
import { attach, attachLazily, type Bodies, shareBuilt, shareFace, split } from './bodies.js';
import { EntryMemory, type FileNote, type FileRecord, Sameness } from './entry-memory.js';
import { lazyFaces } from './faces.js';
import { CREATE_FLAGS, FILE_MODE, openOwnFile, ownFiles, removeOwnFile, tempName } from './folder.js';
import { privateCacheDir } from './private-dir.js';
import { hashFile, lookAt } from './stamps.js';

/** Debates remembered at most: the least recently written are forgotten first. */
const KEEP = 20;
/** An entry is a few times its debate's size (20,000 actor files at most, as the load reads them): anything far larger is not one of ours. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024 * 1024;
// In the bundle this is the bundle's file, whose name carries its content hash.
const CODE = `${VERSION} ${basename(fileURLToPath(import.meta.url))}`;

export interface RememberOptions {
  /** The folder of entries, checked by privateCacheDir; undefined remembers nothing. */
  folder?: string | undefined;
  /** The load; given the entry's actor files as `unchanged`, it parses only the others. */
  load?: (dir: string, options: LoadOptions) => Promise<LoadResult>;
}

/**
 * The debate as loadDebate gives it, from the cache as far as its files are
 * unchanged; `texts` holds only the files that have a problem.
 */
export async function loadDebateRemembered(dirArg: string, opts?: RememberOptions): Promise<LoadResult> {
  const dir = resolve(dirArg);
  // The loader (and with it yaml and zod) is loaded only when some file changed.
  const load = opts?.load ?? (async (d: string, o: LoadOptions) => (await import('../model/load.js')).loadDebate(d, o));
  const folder = opts ? opts.folder : privateCacheDir('debates');
  const now = folder ? await lookAt(dir) : undefined;
  if (!folder || !now) return load(dir, {});
  const real = await realpath(dir).catch(() => dir);
  const id: EntryId = { dir, real, code: CODE };
  const file = join(folder, entryName(dir));
  const sameness = new Sameness(now, real);
  const debateFile = join(dir, DEBATE_FILE);
  let entry: Entry | undefined;
  try {
    entry = openEntry(file, id);
  } catch {
    // Not remembered yet, or damaged: load it.
  }
  if (entry) {
    const { head } = entry;
    const unchanged =
      head.listing === now.listing &&
      (head.debate ? sameness.same(head.debate) : !now.stamps.has(debateFile)) &&
      head.files.every((f) => sameness.same(f));
    const result = unchanged ? wholeOrNothing(entry) : undefined;
    if (result) {
      // A touched file (same bytes, new stamp) is noted again, so the next open needs no hashing.
      const opened = entry;
      if ([head.debate, ...head.files].some((f) => f && sameness.restamped(f)))
        track(
          restamp(folder, file, opened, now.stamps).finally(() => {
            // A record found damaged while the entry was written again: the copy goes too.
            if (opened.damaged()) removeOwnFile(file);
            opened.done();
          }),
        );
      else opened.done();
      return result;
    }
  }
  // Hashed before the load reads it: a write meanwhile only means loading it again next time.
  const debate = now.stamps.has(debateFile)
    ? { file: debateFile, stamp: now.stamps.get(debateFile), hash: hashFile(debateFile, real) }
    : undefined;
  // A damaged entry's records are not used; the notes of the rest are.
  const memory = new EntryMemory(sameness, entry && { ...entry.head, record: entry.record });
  let result: LoadResult;
  try {
    result = await load(dir, { unchanged: memory });
  } finally {
    entry?.done();
  }
  const shown = shownTexts(result);
  // Written behind the first frame; a failure only means loading again next time.
  if (!debate || debate.hash !== undefined) track(remember(folder, file, { id, listing: now.listing, debate, memory, result, shown }));
  return { ...result, texts: shown };
}

function wholeOrNothing(entry: Entry): LoadResult | undefined {
  try {
    return entry.whole();
  } catch {
    return undefined;
  }
}

/** The entry's file name: one per debate folder (as opened) and build of standpoint. */
export function entryName(dir: string): string {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  return `${sha(dir).slice(0, 16)}-${sha(`${CODE}\0${dir}`).slice(0, 32)}.bin`;
}

const inFlight = new Set<Promise<unknown>>();

function track(work: Promise<unknown>): void {
  const settling = work.catch(() => undefined);
  inFlight.add(settling);
  void settling.finally(() => inFlight.delete(settling));
}

/** Resolves once every entry being written has been written (or has failed). */
export async function settled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}

/** What an entry holds: the debate folder as opened and as it really is, and the build that wrote it. */
interface EntryId {
  dir: string;
  real: string;
  code: string;
}

/** An entry's first record: what it holds, how to tell its files unchanged, and the model without its actors. */
interface Head {
  id: EntryId;
  listing: string;
  debate: FileNote | undefined;
  /** The debate.yaml ids the actor files were checked against (unchanged.ts's knownKey). */
  known: string;
  /** One per record that follows, in order. */
  files: FileNote[];
  /** The model without its actors and positions. */
  model: Model;
  /** For each of the model's actors, the record it is built in. */
  actors: number[];
  /** The model's actors without their positions (faces.ts): what opening shows before any actor's record is revived. */
  shells: Shell[];
  /** Texts of the files that have a problem, for code frames. */
  texts: Map<string, string>;
}

/** An actor without its positions, and without its file's name where that is its record's (the head is read at every open). */
type Shell = Omit<Actor, 'positions' | 'byIssue' | 'file' | 'loc'> & { file?: string; loc: Omit<Location, 'file'> & { file?: string } };

function shell(actor: Actor, file: string): Shell {
  const { positions: _p, byIssue: _b, file: own, loc, ...rest } = actor;
  const { file: at, ...where } = loc;
  return { ...rest, file: own === file ? undefined : own, loc: at === own ? where : loc };
}

function unshell(s: Shell, file: string): Actor {
  const own = s.file ?? file;
  return { ...s, file: own, loc: { ...s.loc, file: s.loc.file ?? own }, positions: [], byIssue: new Map() };
}

const ENTRY = /^[0-9a-f]{16}-[0-9a-f]{32}\.bin$/;

interface Written {
  id: EntryId;
  listing: string;
  debate: FileNote | undefined;
  memory: EntryMemory;
  result: LoadResult;
  shown: Map<string, string>;
}

async function remember(folder: string, file: string, w: Written): Promise<void> {
  const records = [...w.memory.fresh.values()];
  const at = new Map(records.map((r, i) => [r.built?.actor, i]));
  const actors = w.result.model.actors.map((a) => at.get(a) ?? -1);
  // An actor not built from a file of its own (none, without a previous model) would not come back.
  if (actors.includes(-1)) return;
  const files = records.map(({ file, stamp, hash }) => ({ file, stamp, hash }));
  const model = { ...w.result.model, actors: [], positions: new Map() };
  const shells = w.result.model.actors.map((a, k) => shell(a, files[actors[k] as number]?.file as string));
  const head: Head = {
    id: w.id,
    listing: w.listing,
    debate: w.debate,
    known: w.memory.known,
    files,
    model,
    actors,
    shells,
    texts: w.shown,
  };
  await write(folder, file, async (out) => {
    // The index comes first: its size is known now, its sizes once the records are written.
    const index = Buffer.alloc(4 + 8 * records.length);
    index.writeUInt32LE(2 * records.length);
    await out.write(index);
    await writeRecord(out, serialize(head));
    let i = 4;
    for (const { file, built, diagnostics } of records) {
      const parts = built && split(built);
      i = index.writeUInt32LE(await writeRecord(out, serialize({ file, built: parts?.face, diagnostics } satisfies FileRecord)), i);
      i = index.writeUInt32LE(await writeRecord(out, serialize(parts?.bodies ?? [])), i);
    }
    await out.write(index, 0, index.length, 0);
  });
}

/** The entry again with a new head (the stamps of touched files) and the same records, copied as they are. */
async function restamp(folder: string, file: string, entry: Entry, stamps: Map<string, string | undefined>): Promise<void> {
  const note = (f: FileNote): FileNote => ({ ...f, stamp: stamps.get(f.file) });
  const head = { ...entry.head, debate: entry.head.debate && note(entry.head.debate), files: entry.head.files.map(note) };
  await write(folder, file, (out) => entry.rewrite(out, serialize(head)));
}

/** Writes an entry under a new name made exclusively (nothing planted at it is ever written through), then forgets older ones. */
async function write(folder: string, file: string, body: (out: FileHandle) => Promise<void>): Promise<void> {
  const temp = tempName(file);
  const out = await open(temp, CREATE_FLAGS, FILE_MODE);
  try {
    try {
      await body(out);
    } finally {
      await out.close();
    }
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  // This folder's entries of other builds, then the oldest beyond KEEP: only the user's own files, never through a link.
  const prefix = basename(file).slice(0, 17);
  const others = [];
  for (const entry of ownFiles(folder, (n) => ENTRY.test(n))) {
    if (entry.path === file) continue;
    if (entry.name.startsWith(prefix)) removeOwnFile(entry.path);
    else others.push(entry);
  }
  others.sort((a, b) => b.at - a.at);
  for (const old of others.slice(KEEP - 1)) removeOwnFile(old.path);
}

// An entry is an index, then a run of records, each a 4-byte length and a
// value in V8's serialisation: first the head, then two per actor file. The
// index is the number of records after the head and the size of each (4
// bytes apiece). Stored a file at a time, a debate of thousands of positions
// never needs a second copy of itself in one buffer; read a record at a time,
// opening it reads the index and the head, and each actor's records only
// when the actor is revived.

/** Writes one record; gives its size in the entry. */
async function writeRecord(out: FileHandle, body: Uint8Array): Promise<number> {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  await out.write(length);
  await out.write(body);
  return 4 + body.length;
}

/**
 * A record is taken by a load that links its actor afresh (unresolved() in
 * model/unchanged.ts deletes each counterpoint's link): counterpoints made
 * without it cost nothing there, where a delete turns each into a slow
 * dictionary (a tenth of an open after an edit, at 1,000 actors).
 */
function unlinked(bodies: Bodies): Bodies {
  for (const [, counterpoints] of bodies) {
    counterpoints.forEach((c, j) => {
      if (!('byActor' in c)) return;
      const { byActor: _, ...rest } = c;
      counterpoints[j] = rest;
    });
  }
  return bodies;
}

/** Texts are kept for code frames, which only files with a problem show. */
function shownTexts(result: LoadResult): Map<string, string> {
  const shown = new Set(result.model.diagnostics.map((d) => d.file));
  return new Map([...result.texts].filter(([f]) => shown.has(f)));
}

interface Entry {
  head: Head;
  record(index: number): FileRecord | undefined;
  /** The whole debate, as the load gave it, its actors revived as they are read (faces.ts). */
  whole(): LoadResult;
  /** Writes the entry again with another head and the same records, as they are. */
  rewrite(out: FileHandle, head: Uint8Array): Promise<void>;
  /** Lets the entry's file go once nothing more will be read from it. */
  done(): void;
  /** Whether a record was found damaged (the entry's file is removed then). */
  damaged(): boolean;
}

/** Closes an entry's file when the model that still reads from it is let go first. */
const closing = new FinalizationRegistry<EntryFile>((f) => f.close());

/** An entry's open file, read a record at a time, closed once no one needs it. */
class EntryFile {
  private users = 1;
  constructor(
    private fd: number | undefined,
    readonly size: number,
  ) {}

  /** `length` bytes from `offset`, or throws. */
  read(offset: number, length: number): Buffer {
    if (this.fd === undefined || offset < 0 || length < 0 || offset + length > this.size) throw new Error('cut short');
    const bytes = Buffer.allocUnsafe(length);
    let at = 0;
    for (let n = 1; at < length && n > 0; at += n) n = readSync(this.fd, bytes, at, length - at, offset + at);
    if (at !== length) throw new Error('cut short');
    return bytes;
  }

  /** The record at `offset`, `size` bytes with its length, or throws. */
  record(offset: number, size: number): Buffer {
    const bytes = this.read(offset, size);
    if (size < 4 || bytes.readUInt32LE(0) !== size - 4) throw new Error('not a record');
    return bytes.subarray(4);
  }

  hold(): void {
    this.users++;
  }

  release(): void {
    if (--this.users === 0) this.close();
  }

  close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
  }
}

/** Reads an entry's head and index; throws unless it is the user's own and holds this debate. */
function openEntry(path: string, id: EntryId): Entry {
  const opened = openOwnFile(path, MAX_ENTRY_BYTES);
  const file = new EntryFile(opened.fd, opened.size);
  try {
    return readEntry(path, file, id);
  } catch (err) {
    file.close();
    throw err;
  }
}

function readEntry(path: string, file: EntryFile, id: EntryId): Entry {
  const { size } = file;
  const count = file.read(0, 4).readUInt32LE(0);
  const index = file.read(0, 4 + 4 * count);
  // Read as an array of numbers in one go, not a number at a time: a debate has thousands.
  const sizes = new Uint32Array(count);
  const words = Buffer.from(sizes.buffer);
  index.copy(words, 0, 4);
  if (endianness() === 'BE') words.swap32();
  const headStart = index.length;
  const headSize = 4 + file.read(headStart, 4).readUInt32LE(0);
  const head = deserialize(file.record(headStart, headSize)) as Head;
  if (head.id?.dir !== id.dir || head.id.real !== id.real || head.id.code !== id.code) throw new Error('an entry for another debate');
  // Each file's record is two: its face, then its positions' bodies (bodies.ts).
  if (count !== 2 * head.files.length) throw new Error('not the records the head names');
  if (!Array.isArray(head.shells) || head.shells.length !== head.actors.length) throw new Error('not the actors the head names');
  // Where each record starts: a file's record is read only when it is taken.
  const starts = new Float64Array(count);
  let offset = headStart + headSize;
  for (let r = 0; r < count; r++) {
    const n = sizes[r] as number;
    if (n < 4) throw new Error('not a record');
    starts[r] = offset;
    offset += n;
  }
  if (offset !== size) throw new Error('not the records the head names');
  const at = (r: number) => file.record(starts[r] as number, sizes[r] as number);
  /** Whether a record was found damaged. */
  let found = false;
  const face = (i: number): FileRecord | undefined => {
    try {
      const r = deserialize(at(2 * i)) as FileRecord;
      return r.file === head.files[i]?.file && Array.isArray(r.diagnostics) ? r : undefined;
    } catch {
      return undefined;
    }
  };
  const record = (i: number): FileRecord | undefined => {
    const r = face(i);
    try {
      if (r?.built) {
        shareBuilt(r.built);
        attach(r.built.actor, unlinked(deserialize(at(2 * i + 1)) as Bodies));
      }
      return r;
    } catch {
      return undefined;
    }
  };
  const whole = (): LoadResult => {
    // The head stays as read: it may be written again (restamp).
    const shells = head.shells.map((a, k) => unshell(a, head.files[head.actors[k] as number]?.file as string));
    const model: Model = { ...head.model, actors: shells, diagnostics: [...head.model.diagnostics], positions: new Map() };
    let left = shells.length;
    if (left > 0) file.hold();
    const damaged = (actor: Actor, what: string) => {
      // The next open reads the debate's files afresh (and the entry is not written again with the new stamps).
      found = true;
      removeOwnFile(path);
      model.diagnostics.push({
        file: actor.file,
        line: actor.loc.line,
        col: actor.loc.col,
        severity: 'error',
        rule: 'cache-damaged',
        message: `The copy of this file that standpoint keeps between starts was damaged, so its ${what} are not shown. Quit and open the debate again: the file will be read afresh.`,
      });
    };
    const revive = (k: number) => {
      const shell = shells[k] as Actor;
      try {
        const actor = face(head.actors[k] as number)?.built?.actor;
        if (actor?.id !== shell.id || actor.file !== shell.file || !Array.isArray(actor.positions)) return undefined;
        actor.file = shell.file;
        shareFace(actor);
        attachLazily(actor, at(2 * (head.actors[k] as number) + 1), () => damaged(shell, 'evidence and counterpoints'));
        return actor.positions;
      } finally {
        // Every actor revived: nothing more is read from the entry.
        if (--left === 0) file.release();
      }
    };
    model.positions = lazyFaces(shells, revive, (actor) => damaged(actor, 'positions'));
    closing.register(model.positions, file);
    return { model, texts: head.texts };
  };
  const rewrite = async (out: FileHandle, newHead: Uint8Array) => {
    await out.write(index);
    await writeRecord(out, newHead);
    const chunk = 1 << 20;
    for (let from = headStart + headSize; from < size; from += chunk) await out.write(file.read(from, Math.min(chunk, size - from)));
    if (found) throw new Error('a damaged record');
  };
  return { head, record, whole, rewrite, done: () => file.release(), damaged: () => found };
}
