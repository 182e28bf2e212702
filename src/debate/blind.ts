// Blind mode: the same debate with every actor made anonymous ("Actor A",
// "Actor B", …), for exercises that separate what is said from who says it.
// It is a transform of the whole model, applied before any view or export, so
// no screen or format can show what it never receives: every string in the
// model (claims, quotes, titles, file paths, problem messages, map keys) has
// each actor's name, short name, id, role, people and every evidence speaker
// replaced, wherever they appear as whole words (case-sensitive).
import type { Model } from '../model/types.js';
import { memoOnModel } from './memo.js';

export function actorLetter(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** Every string blind mode hides, with what it becomes. Longer ones first, so "Ana Ruiz" goes before "Ana". */
export function blindSecrets(model: Model): Array<[string, string]> {
  const map = new Map<string, string>();
  const put = (secret: string | undefined, alias: string) => {
    const s = secret?.trim();
    if (s && !map.has(s)) map.set(s, alias);
  };
  model.actors.forEach((a, i) => {
    const letter = actorLetter(i);
    put(a.name, `Actor ${letter}`);
    put(a.short, `Actor ${letter}`);
    put(a.id, `actor-${letter.toLowerCase()}`);
    put(a.role, `(role of Actor ${letter})`);
    a.people.forEach((p, k) => {
      put(p.name, `Person ${letter}${k + 1}`);
      put(p.role, `(role of Person ${letter}${k + 1})`);
    });
  });
  let speaker = 0;
  for (const a of model.actors) {
    for (const p of a.positions) {
      for (const e of [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]) {
        if (e.speaker && !map.has(e.speaker.trim())) put(e.speaker, `Speaker ${++speaker}`);
      }
    }
  }
  // A person is named by surname as often as in full ("Sheinbaum said"): each
  // capitalised word of a person's or speaker's name is hidden as the whole name is.
  for (const [secret, alias] of [...map]) {
    if (!alias.startsWith('Person') && !alias.startsWith('Speaker')) continue;
    for (const word of secret.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(word)) put(word, alias);
  }
  return [...map].sort((x, y) => y[0].length - x[0].length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function scrubber(secrets: ReadonlyArray<[string, string]>): (s: string) => string {
  if (secrets.length === 0) return (s) => s;
  const alias = new Map(secrets);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${secrets.map(([s]) => escapeRegExp(s)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (s) => s.replace(re, (m) => alias.get(m) ?? m);
}

/** A deep copy with every string passed through `f`, shared objects staying shared. */
function deepMap<T>(value: T, f: (s: string) => string, seen = new Map<object, unknown>()): T {
  if (typeof value === 'string') return f(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const hit = seen.get(value);
  if (hit) return hit as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(deepMap(v, f, seen));
    return out as T;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(deepMap(k, f, seen), deepMap(v, f, seen));
    return out as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = deepMap(v, f, seen);
  return out as T;
}

/** The debate with its actors anonymous. Computed once per model. */
export const blindModel = memoOnModel((model: Model): Model => {
  const blind = deepMap(model, scrubber(blindSecrets(model)));
  // What is not a whole word elsewhere: the actor's own fields become exactly the alias.
  blind.actors.forEach((a, i) => {
    const letter = actorLetter(i);
    a.name = `Actor ${letter}`;
    a.short = `Actor ${letter}`;
    delete a.role;
    a.people = [];
  });
  return blind;
});
