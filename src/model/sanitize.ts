// Text from YAML is untrusted. Before it can reach a terminal we remove every
// escape sequence (CSI, OSC, DCS, …), C0/C1 control characters except newline
// and tab, and bidirectional overrides that could reorder what a reader sees.

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ST),
// and two-character escapes (ESC + one char).
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\u009b[0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][\s\S]*?(?:\u0007|\u009c|\u001b\\|$)|\u001b[\s\S]?/g;
// C0 except \t \n, DEL, C1; bidi embeddings/overrides/isolates; BOM/zero-width no-break.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// Half of a UTF-16 surrogate pair (from a YAML escape such as "\uD83D"): a
// terminal draws it as U+FFFD, one column, where string-width counts none, so
// rows measured with it overflow. It becomes that U+FFFD here, measured as drawn.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function sanitize(text: string): string {
  // CRLF and lone CR become newlines rather than vanishing: they end lines.
  return text.replace(ESCAPES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Whether the text holds half of a surrogate pair, which no terminal can show as written. */
export function hasLoneSurrogate(text: string): boolean {
  return new RegExp(LONE_SURROGATE.source).test(text);
}

// Every escape sequence starts with ESC or a C1 control, and CR is a C0 control:
// one search for any character of CONTROLS finds all text that needs cleaning.
const UNCLEAN = new RegExp(CONTROLS.source);

export function isClean(text: string): boolean {
  return !UNCLEAN.test(text) && !hasLoneSurrogate(text);
}

/**
 * JSON for output. Every string, and every key, keeps its text but loses what
 * sanitize removes: JSON would escape C0 controls, but C1 controls and bidi
 * overrides pass through as raw characters, and a terminal showing the JSON
 * acts on them.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'string') return isClean(v) ? v : sanitize(v);
      if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).some((k) => !isClean(k)))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [sanitize(k), x]));
      return v;
    },
    2,
  );
}

/** One-line form for places that must not wrap: tabs and newlines become spaces. */
export function singleLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

/**
 * For messages that quote what someone typed or named (a folder, an option):
 * every control character shown as text, `\x1b` or `\u202e`, so the reader
 * sees what is there and the terminal acts on none of it.
 */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
