// What a load built from each actor file, kept between the loads of one live
// session: a file whose text is as it was, checked against the same
// debate.yaml, is not parsed and validated again (on a debate of 200 actors a
// save then costs one file's parsing, not two hundred). The actor handed out is
// a copy, with none of the links that resolving set on the last one.
import type { Diagnostic } from './diagnostics.js';
import type { BuiltActor, Known } from './loading.js';

interface Kept {
  text: string;
  known: string;
  built: BuiltActor | undefined;
  /** What reading, validating and building this file reported. */
  diagnostics: Diagnostic[];
}

/** What a load asks of a memory of actor files it built before (this session's, or the cache folder's). */
export interface FileMemory {
  /**
   * What was built from `file`, when the memory knows the file unchanged
   * without reading it (the cache folder's stamps, cache/stamps.ts); `text`
   * only when the file had problems to show with it.
   */
  takeUnread?(file: string, known: string): (Pick<Kept, 'built' | 'diagnostics'> & { text?: string | undefined }) | undefined;
  take(file: string, text: string, known: string): Pick<Kept, 'built' | 'diagnostics'> | undefined;
  keep(file: string, text: string | undefined, known: string, built: BuiltActor | undefined, diagnostics: Diagnostic[]): void;
  retain(files: ReadonlySet<string>): void;
}

export class UnchangedFiles implements FileMemory {
  private readonly files = new Map<string, Kept>();

  /** What was built from `file` when it had this text, checked against this debate.yaml; undefined if anything differs. */
  take(file: string, text: string, known: string): Pick<Kept, 'built' | 'diagnostics'> | undefined {
    const kept = this.files.get(file);
    if (!kept || kept.text !== text || kept.known !== known) return undefined;
    // The text just read is the one the new load keeps: hold that one, not a twin.
    kept.text = text;
    // The copy goes into the new model; keeping it rather than the old one lets the old model go.
    kept.built = kept.built && unresolved(structuredClone(kept.built));
    return { built: kept.built, diagnostics: kept.diagnostics };
  }

  keep(file: string, text: string | undefined, known: string, built: BuiltActor | undefined, diagnostics: Diagnostic[]): void {
    if (text === undefined) this.files.delete(file);
    else this.files.set(file, { text, known, built, diagnostics });
  }

  /** Forgets the files that are gone. */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.files.keys()) if (!files.has(file)) this.files.delete(file);
  }
}

/** The ids an actor file is checked against, as one string: when they change, every actor is built again. */
export function knownKey(known: Known): string {
  return JSON.stringify([
    known.knowIssues,
    [...known.issues.keys()],
    known.sources && [...known.sources.keys()],
    [...known.dropped],
    known.names,
  ]);
}

/** The actor as buildActor made it, before resolveModel linked its positions. */
export function unresolved(built: BuiltActor): BuiltActor {
  for (const p of built.actor.positions) {
    p.respondsTo = [];
    p.respondedBy = [];
    for (const c of p.counterpoints) delete c.byActor;
  }
  return built;
}
