// Checks parsed data against the zod schema and turns each zod issue into a
// diagnostic at the exact YAML node, with "did you mean" where it helps.
import type * as z from 'zod';
import { describePath, EXPECTED, typeName, valueAt, where } from './describe-path.js';
import type { FileReporter } from './diagnostics.js';
import { misplaced, misspeltKeys, pathKey, shapeOf, strangeObjects } from './key-mistakes.js';
import { findKey, findNode, type PathSegment, spanOf } from './locate.js';
import { isMissing, MissingFields } from './missing-fields.js';
import type { ParsedFile } from './parsed-file.js';
import { singleLine } from './sanitize.js';
import { isOptional, keysOf } from './schema-at.js';
import { didYouMean, didYouMeanValue, idByTitle } from './suggest.js';
import { ID_PATTERN } from './terms.js';

/**
 * What the rest of the debate knows, for messages that lead to the fix: for a
 * field that names an item ("issue", "source"), each item as [id, title].
 */

export type Names = Readonly<Record<string, ReadonlyArray<readonly string[]>>>;

export interface Validated<T> {
  value?: T;
  /** For each kept item of a salvaged top-level list, its index in the file. */
  origin: Map<string, number[]>;
}

/**
 * Validates `data`. Items of the top-level lists named in `salvage` are checked
 * one by one, so a broken position or issue is reported and dropped while the
 * rest of the file still loads.
 */
export function validate<T>(
  schema: z.ZodType<T>,
  file: ParsedFile,
  report: FileReporter,
  salvage: readonly string[],
  names: Names = {},
): Validated<T> {
  const { data } = file;
  const origin = new Map<string, number[]>();
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return { value: parsed.data, origin };

  const badItems = new Map<string, Set<number>>();
  const typos = misspeltKeys(parsed.error.issues, schema);
  const strange = strangeObjects(parsed.error.issues, schema, data);
  const missing = new MissingFields(file, report);
  for (const issue of parsed.error.issues) {
    // A misspelt required key is one mistake: "did you mean" on the typo says it all.
    // And a block under the wrong key lacks that key's fields only because it is something else.
    const consequence = isMissing(issue) && (typos.has(pathKey(issue.path)) || strange.has(pathKey(issue.path.slice(0, -1))));
    if (isMissing(issue)) {
      if (!consequence) missing.add(issue.path.filter((p): p is PathSegment => typeof p !== 'symbol'));
    } else reportIssue(issue, schema, file, report, names);
    const [top, index] = issue.path;
    if (typeof top === 'string' && salvage.includes(top) && typeof index === 'number') {
      let set = badItems.get(top);
      if (!set) badItems.set(top, (set = new Set()));
      set.add(index);
    }
  }
  missing.report();
  if (badItems.size === 0 || !data || typeof data !== 'object') return { origin };

  const trimmed: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, bad] of badItems) {
    const list = trimmed[key];
    if (!Array.isArray(list)) continue;
    const keep: number[] = [];
    for (let i = 0; i < list.length; i++) if (!bad.has(i)) keep.push(i);
    trimmed[key] = keep.map((i) => list[i]);
    origin.set(key, keep);
  }
  const second = schema.safeParse(trimmed);
  return second.success ? { value: second.data, origin } : { origin: new Map() };
}

