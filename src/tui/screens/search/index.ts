import type { ScreenDef } from '../screen.js';
import { initial } from './state.js';
import { open, settle, typed, update } from './update.js';
import { lines } from './view.js';

export const screen: ScreenDef = { initial, open, update, settle, lines, type: typed };
