import type { ScreenDef } from '../screen.js';
import { initial } from './state.js';
import { open, settle, update } from './update.js';
import { badge, lines } from './view.js';

export const screen: ScreenDef = { initial, open, update, settle, lines, badge };
