// What a syntax-error helper proposes in place of the parser's own message: a
// clearer message at a better place, or nothing when it has none.
export type Better = { offset: number; message: string } | undefined;
