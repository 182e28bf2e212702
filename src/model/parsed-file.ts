import type { Document, LineCounter } from 'yaml';

/** A file whose YAML was sound: what validation needs. */
export interface ParsedFile {
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
}
