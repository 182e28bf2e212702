// Maps a data path (as zod reports it) back to the YAML node it came from, so a
// problem can be shown at its exact line and column.
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type PathSegment = string | number;

export interface Span {
  line: number;
  col: number;
  end?: { line: number; col: number };
}

export interface Found {
  /** The node the path reaches, or the nearest parent that exists. */
  node: Node | null;
  /** True when the whole path was found. */
  exact: boolean;
}

export function findNode(doc: Document, path: readonly PathSegment[]): Found {
  let node = doc.contents as Node | null;
  for (const seg of path) {
    const next = child(node, seg);
    if (next === undefined) return { node, exact: false };
    node = next;
  }
  return { node, exact: true };
}

function child(node: Node | null, seg: PathSegment): Node | null | undefined {
  if (isSeq(node) && typeof seg === 'number') return (node.items[seg] as Node | null) ?? undefined;
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    return pair ? ((pair.value as Node | null) ?? (pair.key as Node)) : undefined;
  }
  return undefined;
}

/** The key node of `key` inside the mapping at `path` (for unknown keys). */
export function findKey(doc: Document, path: readonly PathSegment[], key: string): Node | null {
  const { node } = findNode(doc, path);
  if (!isMap(node)) return node;
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return pair ? (pair.key as Node) : node;
}

export function spanOf(node: Node | null | undefined, lc: LineCounter): Span {
  const range = node?.range;
  if (!range) return { line: 1, col: 1 };
  const start = lc.linePos(range[0]);
  const end = lc.linePos(range[1]);
  return { line: start.line, col: start.col, end: { line: end.line, col: end.col } };
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/**
 * Where each node of a document starts, kept without the document itself: a
 * leaf is its offset, a mapping or list also holds its children. A loaded file
 * answers "where is this path?" from these, so its (much larger) syntax tree can
 * be dropped as soon as it is validated. -1 marks a node with no position.
 * A mapping's `keys` are its key names each followed by its value's spot
 * (a mapping has a handful of keys: a list is smaller and faster than a Map).
 */
export type Spot = number | { at: number; keys?: Array<string | Spot>; items?: Array<Spot | undefined> };

export function spotsOf(node: Node | null | undefined): Spot | undefined {
  if (!node) return undefined;
  const at = node.range?.[0] ?? -1;
  if (isSeq(node)) return { at, items: node.items.map((x) => spotsOf(x as Node | null)) };
  if (isMap(node)) {
    const keys: Array<string | Spot> = [];
    // Any file comes this way, with any number of keys: each is looked for in a set, not in the list.
    const named = new Set<string>();
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      const name = String(p.key.value);
      // The first pair with this key wins, as in findNode.
      const spot = spotsOf((p.value as Node | null) ?? (p.key as Node));
      if (!named.has(name) && spot !== undefined) {
        named.add(name);
        keys.push(name, spot);
      }
    }
    return { at, keys };
  }
  return at;
}

/** The spot of the value of key `name`, in a mapping's `keys`. */
function keyed(keys: Array<string | Spot>, name: string): Spot | undefined {
  for (let i = 0; i < keys.length; i += 2) if (keys[i] === name) return keys[i + 1] as Spot;
  return undefined;
}

/** The offset of the node `path` reaches, or of the nearest parent that exists (as findNode); -1 when unknown. */
export function findSpot(root: Spot | undefined, path: readonly PathSegment[]): number {
  if (root === undefined) return -1;
  let spot: Spot = root;
  for (const seg of path) {
    if (typeof spot === 'number') break;
    const next: Spot | undefined = spot.items
      ? typeof seg === 'number'
        ? spot.items[seg]
        : undefined
      : spot.keys && keyed(spot.keys, String(seg));
    if (next === undefined) break;
    spot = next;
  }
  return typeof spot === 'number' ? spot : spot.at;
}
