// Ids for new files are checked before anything touches the disk, and a bad
// one comes back with the id the author most likely meant.
import { singleLine } from '../model/sanitize.js';
import { ID_PATTERN } from '../model/terms.js';

export type IdCheck = { ok: true } | { ok: false; message: string };

/** "Mexico_Gov" → "mexico-gov", "Sheinbaum’s critics" → "sheinbaum-s-critics", "México" → "mexico". */
export function kebabSuggestion(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function checkId(raw: string, what: string): IdCheck {
  if (ID_PATTERN.test(raw)) return { ok: true };
  // The id came from the command line: it may carry escape sequences too.
  const clean = singleLine(raw);
  const shown = JSON.stringify(clean.length > 60 ? `${clean.slice(0, 60)}…` : clean);
  const fix = kebabSuggestion(raw);
  const hint = fix ? ` Did you mean "${fix}"?` : ' Use lowercase letters and digits joined by single hyphens, like "military-action".';
  return { ok: false, message: `${shown} is not a valid ${what} id: ids are lower-kebab-case.${hint}` };
}

/** A readable name from an id, for the template: "us-administration" → "Us administration". */
export function nameFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
