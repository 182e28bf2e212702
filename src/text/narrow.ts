// The width of text made only of characters that are one column each and
// never join their neighbours into one grapheme: printable ASCII, Latin-1 and
// Latin Extended-A letters (not the soft hyphen), dashes, quotes and other
// general punctuation, and the arrows, box-drawing lines and marks the screens
// use. Such text needs no grapheme segmentation (string-width's slow path, tens
// of microseconds a call, more while the code is cold at start), and a frame is
// almost entirely made of it. test/bench/narrow.test.ts checks every one of
// these characters, alone and mixed, against string-width.
export const NARROW_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x2033],
  [0x2039, 0x203a],
  [0x2190, 0x2193],
  [0x21b3, 0x21b3],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2500, 0x257f],
  [0x25b8, 0x25b8],
  [0x25c2, 0x25c2],
  [0x2713, 0x2713],
  [0x2717, 0x2717],
];

const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
const NARROW = new RegExp(`^[${NARROW_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]*$`);

/** The text's width in columns when every character is a one-column one (see above); otherwise undefined. */
export function narrowWidth(text: string): number | undefined {
  return NARROW.test(text) ? text.length : undefined;
}
