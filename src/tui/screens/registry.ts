// Every screen the reader browses, by name. A new screen is a folder with its
// update, layout and view, a line here, and its name and keys in keys.ts.
import type { Screen } from '../keys.js';
import { screen as actor } from './actor/index.js';
import { screen as classView } from './class/index.js';
import { screen as compare } from './compare/index.js';
import { screen as detail } from './detail/index.js';
import { screen as forest } from './forest/index.js';
import { screen as help } from './help/index.js';
import { screen as issue } from './issue/index.js';
import { screen as matrix } from './matrix/index.js';
import { screen as name } from './name/index.js';
import { screen as present } from './present/index.js';
import { screen as problems } from './problems/index.js';
import { screen as quiz } from './quiz/index.js';
import type { ScreenDef } from './screen.js';
import { screen as search } from './search/index.js';

/** The picker is drawn before a debate is open (screens/picker/view.tsx), so it has no entry. */
export const SCREENS: Record<Exclude<Screen, 'picker'>, ScreenDef> = {
  matrix,
  issue,
  actor,
  detail,
  help,
  problems,
  search,
  present,
  compare,
  quiz,
  class: classView,
  forest,
  name,
};

export function screenDef(screen: Screen): ScreenDef | undefined {
  return screen === 'picker' ? undefined : SCREENS[screen];
}
