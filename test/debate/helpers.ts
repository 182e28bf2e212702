import { join } from 'node:path';

/** A debate made to have one crux, some drops and a pair with too little overlap. */
export const ALLIES = join(import.meta.dirname, '../fixtures/forest/allies');
