import type { ScreenDef } from '../screen.js';
import { initial } from './state.js';
import { open, settle, update } from './update.js';
import { lines } from './view.js';

export const screen: ScreenDef = { initial, open, update, settle, lines };
