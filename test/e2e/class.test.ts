// The class's answers in a real pseudo-terminal, as a teacher uses them: in
// presenter mode each issue's distribution stays hidden until v; the class
// view (C) follows responses/ as students save, without a restart.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveRespondent } from '../../src/authoring/save-respondent.js';
import type { Answer } from '../../src/debate/closeness.js';
import { issueData } from '../../src/debate/reading.js';
import { loadDebate } from '../../src/model/load.js';
import type { StanceT } from '../../src/model/schema.js';
import type { Model } from '../../src/model/types.js';
import { presenterSteps } from '../../src/tui/screens/present/layout.js';
import { KEYS, scratch, sessionPerTest } from './harness.js';

const open = sessionPerTest();

/** A copy of the example to write answers into. */
async function debateCopy(): Promise<Model> {
  const dir = join(scratch(), 'debate');
  cpSync('positions/mexico-cartels', dir, { recursive: true });
  return (await loadDebate(dir)).model;
}

/** One student's answers, saved as the quiz saves them: the same stance on every issue. */
function answer(model: Model, name: string, stance: StanceT): Promise<string> {
  const answers = new Map<string, Answer>(model.issues.map((i) => [i.id, { stance, weight: 1 }]));
  return saveRespondent(model, name, answers);
}

/** The count on a stance's row of the distribution. */
function count(rows: string[], mark: string): number | undefined {
  const m = rows.find((r) => r.includes(mark))?.match(/ {2,}(\d+)(?: |$)/);
  return m ? Number(m[1]) : undefined;
}

describe('the class in presenter mode', () => {
  test('each issue gets a step with the class: the number of answers, the bars only after v', async () => {
    const model = await debateCopy();
    for (const [name, stance] of [
      ['Ana', 'for'],
      ['Ben', 'for'],
      ['Chloé', 'against'],
    ] as const)
      await answer(model, name, stance);
    const issue = model.issues[0];
    const total = presenterSteps(model, issue?.id).length + 1;
    const points = issueData(model, issue?.id ?? '')?.order.length ?? 0;
    const s = open({ args: ['--present', model.dir], cols: 100, rows: 30 });
    await s.ready(`0 / ${total}`);
    for (let n = 1; n <= points + 1; n++) {
      await s.press(KEYS.space);
      await s.waitForText(`${n} / ${total}`);
    }
    let screen = await s.waitForText('3 answers — press v to reveal');
    expect(screen.join('\n')).not.toContain('█');
    await s.press('v');
    screen = await s.waitForText('█');
    expect(count(screen, '++ for')).toBe(2);
    expect(count(screen, '-- against')).toBe(1);
    expect(screen.join('\n')).not.toMatch(/Ana|Ben|Chloé/);
    // The next issue's distribution is hidden until its own v.
    const next = model.issues[1];
    const nextTotal = presenterSteps(model, next?.id).length + 1;
    await s.press(KEYS.tab);
    await s.waitForText(`0 / ${nextTotal}`);
    for (let n = 1; n <= (issueData(model, next?.id ?? '')?.order.length ?? 0) + 1; n++) {
      await s.press(KEYS.space);
      await s.waitForText(`${n} / ${nextTotal}`);
    }
    screen = await s.waitForText('3 answers — press v to reveal');
    expect(screen.join('\n')).not.toContain('█');
    await s.press('v');
    await s.waitForText('█');
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});

describe('the class view, live', () => {
  test('a student saving while the class view is open changes the counts on screen', async () => {
    const model = await debateCopy();
    await answer(model, 'Ana', 'for');
    const s = open({ args: [model.dir], cols: 100, rows: 30 });
    await s.ready('Terrorist');
    await s.press('C');
    let screen = await s.waitForText('1 respondent · names not shown');
    expect(count(screen, '++ for')).toBe(1);
    expect(count(screen, '-- against')).toBe(0);

    await answer(model, 'Ben', 'against');
    screen = await s.waitForText('2 respondents · names not shown');
    expect(count(screen, '++ for')).toBe(1);
    expect(count(screen, '-- against')).toBe(1);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });

  test('with no responses/ folder yet, the first save makes the class appear', async () => {
    const model = await debateCopy();
    const s = open({ args: [model.dir], cols: 100, rows: 30 });
    await s.ready('Terrorist');
    await s.press('C');
    await s.waitForText('No answers yet');
    await answer(model, 'Ana', 'mixed');
    const screen = await s.waitForText('1 respondent · names not shown');
    expect(count(screen, '~  mixed')).toBe(1);
    await s.press('q');
    expect((await s.exit()).code).toBe(0);
  });
});
