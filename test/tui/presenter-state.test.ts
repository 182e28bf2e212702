// The classroom parts of the view-state reducer, without a terminal:
// presenter stepping, the discussion timer as data, compare and the lens.
import { beforeAll, describe, expect, test } from 'vitest';
import { lensedModel } from '../../src/debate/lensed.js';
import { findItem, issueData, search } from '../../src/debate/reading.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import type { Command } from '../../src/tui/keys.js';
import { presenterSteps } from '../../src/tui/screens/present/layout.js';
import { type Action, type Context, type InitialOptions, initialState, reduce, type ViewState } from '../../src/tui/state.js';

let minimal: Model;
let example: Model;

beforeAll(async () => {
  minimal = (await loadDebate('test/fixtures/debates/minimal')).model;
  example = (await loadDebate('positions/mexico-cartels')).model;
});

const SIZE = { cols: 100, rows: 30 };

function start(model: Model, opts: InitialOptions = {}): { s: ViewState; ctx: Context } {
  const ctx: Context = { model };
  return { s: initialState(SIZE, ctx, opts), ctx };
}

function run(model: Model, steps: Array<Command | Action>, opts: InitialOptions = {}, from?: ViewState): ViewState {
  const ctx: Context = { model };
  let s = from ?? initialState(SIZE, ctx, opts);
  for (const c of steps) s = reduce(s, typeof c === 'string' ? { type: 'command', command: c } : c, ctx);
  return s;
}

const key = (name: string): Action => ({ type: 'key', name, text: name.length === 1 ? name : '' });
const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('presenter mode: stepping', () => {
  test('--present starts on the first issue with only its question shown', () => {
    const { s } = start(minimal, { screen: 'present' });
    expect(s.screen).toBe('present');
    expect(s.issueId).toBe('cost');
    expect(s.presentStep).toBe(0);
    // Esc leaves presenter mode for the matrix.
    expect(run(minimal, ['back'], {}, s).screen).toBe('matrix');
  });

  test("the steps are the issue view's reading order, then the issue's prompts", () => {
    const steps = presenterSteps(minimal, 'cost');
    const order = issueData(minimal, 'cost')?.order ?? [];
    expect(steps.slice(0, order.length).map((x) => (x.kind === 'item' ? x.item.id : x.kind))).toEqual(order.map((i) => i.id));
    expect(steps.slice(order.length)).toEqual([
      { kind: 'prompt', text: 'What would you give up to pay for it?', n: 1, of: 1, whole: false },
    ]);
    // Claims come first: both actors' claims before any evidence.
    expect(steps.slice(0, 2).map((x) => x.kind === 'item' && x.item.kind)).toEqual(['claim', 'claim']);
  });

  test('the last issue ends on the prompts about the whole debate', () => {
    const steps = presenterSteps(minimal, 'traffic');
    expect(steps.at(-1)).toEqual({ kind: 'prompt', text: 'Who should decide?', n: 1, of: 1, whole: true });
    expect(presenterSteps(minimal, 'cost').some((x) => x.kind === 'prompt' && x.whole)).toBe(false);
  });

  test('Space, → and Enter reveal one more point; Backspace and ← hide it again', () => {
    const { s } = start(minimal, { screen: 'present' });
    const one = run(minimal, [key('space')], {}, s);
    expect(one.presentStep).toBe(1);
    expect(one.itemId).toBe('council/worth-it#claim');
    expect(run(minimal, [key('space'), key('right'), key('enter')], {}, s).presentStep).toBe(3);
    expect(run(minimal, [key('space'), key('space'), key('backspace')], {}, s).presentStep).toBe(1);
    expect(run(minimal, [key('space'), key('space'), key('left')], {}, s).presentStep).toBe(1);
    // A presentation remote's PgDn / PgUp too.
    expect(run(minimal, [key('pagedown'), key('pagedown'), key('pageup')], {}, s).presentStep).toBe(1);
  });

  test('the issue ends on its discussion prompt, then Space goes on to the next issue at its question', () => {
    const total = presenterSteps(minimal, 'cost').length;
    const end = run(minimal, times(total, 'step'), { screen: 'present' });
    expect(end.issueId).toBe('cost');
    expect(end.presentStep).toBe(total);
    expect(presenterSteps(minimal, 'cost')[end.presentStep - 1]?.kind).toBe('prompt');
    const next = run(minimal, ['step'], {}, end);
    expect(next.issueId).toBe('traffic');
    expect(next.presentStep).toBe(0);
    // Back from the question returns to the end of the previous issue.
    const back = run(minimal, ['step-back'], {}, next);
    expect(back.issueId).toBe('cost');
    expect(back.presentStep).toBe(total);
  });

  test('at the very end and the very start, stepping further does nothing', () => {
    const last = run(minimal, ['next-issue', ...times(30, 'step' as const)], { screen: 'present' });
    expect(last.issueId).toBe('traffic');
    expect(last.presentStep).toBe(presenterSteps(minimal, 'traffic').length);
    const first = run(minimal, ['step-back', 'step-back'], { screen: 'present' });
    expect(first.issueId).toBe('cost');
    expect(first.presentStep).toBe(0);
  });

  test('Tab and Shift-Tab go to the next and previous issue, at its question', () => {
    const s = run(minimal, ['step', 'step', key('tab')], { screen: 'present' });
    expect(s.issueId).toBe('traffic');
    expect(s.presentStep).toBe(0);
    expect(run(minimal, [key('shift-tab')], {}, s).issueId).toBe('cost');
  });

  test('P toggles presenter mode from the matrix and back, starting at the focused issue with everything hidden', () => {
    const on = run(minimal, ['down', key('P')]);
    expect(on.screen).toBe('present');
    expect(on.issueId).toBe('traffic');
    expect(on.presentStep).toBe(0);
    const off = run(minimal, ['step', key('P')], {}, on);
    expect(off.screen).toBe('matrix');
    expect(off.issueId).toBe('traffic');
  });

  test('leaving for the issue view keeps the place: the last point shown is focused there', () => {
    const s = run(minimal, ['open', key('P'), 'step', 'step', 'step']);
    const issue = run(minimal, [key('P')], {}, s);
    expect(issue.screen).toBe('issue');
    // The third point of the cost issue: the council's quote, the first evidence after both claims.
    expect(issue.itemId).toBe('council/worth-it#evidence/0');
  });
});

