import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { runPrint } from '../../src/commands/print.js';
import { applyLens, evidenceCounts, parseLens } from '../../src/debate/lens.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { capture, load, UNIFORMS } from './helpers.js';

describe('the framing lens', () => {
  it('keeps only the chosen kind of evidence, in positions and counterpoints alike', async () => {
    const model = await load(UNIFORMS);
    const facts = applyLens(model, 'fact');
    const kinds = [...facts.positions.values()].flatMap((p) =>
      [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)].map((e) => e.kind),
    );
    expect(kinds).toEqual(['fact', 'fact']);
    expect(facts.actors.find((a) => a.id === 'principal')?.byIssue.get('enforcement')?.counterpoints[0]?.evidence).toHaveLength(1);
    // Claims are kept, evidence of other kinds is gone.
    expect(facts.positions.get('principal/cheaper')?.claim).toBe('Uniforms cost less than a wardrobe of fashion.');
    expect(facts.positions.get('principal/cheaper')?.evidence).toEqual([]);
  });

  it('leaves the original model untouched and keeps the maps consistent', async () => {
    const model = await load(UNIFORMS);
    const before = evidenceCounts(model);
    const lensed = applyLens(model, 'quote');
    expect(evidenceCounts(model)).toEqual(before);
    expect(evidenceCounts(lensed)).toEqual({ quote: before.quote, fact: 0, statistic: 0, claim: 0, interpretation: 0 });
    for (const a of lensed.actors) for (const p of a.positions) expect(lensed.positions.get(p.key)).toBe(p);
  });

  it('explains an unknown kind with a did-you-mean', () => {
    expect(parseLens('Facts')).toEqual({ ok: false, message: expect.stringContaining('Did you mean "fact"?') });
    expect(parseLens('statistic')).toEqual({ ok: true, kind: 'statistic' });
  });

  it('shows only that kind in print, and says so at the top', async () => {
    const o = capture();
    expect(await runPrint(UNIFORMS, { width: 80, lens: 'statistic' }, o)).toBe(0);
    expect(o.stdout).toContain('Lens: only "statistic" evidence is shown (1 of 7 items)');
    expect(o.stdout).toContain('statistic: Families spend 30% less on clothes.');
    expect(o.stdout).not.toMatch(/^\s*(quote|fact|claim|interpretation): /m);
  });

  it('filters the markdown and JSON exports too', async () => {
    const md = capture();
    await runExport(UNIFORMS, { format: 'markdown', lens: 'interpretation' }, md);
    expect(md.stdout).toContain('**interpretation:** The memo treats safety as settled.');
    expect(md.stdout).not.toMatch(/\*\*(quote|fact|statistic|claim):\*\*/);
    const js = capture();
    await runExport(UNIFORMS, { format: 'json', lens: 'fact' }, js);
    const data = parseOutput('export', js.stdout);
    expect(data.lens).toBe('fact');
    const all = data.positions.flatMap((p: { evidence: { kind: string }[] }) => p.evidence.map((e) => e.kind));
    expect(new Set(all)).toEqual(new Set(['fact']));
  });
});
