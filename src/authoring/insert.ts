// Adding one item to a list of a file the author wrote, touching nothing else:
// the new lines go in as text after the list's last item, indented like its
// items, so every comment, quote style and blank line around them stays as it
// was. (Re-printing the document with the yaml library would re-flow it.) The
// result is parsed again and must hold the same data plus the new item.
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { scalar } from './templates.js';

export type Insertion = { ok: true; text: string } | { ok: false; message: string };

/** `text` with a mapping made of `fields` appended to the top-level block list `key` (added at the end if missing). */
export function appendToList(text: string, key: string, fields: ReadonlyArray<readonly [string, string]>): Insertion {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { ok: false, message: 'it does not parse as YAML key: value lines' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  const value = pair?.value as Node | null | undefined;
  let out: string;
  if (!pair) {
    const body = text.length === 0 || text.endsWith('\n') ? text : `${text}${eol}`;
    out = `${body}${key}:${eol}${itemLines(fields, '  - ', '    ', eol)}`;
  } else if (
    value === null ||
    value === undefined ||
    (isScalar(value) && value.value === null) ||
    (isSeq(value) && value.flow && value.items.length === 0)
  ) {
    // "key:" with nothing, or "key: []": the list starts on the next line.
    const keyNode = pair.key as Node;
    const from = keyNode.range?.[1] ?? 0;
    const colon = text.indexOf(':', from);
    const cut = value && isSeq(value) && value.range ? value.range[1] : colon + 1;
    const lineEnd = lineEndAfter(text, cut);
    const indent = ' '.repeat(columnOf(text, keyNode.range?.[0] ?? 0) + 2);
    const rest = text.slice(cut, lineEnd.at).replace(/^\s+/, ' ').trimEnd();
    out = `${text.slice(0, colon + 1)}${rest === '' ? '' : rest}${eol}${itemLines(fields, `${indent}- `, `${indent}  `, eol)}${text.slice(lineEnd.next)}`;
  } else if (isSeq(value) && !value.flow && value.items.length > 0) {
    const first = value.items[0] as Node;
    const last = value.items[value.items.length - 1] as Node;
    const dash = columnOf(text, value.range?.[0] ?? 0);
    const keyCol = isMap(first) && first.range ? columnOf(text, first.range[0]) : dash + 2;
    let end = last.range?.[1] ?? text.length;
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    const lineEnd = lineEndAfter(text, end);
    const head = `${' '.repeat(dash)}-${' '.repeat(Math.max(1, keyCol - dash - 1))}`;
    const lines = itemLines(fields, head, ' '.repeat(keyCol), eol);
    out = `${text.slice(0, lineEnd.at)}${eol}${lines}${text.slice(lineEnd.next)}`;
    if (lineEnd.next === lineEnd.at) out = `${text.slice(0, lineEnd.at)}${eol}${lines.slice(0, -eol.length)}`;
  } else {
    return { ok: false, message: `its "${key}:" is not a list of "- " lines (write the new item by hand)` };
  }
  return verify(text, out, key, fields);
}

function itemLines(fields: ReadonlyArray<readonly [string, string]>, head: string, indent: string, eol: string): string {
  return fields.map(([k, v], i) => `${i === 0 ? head : indent}${k}: ${scalar(v)}${eol}`).join('');
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The end of the line `offset` is on, and where the next line starts. */
function lineEndAfter(text: string, offset: number): { at: number; next: number } {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return { at: text.length, next: text.length };
  return { at: text[nl - 1] === '\r' ? nl - 1 : nl, next: nl + 1 };
}

/** The new text must read as the old data with exactly one more item, the one meant. */
function verify(before: string, after: string, key: string, fields: ReadonlyArray<readonly [string, string]>): Insertion {
  const old = parseDocument(before).toJS() as Record<string, unknown>;
  const next = parseDocument(after);
  if (next.errors.length > 0) return { ok: false, message: 'the new item would not parse (write it by hand)' };
  const data = next.toJS() as Record<string, unknown>;
  const list = data[key];
  const was = old[key];
  const expected = {
    ...old,
    [key]: [...(Array.isArray(was) ? was : []), Object.fromEntries(fields)],
  };
  if (!Array.isArray(list) || JSON.stringify(data) !== JSON.stringify(reorder(expected, data))) {
    return { ok: false, message: 'the new item would change more than the one list (write it by hand)' };
  }
  return { ok: true, text: after };
}

/** `expected` with its keys in the order of `actual` (a key added at the end of the file comes last). */
function reorder(expected: Record<string, unknown>, actual: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(actual)) if (k in expected) out[k] = expected[k];
  for (const k of Object.keys(expected)) if (!(k in out)) out[k] = expected[k];
  return out;
}
