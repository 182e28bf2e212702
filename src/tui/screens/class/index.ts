import type { ScreenDef } from '../screen.js';
import { open, settle, update } from './update.js';
import { lines } from './view.js';

export const screen: ScreenDef = { open, update, settle, lines };
