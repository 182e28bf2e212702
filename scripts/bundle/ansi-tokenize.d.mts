// Types for ansi-tokenize.mjs: the library's own, with the same functions.
export * from '@alcalzone/ansi-tokenize';
