// The narrowest width any text export wraps to: its own file, so the commands'
// --width bounds know it without loading a renderer at start-up.
export const MIN_WIDTH = 30;
