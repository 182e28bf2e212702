// The theme travels by context so any line can be drawn with or without colour.
import { createContext, useContext } from 'react';
import type { Theme } from '../theme.js';

export const ThemeContext = createContext<Theme>({ color: true });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
