// Types for yoga-lite.mjs: the part of yoga-layout's API that Ink uses.
import type Yoga from 'yoga-layout';
export function liteYoga(constants: Record<string, number>, loadYoga: () => typeof Yoga): typeof Yoga;
