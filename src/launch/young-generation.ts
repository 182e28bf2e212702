// While a large debate is read, most of what is allocated survives, and V8
// grows its young generation (where new objects start) for it: to 64 MB a
// half on Node 24, which stays for the whole session, mostly resident. A TUI
// session keeps its debate in the old generation and allocates little per
// key, so the young generation keeps the size it has: with a 1,000-actor
// debate the peak RSS after a search drops from about 410 to 270 MB (bench).
// The price: more of what the load allocates is promoted, so opening takes
// more CPU (about a fifth more on that debate, measured on a busy machine),
// and one more full collection comes a few seconds after the open (15 ms on a
// quiet machine; when it lands on a key, that key is late). V8 sizes the young
// generation's limit before any code runs (a flag only a launcher could
// pass), but reads its growth factor each time it would grow.
import { setFlagsFromString } from 'node:v8';

export const KEEP_YOUNG_SIZE = '--semi-space-growth-factor=1';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString(KEEP_YOUNG_SIZE);
}
