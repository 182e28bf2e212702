// A fast reader for the plain YAML that nearly every debate file is written in
// (block mappings and lists, plain and quoted text on one line, folded and
// literal blocks, one-line [lists], comments), ten times the speed of the full
// parser. It returns what the full parser (read.ts) would return for such a
// file: the same data, and the same start offset for every node (`Spot`, all a
// loaded file keeps of its syntax tree). Anything else (anchors, tags, several
// documents, tabs, a duplicate key, text that is not a string, escapes, odd
// indentation, any doubt at all) makes it give up, and the file goes the full
// way, so its diagnostics are exactly the full parser's.
// test/model/clean-yaml.test.ts holds it to the full parser, value by value.
import type { Spot } from './locate.js';
import { hasLoneSurrogate } from './sanitize.js';

export interface CleanYaml {
  data: Record<string, unknown>;
  spots: Spot;
}

/** Thrown to give up; never leaves this file. */
const DECLINE = Symbol('decline');

/** Deeper than any standpoint file, far below the full path's own limit. */
const MAX_DEPTH = 32;
/** Far longer than any key of the format, far below the 1,024 characters YAML allows a key. */
const MAX_KEY = 100;
/** Far more keys than any mapping of the format has (duplicates are found by comparing each with the others). */
const MAX_KEYS = 32;
/** What the core schema would read as null, a boolean or a number: never text, so never ours. */
const NOT_TEXT =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
/** A table of ASCII characters, for tests run on every value (cheaper than a Set of one-character strings). */
function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}
/** Characters that give a plain scalar's first character a meaning of its own (YAML's indicators). */
const INDICATORS = asciiTable('-?:,[]{}#&*!|>\'"%@`');
const isIndicator = (code: number): boolean => INDICATORS[code] === 1;
/** What ends a plain item of a one-line [list]. */
const FLOW_ENDS = asciiTable(',[]{}#:\n"\'');
/** The first characters NOT_TEXT can match (or an empty text): only those texts need the search. */
const MAY_NOT_BE_TEXT = asciiTable('~NnTtFf0123456789+-.');
const isText = (value: string): boolean => (value.length > 0 && MAY_NOT_BE_TEXT[value.charCodeAt(0)] !== 1) || !NOT_TEXT.test(value);
/** Most files are printable ASCII and newlines: then the two searches below are not needed. */
const BEYOND_ASCII = /[^\n\x20-\x7e]/;
/**
 * Tabs, CRs, the characters whose whitespace status differs between YAML
 * versions or parsers, and every character sanitize.ts removes (then the full
 * path warns): one search instead of two.
 */
const AWKWARD =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f\u2066-\u2069\u3000\ufeff]/;

/** Keys met so far in any file, by length (see Reader.key): a few dozen in a debate, but files are untrusted. */
const KEYS: Array<string[] | undefined> = [];
const MAX_KEYS_KEPT = 64;
let keysKept = 0;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;

/** The file's data and node offsets, or undefined when the file needs the full parser. */
export function parseCleanYaml(text: string): CleanYaml | undefined {
  if (BEYOND_ASCII.test(text) && (AWKWARD.test(text) || hasLoneSurrogate(text))) return undefined;
  try {
    return new Reader(text).document();
  } catch {
    // DECLINE; or, should this reader ever trip over a file, the full path reads it as it always did.
    return undefined;
  }
}

function decline(): never {
  throw DECLINE;
}

class Reader {
  /** Always the start of a line (or the end of the text) between nodes. */
  private pos = 0;
  private depth = 0;
  /** Where the node last read starts (set beside its value, so no node needs an object of its own). */
  private spot: Spot = -1;
  /** How far in the line at pos starts, as skipBlank found it. */
  private lineIndent = 0;
  private readonly text: string;
  private readonly end: number;

  constructor(text: string) {
    this.text = text;
    this.end = text.length;
  }

