import type { ScreenDef } from '../screen.js';
import { settle, typed, update } from './update.js';
import { lines } from './view.js';

export const screen: ScreenDef = { initial: {}, update, settle, lines, type: typed };
