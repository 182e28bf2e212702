// Types for sanitize.mjs.
export function cleanFirst(sanitize: (text: string) => string): (text: string) => string;
