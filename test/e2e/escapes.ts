// What may reach a terminal. standpoint (through Ink) writes only a few kinds
// of escape sequence; anything else in its output came from somewhere it
// should not have: the debate's text, a file name, an error message.
import type { Session } from './harness.js';

/**
 * The sequences standpoint and Ink write themselves: colours and styles (SGR),
 * cursor hide/show, alternate screen, synchronized output, and log-update's
 * erase-line, one-line-up, column-1, home (Ink 8: `ESC[1;1H`), clear-screen and erase-below.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const OWN = /\u001b\[(?:[0-9;]*m|\?(?:25|1049|2026)[hl]|2K|1A|G|(?:1;1)?H|[023]?J)/g;

/** Bytes that must never come out of standpoint once its own sequences are taken away. */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMES: Record<string, string> = {
  '\u0007': 'BEL',
  '\u0008': 'BS',
  '\u0009': 'TAB',
  '\u001b': 'ESC',
  '\u007f': 'DEL',
  '\u009b': 'CSI (C1)',
  '\u009d': 'OSC (C1)',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
};

/**
 * Every forbidden byte in `output`, each named with the text around it, so a
 * failure shows where it came from. Empty when the output is safe.
 */
export function unsafeBytes(output: string): string[] {
  const rest = output.replace(OWN, '');
  const found: string[] = [];
  for (const m of rest.matchAll(FORBIDDEN)) {
    const ch = m[0];
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    const at = m.index ?? 0;
    found.push(`${NAMES[ch] ?? code} near ${JSON.stringify(rest.slice(Math.max(0, at - 30), at + 30))}`);
    if (found.length >= 10) break;
  }
  return found;
}

/** Words the hostile fixture hides inside OSC and DCS sequences: seeing one means a sequence got through. */
export const HIDDEN_WORDS = ['PWNED', 'evil.example', 'UFdORUQ='];

/** What a real terminal did with the output beyond drawing text: OSC commands, bells, title changes. */
export interface TerminalEffects {
  osc: string[];
  bells: number;
  titles: string[];
}

/**
 * Records every OSC command (clipboard 52, title 0/1/2, hyperlink 8, and any
 * other), bell and title change the emulator sees from now on.
 */
export function watchEffects(s: Session): TerminalEffects {
  const effects: TerminalEffects = { osc: [], bells: 0, titles: [] };
  for (const id of [0, 1, 2, 4, 7, 8, 10, 11, 12, 52, 104, 112, 133, 777, 1337]) {
    s.term.parser.registerOscHandler(id, (data) => {
      effects.osc.push(`${id};${data}`);
      return true;
    });
  }
  s.term.onBell(() => {
    effects.bells++;
  });
  s.term.onTitleChange((t) => {
    effects.titles.push(t);
  });
  return effects;
}
