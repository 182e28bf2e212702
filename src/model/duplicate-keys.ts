// Repeated keys in one mapping, as one syntax error per mapping.
import { type Document, isMap, isPair, isScalar, isSeq, type YAMLMap, YAMLParseError } from 'yaml';
import type { Better } from './better-message.js';
import { singleLine } from './sanitize.js';

/**
 * Duplicate keys, found with one pass per mapping, one error per mapping at
 * the first repeat. Several at once usually mean two items ran together.
 */
export function duplicateKeys(doc: Document.Parsed): { errors: YAMLParseError[]; messages: Map<number, Better | null> } {
  const errors: YAMLParseError[] = [];
  const messages = new Map<number, Better>();
  // A plain recursive walk in document order (as yaml's visit, without its
  // bookkeeping: this runs over every mapping of every file). Depth is bounded:
  // too-deep files are refused before they are composed.
  const walk = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) walk(item);
      return;
    }
    // A pair can stand in a list too: [a: 1].
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
      return;
    }
    if (!isMap(node)) return;
    if (node.items.length > 1) checkMap(node);
    for (const pair of node.items) {
      walk(pair.key);
      walk(pair.value);
    }
  };
  const checkMap = (map: YAMLMap): void => {
    const seen = new Set<string>();
    const found: Array<{ offset: number; name: string }> = [];
    for (const pair of map.items) {
      const k = pair.key;
      if (!isScalar(k) || !k.range) continue;
      const name = String(k.value);
      if (!seen.has(name)) seen.add(name);
      else found.push({ offset: k.range[0], name: singleLine(name) });
    }
    const [first] = found;
    if (!first) return;
    // One error per mapping: the message names every repeated key.
    errors.push(new YAMLParseError([first.offset, first.offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    const names = [...new Set(found.map((f) => `"${f.name}"`))];
    const message =
      names.length === 1
        ? found.length === 1
          ? `Key ${names[0]} appears twice in this mapping: each key may appear once, so remove or rename one of them.`
          : `Key ${names[0]} appears ${found.length + 1} times in this mapping: each key may appear once, so remove or rename the repeats.`
        : `Keys ${names.slice(0, -1).join(', ')} and ${names.at(-1)} appear twice in this mapping: if two items have run together, add the missing "- " line between them; otherwise remove or rename the repeats.`;
    messages.set(first.offset, { offset: first.offset, message });
  };
  walk(doc.contents);
  return { errors, messages };
}
