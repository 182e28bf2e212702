// Types for memo.mjs.
export function memoised<T>(fn: (text: string) => T, max?: number): (text: string) => T;