function reportIssue(issue: z.core.$ZodIssue, schema: z.ZodType, file: ParsedFile, report: FileReporter, names: Names) {
  const { doc, lineCounter: lc } = file;
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const last = path[path.length - 1];
  const name = String(last ?? 'file');
  // An item of a list is named by its id or place: "position 2", not "1"; a key by itself and where it is.
  const label = typeof last === 'number' ? describePath(path, file.data) : `"${name}"${where(path.slice(0, -1), file.data)}`;
  const at = (node: Parameters<typeof spanOf>[0]) => spanOf(node, lc);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysOf(schema, path);
      const alien = misplaced(issue, schema, file.data) ?? [];
      if (alien.length > 0) {
        const span = at(findKey(doc, path, alien[0] as string));
        const names = alien.map((k) => `"${singleLine(k)}"`);
        const list = names.length === 1 ? `key ${names[0]}` : `keys ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
        const shape = shapeOf(alien);
        const hint = shape
          ? ` ${names.length === 1 ? 'It is a key' : 'They are the keys'} of ${shape}: check the indentation of these lines, and that the line naming their list is there.`
          : ` Remove ${names.length === 1 ? 'it' : 'them'}, or use one of the keys allowed here: ${allowed.join(', ')}.`;
        report.error('unknown-key', `Unknown ${list}${where(path, file.data)}.${hint}`, span.line, span.col);
      }
      for (const key of issue.keys.filter((k) => !alien.includes(k))) {
        const span = at(findKey(doc, path, key));
        const hint =
          key === '<<'
            ? ' Merge keys are not supported: write the keys out in full.'
            : didYouMean(key, allowed) || ` Remove it, or use one of the keys allowed here: ${allowed.join(', ')}.`;
        report.error('unknown-key', `Unknown key "${singleLine(key)}"${where(path, file.data)}.${hint}`, span.line, span.col, span.end);
      }
      return;
    }
    case 'invalid_type': {
      const span = at(findNode(doc, path).node);
      if (path.length === 0) {
        const [first, second] = keysOf(schema, []);
        report.error(
          'wrong-type',
          `This file must hold "key: value" lines, not ${typeName(issue.input)}: write it as "${first}: …", "${second}: …" and so on.`,
          span.line,
          span.col,
          span.end,
        );
        return;
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      report.error(
        'wrong-type',
        `${label} must be ${expected}, not ${typeName(issue.input)}. ${typeHint(issue.expected, issue.input, name, keysOf(schema, path), file, path)}`,
        span.line,
        span.col,
        span.end,
      );
      return;
    }
    case 'invalid_value': {
      const span = at(findNode(doc, path).node);
      const values = issue.values.map(String);
      const got = typeof issue.input === 'string' ? `"${singleLine(issue.input)}"` : typeName(issue.input);
      const hint = (typeof issue.input === 'string' ? didYouMeanValue(issue.input, values) : '') || ' Use one of those words, as written.';
      report.error('bad-value', `${label} must be one of ${values.join(', ')}; got ${got}.${hint}`, span.line, span.col, span.end);
      return;
    }
    case 'invalid_format': {
      const span = at(findNode(doc, path).node);
      if (issue.format === 'url') {
        const got = typeof issue.input === 'string' ? `; got "${singleLine(issue.input)}"` : '';
        report.error(
          'bad-value',
          `${label} must be a web address starting with https:// or http://${got}. Write the full address, or remove the line.`,
          span.line,
          span.col,
          span.end,
        );
        return;
      }
      const rule = issue.format === 'regex' ? 'bad-id' : 'bad-value';
      const input = typeof issue.input === 'string' ? issue.input : '';
      const kebab = input
        .toLowerCase()
        .replace(/[^a-z0-9/]+/g, '-')
        .replace(/^-+|-+$/g, '');
      const titled = issue.format === 'regex' && input ? idByTitle(input, names[name] ?? []) : undefined;
      const example = issue.format === 'regex' ? exampleId(name, path, file.data, names) : undefined;
      const like = example === undefined || titled !== undefined ? '' : `, like "${example}"`;
      const fix =
        issue.format !== 'regex'
          ? ''
          : titled !== undefined
            ? ` "${singleLine(input)}" is the title of ${name} "${titled}": write its id, ${name}: ${titled}.`
            : /reference/.test(issue.message)
              ? ' Write "actor-id/position-id" for another actor\'s position, or just "position-id" for one in this file.'
              : kebab && kebab !== input && !kebab.includes('/')
                ? ` Write it as "${singleLine(kebab)}".`
                : ' Use lower-case letters, digits and single hyphens.';
      report.error(rule, `${label}: ${issue.message}${like}.${fix}`, span.line, span.col, span.end);
      return;
    }
    case 'too_small': {
      const span = at(findNode(doc, path).node);
      const fix =
        issue.origin === 'array'
          ? ` Add one under "${name}:".`
          : isOptional(schema, path)
            ? ' Fill it in, or remove the line.'
            : ' Fill it in.';
      report.error('empty-value', `${label}: ${issue.message}.${fix}`, span.line, span.col, span.end);
      return;
    }
    default: {
      const span = at(findNode(doc, path).node);
      report.error('bad-value', `${label}: ${issue.message}.`, span.line, span.col, span.end);
    }
  }
}

/** What to write instead of a value of the wrong type. */
function typeHint(
  expected: string,
  input: unknown,
  name: string,
  keys: readonly string[],
  file: ParsedFile,
  path: readonly PathSegment[],
): string {
  if (ArrayBuffer.isView(input) || input instanceof Date || input instanceof Set) return 'Remove the !! tag and write plain text.';
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean'))
    return `Put it in quotes, e.g. "${sourceText(file, path) ?? String(input)}", so YAML keeps it as text.`;
  if (expected === 'string') return `Write the text after "${name}:" on the same line, in quotes if it contains ": ".`;
  if (expected === 'array') return `Write each item on its own line starting with "- ", indented under "${name}:".`;
  if (expected === 'object' && keys.length > 0) return `Write it as "key: value" lines, such as "${keys[0]}: …".`;
  return 'Check what this key expects in the example debate.';
}

function sourceText(file: ParsedFile, path: readonly PathSegment[]): string | undefined {
  const { node, exact } = findNode(file.doc, path);
  const range = node?.range;
  return exact && range ? singleLine(file.text.slice(range[0], range[1])) : undefined;
}

/** An id written the right way from the reader's own debate, to show the form: never one from another debate. */
function exampleId(field: string, path: readonly PathSegment[], data: unknown, names: Names): string | undefined {
  const known = (names[field] ?? []).map(([id]) => id);
  // The ids beside this one: other items of the same list.
  const list = path.length >= 3 && typeof path[path.length - 2] === 'number' ? valueAt(data, path.slice(0, -2)) : undefined;
  const siblings = Array.isArray(list)
    ? list.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined))
    : [];
  return [...known, ...siblings].find((id): id is string => typeof id === 'string' && ID_PATTERN.test(id));
}
