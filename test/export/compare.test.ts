import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/commands/compare.js';
import { agreementOf, compareActors } from '../../src/debate/compare.js';
import { renderComparePlain } from '../../src/export/compare-text.js';
import { width } from '../../src/text/measure.js';
import { parseOutput } from '../helpers/output-schemas.js';
import { capture, load, UNIFORMS } from './helpers.js';

describe('compareActors', () => {
  it('sorts each issue into agree, partial, disagree and silent', async () => {
    const model = await load(UNIFORMS);
    const c = compareActors(model, 'principal', 'parents');
    const verdicts = Object.fromEntries(c.rows.map((r) => [r.issue.id, r.agreement]));
    expect(verdicts).toEqual({
      cost: 'agree', // for / for
      safety: 'disagree', // leans-for / against
      identity: 'partial', // mixed / leans-for
      comfort: 'silent', // neither says anything
      enforcement: 'partial', // for / leans-for
    });
    expect(c.counts).toEqual({ agree: 1, partial: 2, disagree: 1, unclear: 0, silent: 1 });
  });

  it('keeps both claims and records who answers whom', async () => {
    const model = await load(UNIFORMS);
    const c = compareActors(model, 'principal', 'parents');
    const safety = c.rows.find((r) => r.issue.id === 'safety');
    expect(safety?.a?.claim).toBe('Strangers are easier to spot.');
    expect(safety?.b?.claim).toBe('Safety depends on staff, not clothes.');
    expect(safety?.bAnswersA).toEqual(['principal/safer']);
    expect(safety?.aAnswersB).toEqual([]);
  });

  it('calls an issue unclear when either stance is unclear, and silent when one says nothing', async () => {
    const model = await load(UNIFORMS);
    const c = compareActors(model, 'principal', 'students');
    const verdicts = Object.fromEntries(c.rows.map((r) => [r.issue.id, r.agreement]));
    expect(verdicts.cost).toBe('unclear');
    expect(verdicts.comfort).toBe('silent');
    expect(verdicts.safety).toBe('silent');
  });

  it('is symmetric', async () => {
    const model = await load(UNIFORMS);
    const ab = compareActors(model, 'principal', 'parents').rows.map((r) => r.agreement);
    const ba = compareActors(model, 'parents', 'principal').rows.map((r) => r.agreement);
    expect(ba).toEqual(ab);
  });

  it('throws with a did-you-mean for an unknown actor', async () => {
    const model = await load(UNIFORMS);
    expect(() => compareActors(model, 'principle', 'parents')).toThrow(/Did you mean "principal"/);
  });

  it('treats mixed against a side as partial, and opposite leanings as disagreement', () => {
    const p = (stance: 'for' | 'leans-for' | 'mixed' | 'leans-against' | 'against' | 'unclear') =>
      ({ stance }) as Parameters<typeof agreementOf>[0];
    expect(agreementOf(p('mixed'), p('against'))).toBe('partial');
    expect(agreementOf(p('leans-for'), p('leans-against'))).toBe('disagree');
    expect(agreementOf(p('mixed'), p('mixed'))).toBe('agree');
    expect(agreementOf(p('against'), undefined)).toBe('silent');
  });
});

describe('standpoint compare', () => {
  it('prints both claims side by side within the width', async () => {
    const o = capture();
    expect(await runCompare('principal', 'parents', UNIFORMS, { width: 60 }, o)).toBe(0);
    expect(o.stdout.replace(/\s+/g, ' ')).toMatch(/agree on 1 issue, partly agree on 2 issues and disagree on 1 issue/);
    const safetyLine = o.stdout.split('\n').find((l) => l.includes('Principal: + leans for'));
    expect(safetyLine).toMatch(/Principal: \+ leans for\s+\| Parents: -- against/);
    expect(o.stdout).toContain('Here Parents answers Principal on Safety.');
    for (const line of o.stdout.split('\n')) expect(width(line)).toBeLessThanOrEqual(60);
  });

  it('suggests the actor id on a typo and exits 1', async () => {
    const o = capture();
    expect(await runCompare('principal', 'parent', UNIFORMS, {}, o)).toBe(1);
    expect(o.stderr).toContain('No actor "parent" in this debate. Did you mean "parents"?');
    expect(o.stdout).toBe('');
  });

  it('accepts short names and names, in any case, as well as ids', async () => {
    const byId = capture();
    expect(await runCompare('principal', 'parents', UNIFORMS, { json: true }, byId)).toBe(0);
    const byName = capture();
    expect(await runCompare('PRINCIPAL', "parents' council", UNIFORMS, { json: true }, byName)).toBe(0);
    expect(byName.stdout).toBe(byId.stdout);
    const byShort = capture();
    expect(await runCompare('The principal', 'Parents', UNIFORMS, { json: true }, byShort)).toBe(0);
    expect(byShort.stdout).toBe(byId.stdout);
  });

  it('suggests the actor id for a misspelt name', async () => {
    const o = capture();
    expect(await runCompare('principal', 'Student counsil', UNIFORMS, {}, o)).toBe(1);
    expect(o.stderr).toContain('No actor "Student counsil" in this debate. Did you mean "students"?');
  });

  it('refuses to compare an actor with itself, however it is named', async () => {
    const o = capture();
    expect(await runCompare('parents', 'Parents', UNIFORMS, {}, o)).toBe(1);
    expect(o.stderr).toMatch(/two different actors/);
  });

  it('refuses to compare an actor with itself', async () => {
    const o = capture();
    expect(await runCompare('parents', 'parents', UNIFORMS, {}, o)).toBe(1);
    expect(o.stderr).toMatch(/two different actors/);
  });

  it('gives scripts the verdicts as JSON', async () => {
    const o = capture();
    expect(await runCompare('principal', 'parents', UNIFORMS, { json: true }, o)).toBe(0);
    const data = parseOutput('compare', o.stdout);
    expect(data.issues.map((i: { agreement: string }) => i.agreement)).toEqual(['agree', 'disagree', 'partial', 'silent', 'partial']);
    expect(data.issues[3].a).toBeNull();
  });

  it('renders every line within narrow widths', async () => {
    const model = await load(UNIFORMS);
    const text = renderComparePlain(compareActors(model, 'principal', 'students'), 30);
    for (const line of text.split('\n')) expect(width(line)).toBeLessThanOrEqual(30);
  });
});

describe('standpoint compare on the command line', () => {
  const BIN = join(import.meta.dirname, '..', '..', 'dist', 'standpoint.js');
  it.skipIf(!existsSync(BIN))('suggests an actor id on a typo and exits 1', () => {
    const r = spawnSync('node', [BIN, 'compare', 'principle', 'parents', UNIFORMS], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'standpoint: No actor "principle" in this debate. Did you mean "principal"? Actors: principal, parents, students.\n',
    );
  });
});
