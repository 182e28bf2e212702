// The resolved model: what every view and export reads. Built once at load;
// references are resolved to keys and the reverse links ("who answers this")
// are precomputed so no view ever scans the whole debate.
import type { Diagnostic, Location } from './diagnostics.js';
import type { EvidenceKindT, SourceT, StanceT } from './schema.js';

export type { Location };

export interface EvidenceItem {
  kind: EvidenceKindT;
  text: string;
  speaker?: string;
  source?: string;
  quote?: string;
  locator?: string;
  loc: Location;
  /** Where the `quote:` and `text:` values are, for the quote checks (set only when there is a quote to check). */
  quoteLoc?: Location;
  textLoc?: Location;
}

export interface Counterpoint {
  /** As written: an actor id or free text. */
  by?: string;
  /** Set when `by` names an actor of this debate. */
  byActor?: string;
  text: string;
  evidence: EvidenceItem[];
  loc: Location;
}

export interface Position {
  /** "actor/position": unique across the debate. */
  key: string;
  id: string;
  actorId: string;
  issueId: string;
  stance: StanceT;
  claim: string;
  evidence: EvidenceItem[];
  counterpoints: Counterpoint[];
  /** Keys of the positions this one answers (only those that resolved). */
  respondsTo: string[];
  /** Keys of the positions that answer this one. */
  respondedBy: string[];
  loc: Location;
}

export interface Person {
  name: string;
  role?: string;
}

export interface Actor {
  id: string;
  name: string;
  short: string;
  role?: string;
  people: Person[];
  positions: Position[];
  /** The actor's position on each issue it addresses. */
  byIssue: Map<string, Position>;
  file: string;
  /** Where the actor's positions start, for problems about the actor as a whole. */
  loc: Location;
  /** True when the file is currently broken and this is its last good version. */
  stale?: boolean;
  /** Built from a file with errors, as far as it loads: not a last good version to fall back to. */
  broken?: boolean;
}

export interface Issue {
  id: string;
  title: string;
  question: string;
  summary?: string;
  /** Discussion prompts for this issue, in file order. */
  prompts: string[];
  loc: Location;
}

export interface Source extends SourceT {
  loc: Location;
  /** Where its `text:` path is written, when it names a local copy. */
  textLoc?: Location;
}

export interface Model {
  /** The debate folder (absolute). */
  dir: string;
  /** debate.yaml (absolute). */
  file: string;
  title: string;
  question: string;
  summary?: string;
  asOf?: string;
  issues: Issue[];
  actors: Actor[];
  sources: Map<string, Source>;
  /** Prompts for the debate as a whole (no issue). */
  prompts: string[];
  positions: Map<string, Position>;
  diagnostics: Diagnostic[];
  /**
   * Evidence whose quotes were all found word for word in its source's local
   * text copy (see quotes.ts), by `file:line:col` of the item: the detail view marks them.
   */
  quotesFound?: ReadonlySet<string>;
  /**
   * True when debate.yaml is currently broken and the title, question,
   * issues, sources and prompts are its last good version (live reload).
   */
  debateStale?: boolean;
}
