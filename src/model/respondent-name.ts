// Where a respondent file goes and what it is called: responses/<name>.yaml,
// the name made safe for a file name. Without the schema, so the TUI can say
// where answers will be saved before they are.
import { basename } from 'node:path';

export { RESPONSES_DIR } from './terms.js';

/** A file name for a respondent's name: lower-kebab-case ASCII, never empty, never a path. */
export function respondentFileBase(name: string): string {
  return (
    basename(name)
      .toLowerCase()
      .normalize('NFKD')
      // The accents come apart from their letters: ë is e and a mark, and the mark goes.
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'respondent'
  );
}
