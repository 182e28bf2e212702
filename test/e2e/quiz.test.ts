// The quiz in a real pseudo-terminal, as a student takes it: `standpoint quiz
// DIR --save Ana` on a copy of the example, one answer per issue (one skipped,
// one weighted), the actors' claims after each answer, then who is closest
// with the reasons; the answers are saved as responses/ana.yaml.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type Answer, closeness } from '../../src/debate/closeness.js';
import { loadDebate } from '../../src/model/load.js';
import { answersOf, Respondent } from '../../src/model/respondent.js';
import type { Model } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { KEYS, scratch, sessionPerTest } from './harness.js';

let example: Model;
beforeAll(async () => {
  example = (await loadDebate('positions/mexico-cartels')).model;
});

const open = sessionPerTest();
const words = (rows: string[]) => rows.join(' ').replace(/\s+/g, ' ');

describe('standpoint quiz', () => {
  test('answers every issue, shows the actors after each, then who is closest and why, and saves the answers', async () => {
    const dir = join(scratch(), 'debate');
    cpSync('positions/mexico-cartels', dir, { recursive: true });
    const s = open({ args: ['quiz', dir, '--save', 'Ana'], cols: 100, rows: 40 });
    const issues = example.issues;
    await s.ready('Where do you stand?');
    // Issue 1: for (the first stance), and it matters a lot.
    await s.press('w');
    await s.waitForText('a lot');
    await s.press(KEYS.enter);
    let screen = await s.waitForText('You: ++ for');
    const first = example.actors[0];
    expect(words(screen)).toContain(first?.name);
    expect(words(screen)).toContain((first?.byIssue.get(issues[0]?.id ?? '')?.claim ?? '').split(' ').slice(0, 6).join(' '));
    await s.press(KEYS.enter);
    // Issue 2: skipped. The rest: against (four down).
    await s.waitForText(`Issue 2 of ${issues.length}`);
    await s.press('s');
    for (let i = 2; i < issues.length; i++) {
      await s.waitForText(`Issue ${i + 1} of ${issues.length}`);
      await s.press(KEYS.down, KEYS.down, KEYS.down, KEYS.down);
      await s.waitForText('▸ -- against');
      await s.press(KEYS.enter);
      await s.waitForText('You: -- against');
      await s.press(KEYS.enter);
    }
    screen = await s.waitForText('Saved responses/ana.yaml');
    const text = words(screen);
    expect(text).toContain('Who is closest to you');
    expect(text).toContain(`${issues.length - 1} issues counted of ${issues.length}`);

    const saved = Respondent.parse(parse(readFileSync(join(dir, 'responses', 'ana.yaml'), 'utf8')));
    expect(saved.name).toBe('Ana');
    expect(saved.answers[issues[0]?.id ?? '']).toEqual({ stance: 'for', weight: 2 });
    expect(saved.answers[issues[1]?.id ?? '']).toBeUndefined();
    expect(saved.answers[issues[2]?.id ?? '']).toEqual({ stance: 'against', weight: 1 });

    // The comparison on screen is the one the saved answers give.
    const c = closeness(example, answersOf(saved) as Map<string, Answer>);
    const names = c.closest.map((a) => a.name).join(' and ');
    expect(text).toContain(`Closest: ${names}`);
    expect(text).toMatch(c.fragile.length > 0 ? /Fragile: one answer one step different/ : /Not fragile/);
    const top = c.ranking[0];
    expect(text).toContain(`${top?.actor.name} ${Math.round((top?.score ?? 0) * 100)}% close`);
    // Reasons issue by issue, not only a figure.
    expect(text).toMatch(new RegExp(`${issues[0]?.title}: you \\+\\+ for, `));
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  test('at the end, S asks for a name; typed and Enter, the answers are saved under it, a file `check` accepts', async () => {
    const dir = join(scratch(), 'debate');
    cpSync('positions/mexico-cartels', dir, { recursive: true });
    const s = open({ args: ['quiz', dir], cols: 100, rows: 30 });
    const issues = example.issues;
    await s.ready('Where do you stand?');
    for (let i = 0; i < issues.length; i++) {
      await s.waitForText(`Issue ${i + 1} of ${issues.length}`);
      await s.press(KEYS.down, KEYS.enter);
      await s.waitForText('You: +  leans for');
      await s.press(KEYS.enter);
    }
    await s.waitForText('Who is closest to you');
    await s.press('G');
    await s.waitForText('S saves your answers under your name');
    await s.press('S');
    await s.waitForText('Your name:');
    // Letters that are keys elsewhere (q quits) are text here; a pasted direction override and bell are dropped.
    await s.press('Zoë', ' ', 'q', KEYS.backspace, 'Martín\u202e\u0007');
    let screen = await s.waitForText('Your name: Zoë Martín');
    expect(words(screen)).toContain('responses/zoe-martin.yaml');
    await s.press(KEYS.enter);
    screen = await s.waitForText('Saved responses/zoe-martin.yaml');
    // Back on the result, which now offers no second save.
    expect(words(screen)).toContain('quiz · who is closest');
    expect(words(screen)).not.toContain('S saves your answers');
    expect(s.raw()).not.toContain('\u202e');
    expect(s.raw()).not.toContain('\u0007');

    const text = readFileSync(join(dir, 'responses', 'zoe-martin.yaml'), 'utf8');
    const saved = Respondent.parse(parse(text));
    expect(saved.name).toBe('Zoë Martín');
    expect(Object.values(saved.answers).map((a) => a.stance)).toEqual(issues.map(() => 'leans-for'));
    const check = await runCli(['check', dir]);
    expect(check.stdout).toContain('No problems found');
    expect(check.code).toBe(0);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});
