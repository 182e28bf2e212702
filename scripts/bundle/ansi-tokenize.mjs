// What Ink gets in the bundle when it imports @alcalzone/ansi-tokenize (see the
// memo plugin in scripts/build.mjs): the same functions, with the same results,
// that cost little when a line repeats or keeps one style for many characters.
//
// Ink builds every frame as a grid of styled characters, one object per cell,
// and turns each row back into a string with styledCharsToString, which diffs
// the styles of every pair of neighbours through several Sets and arrays: some
// 4,000 diffs a frame at 120×36, almost all between equal styles. Here the
// characters of one run of text share one styles array, and a diff is only
// computed where the style really changes.
import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens as realChars, tokenize as realTokenize } from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

const chars = new WeakMap();

/** Like the real one, but characters with the same style share one styles array (Ink only reads it). */
export function styledCharsFromTokens(tokens) {
  let styled = chars.get(tokens);
  if (styled === undefined) {
    styled = realChars(tokens);
    for (let i = 1; i < styled.length; i++) {
      if (sameCodes(styled[i - 1].styles, styled[i].styles)) styled[i].styles = styled[i - 1].styles;
    }
    chars.set(tokens, styled);
  }
  return styled;
}

const NONE = Object.freeze([]);

/** The same string as the real one: the styles change only where the codes differ. */
export function styledCharsToString(chars) {
  let out = '';
  let active = NONE;
  for (const char of chars) {
    const styles = char.styles;
    if (styles !== active) {
      if (!sameCodes(active, styles)) out += ansiCodesToString(diffAnsiCodes(active, styles));
      active = styles;
    }
    out += char.value;
  }
  if (active.length > 0) out += ansiCodesToString(diffAnsiCodes(active, []));
  return out;
}

function sameCodes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  }
  return true;
}

// The lines of the last screen or two, least recently drawn dropped first: each
// holds an object per character, so a larger cache costs memory for nothing.
const lines = new Map();

export function tokenize(str, endChar) {
  if (endChar !== undefined) return realTokenize(str, endChar);
  let tokens = lines.get(str);
  if (tokens === undefined) {
    tokens = realTokenize(str);
    if (lines.size >= 120) lines.delete(lines.keys().next().value);
  } else lines.delete(str);
  lines.set(str, tokens);
  return tokens;
}
