// The loader's intermediate shapes, shared by load.ts (reads and validates),
// resolve.ts (builds the model) and unchanged.ts (reuses what did not change),
// here so that none of the three imports another for a type.
import type { PathSegment } from './locate.js';
import type { Actor, Location, Position } from './types.js';
import type { Names } from './validate.js';

/** A validated file, with a way to find any of its data paths in the YAML. */
export interface Loaded<T> {
  file: string;
  value: T;
  /** Index in the file of each kept item of a salvaged list. */
  origin: Map<string, number[]>;
  /**
   * Text written on the items that validation dropped (their ids, or what was
   * meant as one), per list: references to them are not reported again.
   */
  dropped: Map<string, Set<string>>;
  at(path: readonly PathSegment[]): Location;
}

export interface ActorFile {
  id: string;
  file: string;
  /** The actor built from the file as soon as it was read (its data and locations no longer needed). */
  built?: BuiltActor;
  /** The file itself has errors (reading, YAML, fields, ids it names): live reload shows its last good version instead. */
  broken?: boolean;
}

/** An actor built from its file, with the references still to check against the other actors. */
export interface BuiltActor {
  actor: Actor;
  refs: Array<{ from: Position; ref: string; loc: Location }>;
  /** Positions written in the file but dropped by validation. */
  skipped: Set<string>;
}

export interface Ids {
  has(id: string): boolean;
  keys(): IterableIterator<string>;
}

export interface Known {
  /** False when debate.yaml did not load: then nothing can be said about issues. */
  knowIssues: boolean;
  issues: Ids;
  /** Undefined when debate.yaml did not load. */
  sources: Ids | undefined;
  /** Ids on the items of debate.yaml that did not validate. */
  dropped: Set<string>;
  /** Each issue and source as [id, title], to suggest an id where a title was written. */
  names?: Names;
}
