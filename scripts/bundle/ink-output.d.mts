// Types for ink-output.mjs.
export interface OutputLike {
  width: number;
  height: number;
  write(x: number, y: number, text: string, options: { transformers: ((line: string, index: number) => string)[] }): void;
  clip(clip: { x1?: number; x2?: number; y1?: number; y2?: number }): void;
  unclip(): void;
  get(): { output: string; height: number };
}

export type OutputClass = new (options: { width: number; height: number }) => OutputLike;

export function fastOutput(
  InkOutput: OutputClass,
  stringWidth: (text: string) => number,
): new (options: {
  width: number;
  height: number;
}) => OutputLike & { sideBySide(): string | undefined };

export function closesItsStyles(text: string): boolean;