describe('presenter mode: the discussion timer', () => {
  test('t starts a two-minute countdown; ticks take time off it; it stops at zero', () => {
    const s = run(minimal, [key('t')], { screen: 'present' });
    expect(s.timer).toEqual({ setMs: 120_000, leftMs: 120_000, running: true });
    const later = run(
      minimal,
      [
        { type: 'tick', ms: 1000 },
        { type: 'tick', ms: 14_000 },
      ],
      {},
      s,
    );
    expect(later.timer?.leftMs).toBe(105_000);
    const done = run(minimal, [{ type: 'tick', ms: 200_000 }], {}, later);
    expect(done.timer).toEqual({ setMs: 120_000, leftMs: 0, running: false });
    // Another t after the end starts it again from what it was set to.
    expect(run(minimal, [key('t')], {}, done).timer).toEqual({ setMs: 120_000, leftMs: 120_000, running: true });
  });

  test('t pauses and resumes; a paused timer does not move', () => {
    const paused = run(minimal, [key('t'), { type: 'tick', ms: 5000 }, key('t'), { type: 'tick', ms: 60_000 }], { screen: 'present' });
    expect(paused.timer).toEqual({ setMs: 120_000, leftMs: 115_000, running: false });
    const resumed = run(minimal, [key('t'), { type: 'tick', ms: 5000 }], {}, paused);
    expect(resumed.timer?.leftMs).toBe(110_000);
  });

  test('+ and - change it by a minute, before or while it runs; T stops and hides it', () => {
    const set = run(minimal, [key('+'), key('+'), key('-'), key('t')], { screen: 'present' });
    expect(set.timer).toEqual({ setMs: 180_000, leftMs: 180_000, running: true });
    const less = run(minimal, [key('-'), key('-'), key('-'), key('-')], {}, set);
    expect(less.timer?.leftMs).toBe(0);
    expect(less.timer?.running).toBe(false);
    expect(run(minimal, [key('T')], {}, set).timer).toBeUndefined();
  });

  test('ticks are ignored when no timer runs, and keep the same state object', () => {
    const { s, ctx } = start(minimal, { screen: 'present' });
    expect(reduce(s, { type: 'tick', ms: 1000 }, ctx)).toBe(s);
  });

  test('the timer keys do nothing outside presenter mode', () => {
    expect(run(minimal, [key('t'), key('+')]).timer).toBeUndefined();
  });
});

