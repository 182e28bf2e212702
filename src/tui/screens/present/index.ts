import type { ScreenDef } from '../screen.js';
import { settle, update } from './update.js';
import { badge, lines } from './view.js';

export const screen: ScreenDef = { update, settle, lines, badge };
