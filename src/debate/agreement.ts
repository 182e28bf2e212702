// Agreement between actors: the one definition the compare view, the
// agreement map, the issue ranking and the cruxes all share.
import type { StanceT } from '../model/schema.js';
import { STANCES } from '../model/terms.js';
import type { Actor, Issue, Model, Position } from '../model/types.js';
import { memoOnModel } from './memo.js';
import { stanceSide } from './stance.js';

/**
 * agree: the same stance (for/for, mixed/mixed, …).
 * partial: the same side with different strength (for/leans-for), or one mixed while the other takes a side.
 * disagree: opposite sides of the issue's question.
 * unclear: at least one stance is "unclear".
 * silent: at least one actor has no position on the issue.
 */
export type Agreement = 'agree' | 'partial' | 'disagree' | 'unclear' | 'silent';
export const AGREEMENTS: readonly Agreement[] = ['agree', 'partial', 'disagree', 'unclear', 'silent'];

export function agreementOf(a: Position | undefined, b: Position | undefined): Agreement {
  if (!a || !b) return 'silent';
  const sa = stanceSide(a.stance);
  const sb = stanceSide(b.stance);
  if (sa === null || sb === null) return 'unclear';
  if (a.stance === b.stance) return 'agree';
  if (sa * sb < 0) return 'disagree';
  return 'partial';
}

export type Counts = Record<Agreement, number>;

export function zeroCounts(): Counts {
  return { agree: 0, partial: 0, disagree: 0, unclear: 0, silent: 0 };
}

/** Issues on which both take a stance that can be compared (neither silent nor unclear). */
export function shared(c: Counts): number {
  return c.agree + c.partial + c.disagree;
}

/** Fewer shared issues than this and a pair gets no figure: "too little overlap". */
export const MIN_OVERLAP = 2;

/**
 * Agreement of a pair, 0 to 1: (agree + partly / 2) / shared issues.
 * Undefined when they share fewer than MIN_OVERLAP issues.
 */
export function score(c: Counts): number | undefined {
  const n = shared(c);
  return n < MIN_OVERLAP ? undefined : (c.agree + c.partial / 2) / n;
}

/**
 * Counts for a pair over `issues`. "silent" counts only issues one of them
 * addresses: an issue neither addresses is no business of the pair.
 */
export function pairCounts(a: Actor, b: Actor, issues: readonly Issue[]): Counts {
  const c = zeroCounts();
  for (const issue of issues) {
    const pa = a.byIssue.get(issue.id);
    const pb = b.byIssue.get(issue.id);
    if (!pa && !pb) continue;
    c[agreementOf(pa, pb)]++;
  }
  return c;
}

export interface Band {
  glyph: string;
  word: string;
}

/** Score bands, as glyph and word together so the map never relies on colour. */
export const BANDS: ReadonlyArray<Band & { from: number }> = [
  { from: 0.8, glyph: '++', word: 'agree' },
  { from: 0.6, glyph: '+', word: 'mostly agree' },
  { from: 0.4, glyph: '~', word: 'split' },
  { from: 0.2, glyph: '-', word: 'mostly disagree' },
  { from: 0, glyph: '--', word: 'disagree' },
];
export const TOO_LITTLE: Band = { glyph: '..', word: 'too little overlap' };

export function band(c: Counts): Band {
  const s = score(c);
  if (s === undefined) return TOO_LITTLE;
  return BANDS.find((b) => s >= b.from - 1e-9) ?? (BANDS[BANDS.length - 1] as Band);
}

/** "agree 3 · partly 1 · disagree 2 · unclear 1 · one silent 1": every count, in words. */
export function countsInWords(c: Counts): string {
  return `agree ${c.agree} · partly ${c.partial} · disagree ${c.disagree} · unclear ${c.unclear} · one silent ${c.silent}`;
}

export interface AgreementGrid {
  actors: readonly Actor[];
  /** counts(i, j) for actors i and j (by index in `actors`); the same object both ways. */
  counts(i: number, j: number): Counts;
}

const CODED: readonly (StanceT | undefined)[] = [undefined, ...STANCES];
/** VERDICT[i * CODED.length + j]: agreementOf for stance codes i and j (0 is silence), null for both silent. */
const VERDICT: readonly (Agreement | null)[] = CODED.flatMap((x) =>
  CODED.map((y) => (x === undefined && y === undefined ? null : agreementOf(at(x), at(y)))),
);
function at(stance: StanceT | undefined): Position | undefined {
  return stance === undefined ? undefined : ({ stance } as Position);
}

/** Every pair of actors, computed once per model: stances coded as small numbers so 200 actors stay fast. */
export const agreementGrid = memoOnModel((model: Model): AgreementGrid => {
  const n = model.actors.length;
  const m = model.issues.length;
  const codes = new Uint8Array(n * m);
  model.actors.forEach((actor, i) => {
    model.issues.forEach((issue, k) => {
      const p = actor.byIssue.get(issue.id);
      codes[i * m + k] = p ? CODED.indexOf(p.stance) : 0;
    });
  });
  const cells: Counts[] = new Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const c = zeroCounts();
      for (let k = 0; k < m; k++) {
        const v = VERDICT[(codes[i * m + k] as number) * CODED.length + (codes[j * m + k] as number)];
        if (v) c[v]++;
      }
      cells[i * n + j] = c;
      cells[j * n + i] = c;
    }
  }
  return { actors: model.actors, counts: (i, j) => cells[i * n + j] as Counts };
});

/** A map cell: the band's glyph and the agree/partly/disagree counts, never colour alone. */
export function cellText(c: Counts, self: boolean): string {
  if (self) return '(self)';
  const b = band(c);
  return `${b.glyph} ${c.agree}/${c.partial}/${c.disagree}`;
}
