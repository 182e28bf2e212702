// Bytes → text: a file must be UTF-8 (a BOM is dropped); UTF-16, NUL bytes and
// broken sequences are reported at their line and column, never decoded into
// replacement characters a reader would take for the author's text.
import { isUtf8 } from 'node:buffer';
import type { FileReporter } from './diagnostics.js';

/** The file's bytes as text, or undefined (reported where it breaks) when they are not UTF-8 text. */
export function decode(bytes: Buffer, report: FileReporter): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    report.error('encoding', 'File is UTF-16: save it as UTF-8.');
    return undefined;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, col } = bytePosition(bytes, nul);
    report.error(
      'binary-file',
      'File contains a NUL byte, so it is not text: check that this is the right file, and save it as plain UTF-8 text.',
      line,
      col,
    );
    return undefined;
  }
  // Node's own check (native) clears a sound file at once; only a broken one is walked byte by byte to find where.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const { line, col } = bytePosition(bytes, bad);
    const hex = bytes[bad]?.toString(16).padStart(2, '0');
    report.error('invalid-utf8', `Byte 0x${hex} is not valid UTF-8: save the file as UTF-8.`, line, col);
    return undefined;
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column of a byte, counting line breaks as parsing does: LF, CRLF, or a lone CR. */
function bytePosition(bytes: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = bytes.subarray(lineStart, offset).toString('utf8').length + 1;
  return { line, col };
}
