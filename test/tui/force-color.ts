// Ink styles text with chalk, which turns itself off when stdout is not a
// terminal (as under vitest). Imported first, so bold and inverse show in frames.
process.env.FORCE_COLOR = '1';
