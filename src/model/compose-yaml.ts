// Turns YAML tokens into a document: the parser's own steps, split so the
// nesting depth can be checked before the recursive composer could overflow.
import { Composer, type CST, type Document, LineCounter, YAMLParseError } from 'yaml';

export const MAX_DEPTH = 64;
/** Line starts counted from the text itself: the parser's own count misses the newlines inside some broken plain scalars. */
export function countLines(text: string): LineCounter {
  const lc = new LineCounter();
  // What lc.addNewLine does, without a call for each of a large debate's million lines.
  const starts = lc.lineStarts;
  starts.push(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return lc;
}

const PARSE_OPTIONS = {
  prettyErrors: false,
  // The library compares every key with every other (quadratic in a mapping's
  // size); duplicate-keys.ts finds duplicates with one pass per mapping instead.
  uniqueKeys: false,
  strict: true,
  // Keys are always names: `1:` or `true:` is the text "1"/"true" (then an
  // unknown key), and a list or mapping as a key is an error.
  stringKeys: true,
  // Stops the library printing its own warnings to stderr.
  logLevel: 'error',
} as const;

/** Composes the first document; a second one is reported as MULTIPLE_DOCS, as parseDocument does. */
export function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(PARSE_OPTIONS).compose(tokens, true, length)) {
    if (!doc) doc = next as Document.Parsed;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc as Document.Parsed;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, in file order; iterative, so any depth is safe. */
export function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  // Only collections can be too deep, so only they are stacked (with their depth alongside).
  const stack: CST.Token[] = [];
  const depths: number[] = [];
  const push = (token: CST.Token | null | undefined, depth: number) => {
    if (
      token &&
      (token.type === 'document' || token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection')
    ) {
      stack.push(token);
      depths.push(depth);
    }
  };
  for (let i = tokens.length - 1; i >= 0; i--) push(tokens[i], 0);
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token;
    const depth = depths.pop() as number;
    if (token.type === 'document') push(token.value, depth);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset;
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i] as CST.CollectionItem;
        push(item.value, depth + 1);
        push(item.key, depth + 1);
      }
    }
  }
  return undefined;
}
