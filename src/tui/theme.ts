// Semantic colours and the marks that carry meaning without colour. Views name
// a role ("against", "focus", "error"); only this file knows which colour it is.
// Stance marks (glyph and word) come from src/debate/stance.ts so the TUI and
// `standpoint print` read the same way; only their colours are here.

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

/** The focus marker: focus is also shown in inverse, never by colour alone. */
export const FOCUS = '▸';
export const ELLIPSIS = '…';
