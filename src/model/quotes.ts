// Quotes checked against the source they cite: when a source names a local
// text copy, every `quote:` and every `kind: quote` text citing it must occur
// in it word for word, up to whitespace and the shape of quotation marks.
import type { Diagnostic } from './diagnostics.js';
import { readSourceText } from './source-text.js';
import type { EvidenceItem, Location, Model } from './types.js';

/** Straight quotes for typographic ones, one space for any run of whitespace. */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** How `Model.quotesFound` names an evidence item. */
export function quoteKey(loc: Location): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/** True when `quote` occurs in `text` (both normalised). */
export function occursIn(quote: string, normalisedText: string): boolean {
  return normalisedText.includes(normaliseQuote(quote));
}

/**
 * Reads every source's text copy and checks the quotes that cite it. Problems
 * with the copy itself are errors at its `text:` line; quotes not found are
 * `quote-not-in-source` warnings at the quote (only when `lint` is on).
 */
export async function checkQuotes(model: Model, lint: boolean): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const texts = new Map<string, { text: string; path: string }>();
  for (const source of model.sources.values()) {
    const read = await readSourceText(model.dir, source);
    if (!read) continue;
    if (read.ok) texts.set(source.id, { text: normaliseQuote(read.text), path: source.text as string });
    else out.push(read.diagnostic);
  }
  if (texts.size === 0) return out;
  // The quotes found are kept on the model whether or not lint is on, so the detail view can mark them.
  const found = new Set<string>();
  model.quotesFound = found;
  const check = (e: EvidenceItem) => {
    const copy = e.source === undefined ? undefined : texts.get(e.source);
    if (!copy) return;
    let all = true;
    const warn = (loc: Location, what: string, words: string) => {
      if (occursIn(words, copy.text)) return;
      all = false;
      if (!lint) return;
      out.push({
        ...loc,
        severity: 'warning',
        rule: 'quote-not-in-source',
        message: `This ${what} is not word for word in ${copy.path} (source "${e.source}"): cite the words exactly as the text has them, or fix the text copy.`,
      });
    };
    if (e.quote !== undefined) warn(e.quoteLoc ?? e.loc, 'quote', e.quote);
    if (e.kind === 'quote') warn(e.textLoc ?? e.loc, 'quoted text', e.text);
    if (all && (e.quote !== undefined || e.kind === 'quote')) found.add(quoteKey(e.loc));
  };
  for (const actor of model.actors) {
    // A stale actor's locations belong to an older version of its file.
    if (actor.stale) continue;
    for (const p of actor.positions) {
      for (const e of p.evidence) check(e);
      for (const c of p.counterpoints) for (const e of c.evidence) check(e);
    }
  }
  return out;
}
