// What Ink's sanitize-ansi gives in the bundle: Ink's own answer, except for
// the text it would give back unchanged, as every line standpoint draws is:
// printable characters (tabs and newlines too) and colour codes (SGR with
// plain numeric parameters), none followed by a combining mark (which Ink
// moves before the code). Ink tokenises every such line character by
// character on its first frame; a regular expression tells it is clean.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CLEAN = /^(?:[^\p{Cc}]|[\t\n]|\u001b\[[0-9;]*m(?!\p{M}))*$/u;

/**
 * @param {(text: string) => string} sanitize Ink's sanitizeAnsi
 * @returns {(text: string) => string}
 */
export function cleanFirst(sanitize) {
  return (text) => (CLEAN.test(text) ? text : sanitize(text));
}
