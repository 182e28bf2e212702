// What Ink's renderer gets in the bundle for its Output (see the plugin in
// scripts/build.mjs): Ink's own class, with a shorter way to the same screen
// when, as on every standpoint screen, nothing overlaps.
//
// Ink's Output.get() turns every frame into a grid of one object per cell
// (4,000 at 120×36), tokenises every line written into it character by
// character, and then turns each row of cells back into a string. When no
// clipping region is set and the texts on
// each row sit side by side without overlapping, that grid holds nothing but
// the texts with spaces between them: here the rows are joined directly, and
// anything else goes to Ink's own get(). The escape codes are the texts' own,
// not re-encoded by Ink, and draw the same cells (each text must close the
// styles it opens, as chalk's do; any other escape goes to Ink's own get()).

import { memoised } from './memo.mjs';

/**
 * @param {new (options: { width: number; height: number }) => any} InkOutput Ink's Output class
 * @param {(text: string) => number} stringWidth the width measure Ink lays out with
 */
export function fastOutput(InkOutput, stringWidth) {
  return class Output extends InkOutput {
    get() {
      const output = this.sideBySide();
      return output === undefined ? super.get() : { output, height: this.height };
    }

    /** The frame when its writes never overlap, else undefined. */
    sideBySide() {
      /** @type {Array<Array<{ x: number; text: string }>|undefined>} */
      const rows = new Array(this.height);
      for (const op of this.operations) {
        if (op.type !== 'write' || !Number.isInteger(op.x) || !Number.isInteger(op.y) || op.x < 0) return undefined;
        const lines = op.text.split('\n');
        // As Ink 8 does: line i goes to row y + i, and rows outside the frame are dropped.
        for (let i = 0; i < lines.length; i++) {
          const y = op.y + i;
          if (y < 0 || y >= this.height) continue;
          let text = lines[i];
          // Ink's Text styles its lines through these (as Ink's own get() does).
          for (const transform of op.transformers) text = transform(text, i);
          // A style left open would colour the spaces after it, which Ink's grid does not.
          if (text.includes('\u001b') && !closesItsStyles(text)) return undefined;
          (rows[y] ??= []).push({ x: op.x, text });
        }
      }
      const out = new Array(this.height);
      for (let y = 0; y < this.height; y++) {
        const row = rows[y];
        if (row === undefined) {
          out[y] = '';
          continue;
        }
        if (row.length > 1) row.sort((a, b) => a.x - b.x);
        let line = '';
        let end = 0;
        for (const { x, text } of row) {
          if (x < end) return undefined;
          line += ' '.repeat(x - end) + text;
          end = x + stringWidth(text);
        }
        // Ink trims each row: spaces still under a style end in its closing code, and stay.
        out[y] = line.trimEnd();
      }
      return out.join('\n');
    }
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what it reads
const SGR = /\u001b\[([0-9;]*)m/g;
// Which open style each closing code ends (0 ends them all).
const CLOSES = {
  22: ['bold', 'dim'],
  23: ['italic'],
  24: ['underline'],
  25: ['blink'],
  27: ['inverse'],
  28: ['hidden'],
  29: ['strike'],
  39: ['fg'],
  49: ['bg'],
  55: ['overline'],
};

function opened(code) {
  if (code === 1) return 'bold';
  if (code === 2) return 'dim';
  if (code === 3) return 'italic';
  if (code === 4) return 'underline';
  if (code === 5 || code === 6) return 'blink';
  if (code === 7) return 'inverse';
  if (code === 8) return 'hidden';
  if (code === 9) return 'strike';
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
  if (code === 53) return 'overline';
  return undefined;
}

/** Whether every style the text opens with SGR codes is closed by its end, and it holds no other escape. */
export const closesItsStyles = memoised(checkStyles);

function checkStyles(text) {
  const open = new Set();
  let escapes = 0;
  for (const m of text.matchAll(SGR)) {
    escapes++;
    const params = m[1] === '' ? [0] : m[1].split(';').map(Number);
    for (let i = 0; i < params.length; i++) {
      const code = params[i];
      if (code === 0) open.clear();
      else if (CLOSES[code]) for (const s of CLOSES[code]) open.delete(s);
      else {
        const style = opened(code);
        if (style === undefined) return false;
        open.add(style);
        // 38;5;N and 38;2;R;G;B (and 48;…) carry their colour as parameters.
        if (code === 38 || code === 48) i += params[i + 1] === 5 ? 2 : params[i + 1] === 2 ? 4 : 0;
      }
    }
  }
  return open.size === 0 && escapes === text.split('\u001b').length - 1;
}
