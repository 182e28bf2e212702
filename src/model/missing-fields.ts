// Required keys that are not there, gathered so each mapping gets one message.
import type * as z from 'zod';
import { where } from './describe-path.js';
import type { FileReporter } from './diagnostics.js';
import { pathKey } from './key-mistakes.js';
import { findNode, type PathSegment, spanOf } from './locate.js';
import type { ParsedFile } from './parsed-file.js';

/** Required keys missing from one mapping are one message, at the mapping. */
export class MissingFields {
  private readonly byParent = new Map<string, { parent: PathSegment[]; names: string[] }>();
  constructor(
    private readonly file: ParsedFile,
    private readonly reporter: FileReporter,
  ) {}
  add(path: PathSegment[]) {
    const parent = path.slice(0, -1);
    const key = pathKey(parent);
    const group = this.byParent.get(key) ?? { parent, names: [] };
    group.names.push(String(path[path.length - 1]));
    this.byParent.set(key, group);
  }
  report() {
    for (const { parent, names } of this.byParent.values()) {
      const span = spanOf(findNode(this.file.doc, parent).node, this.file.lineCounter);
      const [only] = names;
      const message =
        names.length === 1
          ? `"${only}" is required${where(parent, this.file.data)}: add a line "${only}: …".`
          : `${names
              .map((n) => `"${n}"`)
              .join(', ')
              .replace(/, ([^,]+)$/, ' and $1')} are required${where(parent, this.file.data)}: add a line for each.`;
      this.reporter.error('missing-field', message, span.line, span.col);
    }
  }
}

/** A required key that is not there at all (zod reports it as the wrong type, or for an enum as a bad value). */
export function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code !== 'unrecognized_keys' && (!('input' in issue) || issue.input === undefined);
}