describe('compare', () => {
  test('c compares the focused actor with the next one; ← → pick another, never the same', () => {
    const s = run(example, [key('c')]);
    expect(s.screen).toBe('compare');
    expect(s.actorId).toBe('us-administration');
    expect(s.compareWith).toBe('mexico-government');
    expect(run(example, [key('right')], {}, s).compareWith).toBe('sheinbaum-critics');
    // Round past the end, skipping the focused actor itself.
    expect(run(example, [key('right'), key('right')], {}, s).compareWith).toBe('mexico-government');
    expect(run(example, [key('left')], {}, s).compareWith).toBe('sheinbaum-critics');
  });

  test('from the last actor, the next one is the first', () => {
    const s = run(example, ['right', 'right', key('c')]);
    expect(s.actorId).toBe('sheinbaum-critics');
    expect(s.compareWith).toBe('us-administration');
  });

  test('↑ ↓ move between issues, Enter opens the issue view there, Esc comes back', () => {
    const s = run(example, [key('c'), key('down'), key('down')]);
    expect(s.issueId).toBe(example.issues[2]?.id);
    const opened = run(example, [key('enter')], {}, s);
    expect(opened.screen).toBe('issue');
    expect(opened.issueId).toBe(example.issues[2]?.id);
    expect(run(example, ['back'], {}, opened).screen).toBe('compare');
  });

  test('with a single actor there is nothing to compare with, and c does nothing', async () => {
    const one = (await loadDebate('test/fixtures/debates/minimal')).model;
    const single: Model = { ...one, actors: one.actors.slice(0, 1) };
    expect(run(single, [key('c')]).screen).toBe('matrix');
  });
});

