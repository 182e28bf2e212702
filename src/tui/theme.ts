// Semantic colours and the marks that carry meaning without colour. Views name
// a role ("against", "focus", "error"); only this file knows which colour it is.
// Stance glyphs come from the plain-text export so the TUI and `standpoint print`
// read the same way.

import { STANCE_GLYPH, stanceWord } from '../debate/stance.js';
import type { EvidenceKindT, StanceT } from '../model/schema.js';
import { wantsColor } from '../terminal/color.js';

export type Role =
  | 'for'
  | 'leans-for'
  | 'mixed'
  | 'leans-against'
  | 'against'
  | 'unclear'
  | 'accent'
  | 'muted'
  | 'error'
  | 'warning'
  | 'kind'
  | 'heading';

const COLORS: Record<Role, string> = {
  for: 'green',
  'leans-for': 'greenBright',
  mixed: 'yellow',
  'leans-against': 'magentaBright',
  against: 'red',
  unclear: 'gray',
  accent: 'cyan',
  muted: 'gray',
  error: 'red',
  warning: 'yellow',
  kind: 'blue',
  heading: 'cyan',
};

export interface Theme {
  color: boolean;
}

/** FORCE_COLOR=0, NO_COLOR (any non-empty value) and TERM=dumb turn colour off; bold and inverse stay, they carry focus. */
export function themeFromEnv(env: NodeJS.ProcessEnv = process.env): Theme {
  return { color: wantsColor(env, true) };
}

export function colorOf(theme: Theme, role: Role | undefined): string | undefined {
  return theme.color && role ? COLORS[role] : undefined;
}

/** The glyph padded to two columns so the words line up: "++ for", "-  leans against". */
export function stanceMark(stance: StanceT): string {
  return `${STANCE_GLYPH[stance].padEnd(2)} ${stanceWord(stance)}`;
}

export function stanceGlyph(stance: StanceT): string {
  return STANCE_GLYPH[stance];
}

/** The widest stance mark, so a column of marks can be padded to it. */
export const STANCE_MARK_WIDTH = Math.max(...(Object.keys(STANCE_GLYPH) as StanceT[]).map((s) => stanceMark(s).length));

export const KIND_HELP: Record<EvidenceKindT, string> = {
  quote: 'what was said',
  fact: 'what happened',
  statistic: 'a number',
  claim: 'a contested assertion',
  interpretation: "a source's own framing",
};

/** The focus marker: focus is also shown in inverse, never by colour alone. */
export const FOCUS = '▸';
export const ELLIPSIS = '…';
