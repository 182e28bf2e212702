// "Did you mean …?" for misspelt keys, ids and enum values.
import { distance } from 'fastest-levenshtein';

export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  // Accept roughly one typo per three letters; further than that is noise.
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestScore <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` Did you mean "${c}"?`;
}

/** Text as a reader types a title: case, punctuation and spacing do not count. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The id of the item whose title (or name) `text` is: people write what the
 * screen shows them. `items` are [id, title, …other names] tuples.
 */
export function idByTitle(text: string, items: Iterable<readonly string[]>, fuzzy = true): string | undefined {
  const want = plain(text);
  if (want === '') return undefined;
  const byName = new Map<string, string>();
  for (const [id, ...names] of items) for (const n of names) if (id !== undefined && !byName.has(plain(n))) byName.set(plain(n), id);
  const exact = byName.get(want);
  if (exact !== undefined || !fuzzy) return exact;
  const near = closest(want, byName.keys());
  return near === undefined ? undefined : byName.get(near);
}

// Words people reach for, and the word of the format that means the same.
// Only offered when edit distance finds nothing, and only among the values allowed there.
const SYNONYMS: Record<string, string> = {
  // Stances.
  neutral: 'mixed',
  both: 'mixed',
  split: 'mixed',
  ambivalent: 'mixed',
  support: 'for',
  supports: 'for',
  supportive: 'for',
  yes: 'for',
  pro: 'for',
  favour: 'for',
  favor: 'for',
  'in-favour': 'for',
  'in-favor': 'for',
  oppose: 'against',
  opposes: 'against',
  opposed: 'against',
  no: 'against',
  con: 'against',
  contra: 'against',
  unknown: 'unclear',
  undecided: 'unclear',
  silent: 'unclear',
  'no-position': 'unclear',
  // Evidence kinds.
  opinion: 'interpretation',
  view: 'interpretation',
  analysis: 'interpretation',
  data: 'statistic',
  number: 'statistic',
  figure: 'statistic',
  stat: 'statistic',
  stats: 'statistic',
  statement: 'claim',
  argument: 'claim',
  assertion: 'claim',
  event: 'fact',
  citation: 'quote',
  testimony: 'quote',
  // Source kinds.
  newspaper: 'news-article',
  news: 'news-article',
  article: 'news-article',
  press: 'news-article',
  government: 'official',
  gov: 'official',
  ministry: 'official',
  legislation: 'official',
  law: 'official',
  editorial: 'opinion',
  column: 'opinion',
  blog: 'opinion',
  'op-ed': 'opinion',
  study: 'report',
  paper: 'report',
  research: 'report',
  dataset: 'data',
  statistics: 'data',
  website: 'other',
  interview: 'other',
};

/** "Did you mean" by spelling, else by meaning: `neutral` → "mixed", `newspaper` → "news-article". */
export function didYouMeanValue(word: string, values: readonly string[]): string {
  // Meaning first: "no" is one letter from "for" and means the opposite.
  const meant = SYNONYMS[plain(word).replace(/ /g, '-')];
  if (meant !== undefined && values.includes(meant)) return ` For "${word}", write "${meant}".`;
  return didYouMean(word, values);
}
