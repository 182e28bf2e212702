// Live reload parses only the actor files that changed (src/model/unchanged.ts).
// Whatever is edited, between any two saves, a reload that reuses unchanged
// files must give exactly what a full load gives, and leave the model on
// screen as it was.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { UnchangedFiles } from '../../src/model/unchanged.js';
import { measure, timeLimit } from '../helpers/time-limit.js';
import { cleanScratch, ROOT, scratch } from './helpers.js';

const EXAMPLE = join(ROOT, 'positions/mexico-cartels');
const ACTORS = ['us-administration', 'mexico-government', 'sheinbaum-critics'];

afterAll(cleanScratch);

type Edit = (dir: string) => void;
const file = (dir: string, name: string) => join(dir, name);
const original = (name: string) => readFileSync(join(EXAMPLE, name), 'utf8');
/** The file as it is now, or as shipped when it was removed (an edit then brings it back). */
const current = (dir: string, name: string) => (existsSync(file(dir, name)) ? readFileSync(file(dir, name), 'utf8') : original(name));
const actor = fc.constantFrom(...ACTORS).map((a) => `${a}.yaml`);

/** Edits a person might save while the debate is open. */
const edit: fc.Arbitrary<[string, Edit]> = fc.oneof(
  actor.map((n): [string, Edit] => [`comment in ${n}`, (d) => writeFileSync(file(d, n), `${current(d, n)}\n# note\n`)]),
  actor.map((n): [string, Edit] => [
    `new claim in ${n}`,
    (d) => writeFileSync(file(d, n), current(d, n).replace(/claim: .*/, 'claim: A different claim.')),
  ]),
  actor.map((n): [string, Edit] => [`break ${n}`, (d) => writeFileSync(file(d, n), `${current(d, n)}\n  - [unclosed\n`)]),
  actor.map((n): [string, Edit] => [`restore ${n}`, (d) => writeFileSync(file(d, n), original(n))]),
  actor.map((n): [string, Edit] => [`remove ${n}`, (d) => rmSync(file(d, n), { force: true })]),
  fc.constant<[string, Edit]>([
    'add an actor that answers others',
    (d) =>
      writeFileSync(
        file(d, 'observer.yaml'),
        'name: Observer\npositions:\n  - id: view\n    issue: sovereignty\n    stance: unclear\n    claim: Unclear.\n    responds_to:\n      - us-administration/designation\n      - mexico-government/no-such\n',
      ),
  ]),
  fc.constant<[string, Edit]>([
    'remove an issue from debate.yaml',
    (d) => writeFileSync(file(d, 'debate.yaml'), original('debate.yaml').replace('  - id: sovereignty', '  - id: sovereignty-renamed')),
  ]),
  fc.constant<[string, Edit]>(['restore debate.yaml', (d) => writeFileSync(file(d, 'debate.yaml'), original('debate.yaml'))]),
);

const RUNS = 40;
const MAX_EDITS = 6;
// Each run loads the debate twice, then twice per edit: the limit is in units of one load.
const LIMIT = timeLimit(await measure(() => loadDebate(EXAMPLE)), RUNS * (2 + 2 * MAX_EDITS));

describe('reloading with unchanged files reused', () => {
  it(
    'gives what a full load gives, after any run of edits, and leaves the shown model alone',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: MAX_EDITS }), async (edits) => {
          const dir = join(scratch(), 'debate');
          cpSync(EXAMPLE, dir, { recursive: true });
          const unchanged = new UnchangedFiles();
          let reused: LoadResult = await loadDebate(dir, { unchanged });
          let full: LoadResult = await loadDebate(dir);
          for (const [what, apply] of edits) {
            apply(dir);
            const shown = structuredClone(reused.model);
            const next = await loadDebate(dir, { previous: reused.model, unchanged });
            full = await loadDebate(dir, { previous: full.model });
            expect(next.model, what).toEqual(full.model);
            expect(next.texts, what).toEqual(full.texts);
            expect(reused.model, `${what}: the model on screen`).toEqual(shown);
            reused = next;
          }
        }),
        { numRuns: RUNS, seed: 11 },
      );
    },
    LIMIT,
  );

  it('does not parse a file again when it has not changed', async () => {
    const dir = join(scratch(), 'debate');
    cpSync(EXAMPLE, dir, { recursive: true });
    const unchanged = new UnchangedFiles();
    const first = await loadDebate(dir, { unchanged });
    // Same text, same debate.yaml: the same actor comes back, as a copy.
    const again = await loadDebate(dir, { previous: first.model, unchanged });
    const [a, b] = [first.model.actors[0], again.model.actors[0]];
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b?.positions[0]).not.toBe(a?.positions[0]);
  });
});
