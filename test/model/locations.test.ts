// Every location the loader gives (what `e` opens and the Problems screen
// points at) is the line and column where that item is written, in files read
// by the fast reader and in files read the full way alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDebate } from '../../scripts/generate-debate.mjs';
import { loadDebate } from '../../src/model/load.js';
import type { Location } from '../../src/model/types.js';
import { cleanScratch, scratch } from './helpers.js';

afterAll(cleanScratch);

/** The text written at a location, from there to the end of its line. */
function at(loc: Location): string {
  const line = readFileSync(loc.file, 'utf8').split('\n')[loc.line - 1] ?? '';
  return line.slice(loc.col - 1);
}

describe('locations', () => {
  it('point at each position, evidence item and counterpoint as written', async () => {
    const dir = join(scratch(), 'generated');
    await generateDebate(dir, { actors: 6, issues: 8, evidence: 60, seed: 3 });
    // One file the fast reader declines (a tab in a comment): the full way must agree.
    const slow = join(dir, 'actor-002.yaml');
    writeFileSync(slow, `# \tread the full way\n${readFileSync(slow, 'utf8')}`);
    const { model } = await loadDebate(dir);
    let seen = 0;
    for (const actor of model.actors) {
      for (const p of actor.positions) {
        expect(at(p.loc)).toBe(`id: ${p.id}`);
        for (const e of p.evidence) expect(at(e.loc)).toBe(`kind: ${e.kind}`);
        for (const c of p.counterpoints) {
          expect(at(c.loc)).toMatch(/^(by|text): /);
          for (const e of c.evidence) expect(at(e.loc)).toBe(`kind: ${e.kind}`);
        }
        seen += 1 + p.evidence.length;
      }
    }
    expect(seen).toBeGreaterThan(60);
  });
});