describe('the framing lens', () => {
  test('f cycles all → quote → fact → statistic → claim → interpretation → all; F goes back', () => {
    const seen: Array<string | null> = [];
    let s = start(minimal).s;
    for (let i = 0; i < 6; i++) {
      s = run(minimal, [key('f')], {}, s);
      seen.push(s.lens);
    }
    expect(seen).toEqual(['quote', 'fact', 'statistic', 'claim', 'interpretation', null]);
    expect(run(minimal, [key('F')]).lens).toBe('interpretation');
  });

  test('--lens starts with it on', () => {
    expect(start(minimal, { lens: 'statistic' }).s.lens).toBe('statistic');
  });

  test('works in the issue view, actor view, detail and presenter mode, not while typing a search', () => {
    for (const path of [['open'], ['actor'], ['open', 'open'], [key('P')]] as Array<Array<Command | Action>>) {
      expect(run(minimal, [...path, key('f')]).lens).toBe('quote');
    }
    expect(run(minimal, ['search', key('f')]).lens).toBeNull();
  });

  test('the model seen through a lens keeps only that kind of evidence, and is built once', () => {
    const quote = lensedModel(minimal, 'quote');
    expect(lensedModel(minimal, 'quote')).toBe(quote);
    expect(lensedModel(quote, null)).toBe(minimal);
    const evidence = [...quote.positions.values()].flatMap((p) => p.evidence.map((e) => e.kind));
    expect(evidence).toEqual(['quote']);
    expect(issueData(quote, 'cost')?.order.length).toBe((issueData(minimal, 'cost')?.order.length ?? 0) - 1);
  });

  test('an item keeps its id through every lens: evidence is numbered as in the whole debate', () => {
    // A position whose first interpretation is not its first evidence.
    const p = [...example.positions.values()].find((x) => x.evidence.findIndex((e) => e.kind === 'interpretation') > 0);
    expect(p).toBeDefined();
    if (!p) return;
    const at = p.evidence.findIndex((e) => e.kind === 'interpretation');
    const seen = lensedModel(example, 'interpretation');
    const shown = issueData(seen, p.issueId)
      ?.columns.flatMap((c) => c.items)
      .find((i) => i.evidence === p.evidence[at]);
    expect(shown?.id).toBe(`${p.key}#evidence/${at}`);
    expect(findItem(example, p.issueId, shown?.id)?.item.evidence).toBe(p.evidence[at]);
    // Search through the lens names it the same way.
    const hit = search(seen, p.evidence[at]?.text ?? '').find((h) => h.entry.issueId === p.issueId && h.entry.actorId === p.actorId);
    expect(hit?.entry.itemId).toBe(shown?.id);
  });

  test('the focused evidence stays focused when the lens still shows it, else its claim is', () => {
    // Focus the residents' statistic on the cost issue in the issue view.
    const opened = run(minimal, ['right', 'open', 'down']);
    expect(opened.itemId).toBe('residents/too-costly#evidence/0');
    const stat = run(minimal, [key('f'), key('f'), key('f')], {}, opened);
    expect(stat.lens).toBe('statistic');
    const found = findItem(lensedModel(minimal, 'statistic'), stat.issueId, stat.itemId);
    expect(found?.item.evidence?.text).toBe('The bridge costs 40 million.');
    const quote = run(minimal, [key('F'), key('F')], {}, stat);
    expect(quote.lens).toBe('quote');
    expect(quote.itemId).toBe('residents/too-costly#claim');
    // Round to all again: the statistic the reader was on is focused again.
    const all = run(minimal, [key('F')], {}, quote);
    expect(all.lens).toBeNull();
    expect(all.itemId).toBe('residents/too-costly#evidence/0');
  });

  test('moving on after a lens hid the focus: the next lens starts from where the reader is now', () => {
    const opened = run(minimal, ['right', 'open', 'down', key('f')]);
    expect(opened.itemId).toBe('residents/too-costly#claim');
    const moved = run(minimal, ['left', key('F')], {}, opened);
    expect(moved.lens).toBeNull();
    expect(moved.actorId).toBe('council');
    expect(moved.itemId).toBe('council/worth-it#claim');
  });

  test('what step-through had revealed stays revealed, less what the lens hides', () => {
    // Claims (2) and the council's quote are revealed; the residents' statistic is not.
    const s = run(minimal, ['open', 'step-mode', 'step', 'step', 'step']);
    expect(s.reveal).toBe(3);
    expect(run(minimal, [key('f')], {}, s).reveal).toBe(3);
    expect(run(minimal, [key('f'), key('f')], {}, s).reveal).toBe(2);
    // Through every lens and back to all: the same three are revealed.
    expect(run(minimal, times(6, key('f')), {}, s).reveal).toBe(3);
  });

  test('in presenter mode the step count follows, and revealed prompts stay revealed', () => {
    const total = presenterSteps(minimal, 'cost').length;
    const end = run(minimal, times(total, 'step'), { screen: 'present' });
    const fact = run(minimal, [key('f'), key('f')], {}, end);
    expect(fact.lens).toBe('fact');
    expect(fact.presentStep).toBe(presenterSteps(lensedModel(minimal, 'fact'), 'cost').length);
    expect(fact.presentStep).toBe(total - 2);
  });
});