  document(): CleanYaml {
    if (!this.skipBlank() || this.lineIndent !== 0) decline();
    const data = this.block(0) as Record<string, unknown>;
    const spots = this.spot;
    if (this.skipBlank()) decline();
    return { data, spots };
  }

  /** Moves past empty and comment-only lines, to a line `lineIndent` spaces in; false at the end of the text. */
  private skipBlank(): boolean {
    const { text, end } = this;
    let p = this.pos;
    while (p < end) {
      let q = p;
      while (q < end && text.charCodeAt(q) === SPACE) q++;
      if (q < end && text.charCodeAt(q) !== NL && text.charCodeAt(q) !== HASH) {
        this.pos = p;
        this.lineIndent = q - p;
        return true;
      }
      const nl = text.indexOf('\n', q);
      p = nl === -1 ? end : nl + 1;
    }
    this.pos = end;
    return false;
  }

  private indent(at: number): number {
    const { text, end } = this;
    let q = at;
    while (q < end && text.charCodeAt(q) === SPACE) q++;
    return q - at;
  }

  private lineEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl === -1 ? this.end : nl;
  }

  private nextLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl === -1 ? this.end : nl + 1;
  }

  /** A "- " item starts at p. */
  private isItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== 45) return false;
    const next = this.text.charCodeAt(p + 1);
    return p + 1 >= this.end || next === SPACE || next === NL;
  }

  /** The end of a `key:` (letters, digits, _ and -, not first) starting at p, or -1. */
  private keyEnd(p: number): number {
    const { text } = this;
    let k = p;
    for (;;) {
      const c = text.charCodeAt(k);
      // biome-ignore format: a table of ranges
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (k > p && ((c >= 48 && c <= 57) || c === 45))) k++;
      else break;
    }
    if (k === p || text.charCodeAt(k) !== COLON) return -1;
    const after = text.charCodeAt(k + 1);
    return k + 1 >= this.end || after === SPACE || after === NL ? k : -1;
  }

  /** The collection whose first line starts at pos, `ind` spaces in. */
  private block(ind: number): unknown {
    if (++this.depth > MAX_DEPTH) decline();
    const value = this.isItem(this.pos + ind) ? this.list(ind) : this.map(ind);
    this.depth--;
    return value;
  }

  /** A block mapping whose keys are `m` spaces in; its first key may follow a "- " on its line. */
  private map(m: number): Record<string, unknown> {
    const value: Record<string, unknown> = {};
    const keys: Array<string | Spot> = [];
    const at = this.pos + m;
    for (;;) {
      const start = this.pos + m;
      const k = this.keyEnd(start);
      if (k === -1) decline();
      const key = this.key(start, k);
      // A key over 1,024 characters is an error in the full parser.
      if (key === '__proto__' || key.length > MAX_KEY || keys.length >= 2 * MAX_KEYS) decline();
      for (let i = 0; i < keys.length; i += 2) if (keys[i] === key) decline();
      value[key] = this.value(k + 1, m, true);
      keys.push(key, this.spot);
      if (!this.skipBlank()) break;
      const i = this.lineIndent;
      if (i < m) break;
      if (i > m) decline();
    }
    this.spot = { at, keys };
    return value;
  }

  /**
   * The key text[start..k), as the same string each time it recurs: a file
   * repeats a few keys thousands of times, and a property named by a string
   * met before is added without hashing a new one.
   */
  private key(start: number, k: number): string {
    const { text } = this;
    const length = k - start;
    const first = text.charCodeAt(start);
    const same = KEYS[length];
    if (same) for (const known of same) if (known.charCodeAt(0) === first && text.startsWith(known, start)) return known;
    // The name as a property name: a property named by any other string is looked up by its text each time.
    const key = Object.keys({ [text.slice(start, k)]: 0 })[0] as string;
    if (keysKept < MAX_KEYS_KEPT) {
      keysKept++;
      if (same) same.push(key);
      else KEYS[length] = [key];
    }
    return key;
  }

  /** A block list whose "- " are `s` spaces in. */
  private list(s: number): unknown[] {
    const value: unknown[] = [];
    const items: Spot[] = [];
    const at = this.pos + s;
    for (;;) {
      const lineStart = this.pos;
      let p = lineStart + s + 1;
      while (this.text.charCodeAt(p) === SPACE) p++;
      if (this.keyEnd(p) !== -1) {
        if (++this.depth > MAX_DEPTH) decline();
        value.push(this.map(p - lineStart));
        this.depth--;
      } else {
        if (this.isItem(p)) decline();
        value.push(this.value(p, s, false));
      }
      items.push(this.spot);
      if (!this.skipBlank()) break;
      const i = this.lineIndent;
      if (i < s) break;
      if (i > s) decline();
      if (!this.isItem(this.pos + s)) break;
    }
    this.spot = { at, items };
    return value;
  }

  /**
   * The value starting at p (after "key: " or "- "), inside a collection `m`
   * spaces in; leaves pos at the start of the line after it.
   */
  private value(p: number, m: number, inMap: boolean): unknown {
    const { text } = this;
    while (text.charCodeAt(p) === SPACE) p++;
    const c = text.charCodeAt(p);
    if (p >= this.end || c === NL || c === HASH) {
      // The value is the block on the lines below.
      this.pos = this.nextLine(p);
      if (!this.skipBlank()) decline();
      const i = this.lineIndent;
      if (i > m || (i === m && inMap && this.isItem(this.pos + i))) return this.block(i);
      return decline();
    }
    const ch = text[p] as string;
    if (ch === '"' || ch === "'") return this.quoted(p, ch);
    if (ch === '|' || ch === '>') return this.blockScalar(p, m, ch === '>');
    if (ch === '[') return this.flowList(p);
    if (isIndicator(c)) decline();
    return this.plain(p, m);
  }

  /** The rest of a line after a node: spaces, then its end or a comment. */
  private endOfLine(p: number): void {
    const { text } = this;
    const from = p;
    while (text.charCodeAt(p) === SPACE) p++;
    if (p < this.end && text.charCodeAt(p) !== NL && !(text.charCodeAt(p) === HASH && p > from)) decline();
    this.pos = this.nextLine(p);
  }

  /** One quoted scalar on one line, without escapes; returns where it ends (after the quote). */
  private quotedText(p: number, quote: string): { value: string; after: number } {
    const { text } = this;
    if (quote === '"') {
      const close = text.indexOf('"', p + 1);
      if (close === -1) decline();
      const value = text.slice(p + 1, close);
      if (value.includes('\n') || value.includes('\\')) decline();
      return { value, after: close + 1 };
    }
    let q = p + 1;
    for (;;) {
      const close = text.indexOf("'", q);
      if (close === -1) decline();
      if (text.charCodeAt(close + 1) === 39) q = close + 2;
      else {
        const raw = text.slice(p + 1, close);
        if (raw.includes('\n')) decline();
        return { value: raw.replaceAll("''", "'"), after: close + 1 };
      }
    }
  }

  private quoted(p: number, quote: string): string {
    const { value, after } = this.quotedText(p, quote);
    this.endOfLine(after);
    this.spot = p;
    return value;
  }

  /** A plain scalar, perhaps continued on more-indented lines (joined with spaces). */
  private plain(p: number, m: number): string {
    const { text } = this;
    let { content, comment } = this.plainLine(p);
    let next = this.nextLine(p);
    while (!comment && next < this.end) {
      const i = this.indent(next);
      const q = next + i;
      const c = text.charCodeAt(q);
      if (i <= m || q >= this.end || c === NL || c === HASH) break;
      if (isIndicator(c)) decline();
      const line = this.plainLine(q);
      content += ` ${line.content}`;
      comment = line.comment;
      next = this.nextLine(q);
    }
    if (!isText(content)) decline();
    this.pos = next;
    this.spot = p;
    return content;
  }

  /** One line of a plain scalar: its text, trimmed, and whether a comment ends it. */
  private plainLine(p: number): { content: string; comment: boolean } {
    const { text, end } = this;
    let q = p;
    let comment = false;
    for (; q < end; q++) {
      const c = text.charCodeAt(q);
      if (c === NL) break;
      if (c === SPACE && text.charCodeAt(q + 1) === HASH) {
        comment = true;
        break;
      }
      // ": " inside or ":" at the end would make it a key: an error in a value.
      if (c === COLON) {
        const next = text.charCodeAt(q + 1);
        if (q + 1 >= end || next === SPACE || next === NL) decline();
      }
    }
    const content = text.slice(p, q).trimEnd();
    if (content.length === 0) decline();
    return { content, comment };
  }

  /** `|`, `|-`, `>` or `>-`, no indentation indicator, lines without trailing spaces. */
  private blockScalar(p: number, m: number, folded: boolean): string {
    const { text, end } = this;
    let h = p + 1;
    const strip = text.charCodeAt(h) === 45;
    if (strip) h++;
    while (text.charCodeAt(h) === SPACE) h++;
    if (h >= end || text.charCodeAt(h) !== NL) decline();
    let line = h + 1;
    const k = this.indent(line);
    const first = line + k;
    if (k <= m || first >= end || text.charCodeAt(first) === NL) decline();
    let texts = 0;
    /** Empty lines met since the last line of text. */
    let empty = 0;
    let out = '';
    while (line < end) {
      const i = this.indent(line);
      const q = line + i;
      if (q >= end || text.charCodeAt(q) === NL) {
        if (i > k) decline();
        empty++;
        line = q + 1;
        continue;
      }
      if (i < k) break;
      const eol = this.lineEnd(q);
      if (eol >= end) decline();
      if ((folded && i > k) || text.charCodeAt(eol - 1) === SPACE) decline();
      const content = text.slice(line + k, eol);
      if (texts++ > 0) out += folded && empty === 0 ? ' ' : '\n'.repeat(folded ? empty : empty + 1);
      out += content;
      empty = 0;
      line = eol + 1;
    }
    // Empty lines after the text belong to the block, and are chomped.
    this.pos = Math.min(line, end);
    this.spot = p;
    return strip ? out : `${out}\n`;
  }

  /** `[a, "b", 'c']` on one line, of text only. */
  private flowList(p: number): string[] {
    const { text } = this;
    const value: string[] = [];
    const items: Spot[] = [];
    let q = p + 1;
    while (text.charCodeAt(q) === SPACE) q++;
    if (text[q] === ']') {
      this.endOfLine(q + 1);
      this.spot = { at: p, items };
      return value;
    }
    for (;;) {
      while (text.charCodeAt(q) === SPACE) q++;
      const ch = text[q] as string;
      let after: number;
      if (ch === '"' || ch === "'") {
        const quoted = this.quotedText(q, ch);
        value.push(quoted.value);
        after = quoted.after;
      } else {
        if (ch === undefined || isIndicator(ch.charCodeAt(0)) || ch === '\n') decline();
        let e = q;
        for (let code = text.charCodeAt(e); e < this.end && !(code < 128 && FLOW_ENDS[code] === 1); code = text.charCodeAt(++e));
        const item = text.slice(q, e).trimEnd();
        if (item.length === 0 || !isText(item)) decline();
        value.push(item);
        after = e;
      }
      items.push(q);
      while (text.charCodeAt(after) === SPACE) after++;
      const sep = text[after];
      if (sep === ']') {
        this.endOfLine(after + 1);
        this.spot = { at: p, items };
        return value;
      }
      if (sep !== ',') decline();
      q = after + 1;
      while (text.charCodeAt(q) === SPACE) q++;
      if (text[q] === ']') decline();
    }
  }
}
