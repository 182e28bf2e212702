// Checks a parsed document's aliases and cleans the control characters out of its text.
import { type Alias, type Document, isAlias, isMap, isPair, isScalar, isSeq, type Scalar, visit } from 'yaml';
import type { FileReporter } from './diagnostics.js';
import { hasLoneSurrogate, isClean, sanitize, singleLine } from './sanitize.js';

export const MAX_ALIASES = 100;

/**
 * One walk over the document, in file order (as yaml's `visit`, but without
 * its per-node bookkeeping: this runs over every node of every file): an alias
 * must name an anchor set above it (checked here so toJS only ever fails on
 * expansion), and text with control or escape characters is cleaned, with a
 * warning. Recursion is safe: the depth was limited before composing.
 */
export function checkAndSanitize(doc: Document.Parsed, report: FileReporter, at: (o: number) => { line: number; col: number }): boolean {
  const badAliases: Alias[] = [];
  const unclean: Scalar[] = [];
  // Anchors met so far, in file order: an alias must name one of them. (Asking
  // each alias to resolve itself searches the whole document every time.)
  const anchors = new Set<string>();
  const aliases: Alias[] = [];
  const walk = (node: unknown): void => {
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) anchors.add(node.anchor);
    if (isScalar(node)) {
      if (typeof node.value === 'string' && !isClean(node.value)) unclean.push(node);
    } else if (isAlias(node)) {
      if (!anchors.has(node.source)) badAliases.push(node);
      else aliases.push(node);
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) {
          walk(item.key);
          walk(item.value);
        } else walk(item);
      }
    }
  };
  walk(doc.contents);
  for (const node of badAliases) {
    const { line, col } = at(node.range?.[0] ?? 0);
    report.error(
      'bad-alias',
      `Alias "*${singleLine(node.source)}" names no anchor "&${singleLine(node.source)}" above it: define the anchor first, or write the text out.`,
      line,
      col,
    );
  }
  if (badAliases.length > 0) return false;
  // The library resolves each alias by scanning every anchor before it, so many
  // aliases cost time even when they expand to little.
  const extra = aliases[MAX_ALIASES];
  if (extra) {
    const { line, col } = at(extra.range?.[0] ?? 0);
    report.error(
      'alias-limit',
      `This file uses ${aliases.length} aliases; the limit is ${MAX_ALIASES}. Write the text out instead of repeating it with *aliases.`,
      line,
      col,
    );
    return false;
  }
  for (const node of unclean) {
    const value = node.value as string;
    const clean = sanitize(value);
    const { line, col } = at(node.range?.[0] ?? 0);
    if (hasLoneSurrogate(value)) {
      report.warn(
        'lone-surrogate',
        'This text holds half of a surrogate pair (a \\u escape such as "\\uD83D" without its partner), which cannot be displayed: it is shown as �. Write the character itself, or both halves of the pair.',
        line,
        col,
      );
    }
    const removed = value.length - clean.length;
    if (removed > 0 || !isClean(value.replace(/[\ud800-\udfff]/g, ''))) {
      report.warn(
        'control-characters',
        `Removed ${removed > 0 ? removed : 'some'} control or escape character${removed === 1 ? '' : 's'} from this text; delete them from the file.`,
        line,
        col,
      );
    }
    node.value = clean;
  }
  return true;
}

export function firstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