describe("presenter mode: the class's answers", () => {
  // Three students' saved answers, as App hands them over once responses/ is read.
  const answers: Action = {
    type: 'respondents',
    answers: [
      new Map([['cost', { stance: 'for', weight: 1 }]]),
      new Map([
        ['cost', { stance: 'against', weight: 2 }],
        ['traffic', { stance: 'mixed', weight: 1 }],
      ]),
      new Map([['traffic', { stance: 'leans-for', weight: 1 }]]),
    ],
  };
  const order = () => issueData(minimal, 'cost')?.order.length ?? 0;
  /** Presenter mode on `cost`, with the answers read, at the class's step. */
  const atClass = () => run(minimal, [answers, ...times(order() + 1, 'step' as const)], { screen: 'present' });

  test('without saved answers there is no class step', () => {
    expect(presenterSteps(minimal, 'cost').some((x) => x.kind === 'class')).toBe(false);
    expect(presenterSteps(minimal, 'cost', []).some((x) => x.kind === 'class')).toBe(false);
    // The key does nothing then.
    const s = run(minimal, [key('v')], { screen: 'present' });
    expect(s.presentStep).toBe(0);
    expect(s.classShown).toEqual([]);
  });

  test("with answers, each issue's class step comes after its points and before its discussion prompt, with the issue's counts", () => {
    const s = run(minimal, [answers], { screen: 'present' });
    const steps = presenterSteps(minimal, 'cost', s.classAnswers);
    expect(steps.length).toBe(presenterSteps(minimal, 'cost').length + 1);
    const at = steps.findIndex((x) => x.kind === 'class');
    expect(at).toBe(order());
    expect(steps[at + 1]?.kind).toBe('prompt');
    const step = steps[at];
    expect(step?.kind === 'class' && [step.respondents, step.issue.tally.for, step.issue.tally.against, step.issue.skipped]).toEqual([
      3, 1, 1, 1,
    ]);
  });

  test('the class step starts hidden; v reveals it, and v again hides it', () => {
    const s = atClass();
    expect(presenterSteps(minimal, 'cost', s.classAnswers)[s.presentStep - 1]?.kind).toBe('class');
    expect(s.classShown).toEqual([]);
    const shown = run(minimal, [key('v')], {}, s);
    expect(shown.classShown).toEqual(['cost']);
    expect(shown.presentStep).toBe(s.presentStep);
    expect(run(minimal, [key('v')], {}, shown).classShown).toEqual([]);
  });

  test('each issue is revealed on its own, and stays revealed when the teacher comes back to it', () => {
    const shown = run(minimal, [key('v')], {}, atClass());
    const next = run(minimal, ['next-issue'], {}, shown);
    expect(next.issueId).toBe('traffic');
    // The next issue's class step is hidden until its own reveal.
    const traffic = presenterSteps(minimal, 'traffic', next.classAnswers);
    const there = run(minimal, times(traffic.findIndex((x) => x.kind === 'class') + 1, 'step' as const), {}, next);
    expect(traffic[there.presentStep - 1]?.kind).toBe('class');
    expect(there.classShown).toEqual(['cost']);
    // Back on the first issue, its distribution is still revealed.
    expect(run(minimal, ['prev-issue'], {}, there).classShown).toEqual(['cost']);
  });

  test('v on another step of the issue goes to the class step and reveals it', () => {
    const s = run(minimal, [answers, 'step'], { screen: 'present' });
    const shown = run(minimal, [key('v')], {}, s);
    expect(shown.presentStep).toBe(order() + 1);
    expect(shown.classShown).toEqual(['cost']);
  });

  test('new answers read while presenting change the counts, and keep the place and what was revealed', () => {
    const shown = run(minimal, [key('v')], {}, atClass());
    const more: Action = {
      type: 'respondents',
      answers: [...(answers.type === 'respondents' ? answers.answers : []), new Map([['cost', { stance: 'for', weight: 1 }]])],
    };
    const after = run(minimal, [more], {}, shown);
    expect(after.presentStep).toBe(shown.presentStep);
    expect(after.classShown).toEqual(['cost']);
    const step = presenterSteps(minimal, 'cost', after.classAnswers)[after.presentStep - 1];
    expect(step?.kind === 'class' && [step.respondents, step.issue.tally.for]).toEqual([4, 2]);
  });
});
