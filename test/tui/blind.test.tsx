// Blind mode leaks no name: every screen (drawn in-process, and the app
// walked through with keys) and every export format of the example debate is
// searched for each actor's name, short name, role, people and speakers,
// and none is found; R gives the names back.
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { blindModel, blindSecrets } from '../../src/debate/blind.js';
import { classView } from '../../src/debate/class.js';
import type { Answer } from '../../src/debate/closeness.js';
import { compareActors } from '../../src/debate/compare.js';
import { renderArgdown } from '../../src/export/argdown.js';
import { classCsv } from '../../src/export/class-csv.js';
import { renderComparePlain } from '../../src/export/compare-text.js';
import { renderMapPlain } from '../../src/export/forest-text.js';
import { renderJson } from '../../src/export/json.js';
import { renderMarkdown } from '../../src/export/markdown.js';
import { renderPlain } from '../../src/export/plain.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { type Command, KEYS, type Screen } from '../../src/tui/keys.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { lineText } from '../../src/tui/lines.js';
import { classBody } from '../../src/tui/screens/class/layout.js';
import { freshQuiz } from '../../src/tui/screens/quiz/quiz-state.js';
import { SCREENS } from '../../src/tui/screens/registry.js';
import { type Context, draw, initialState, reduce, type ViewState } from '../../src/tui/state.js';
import { KEY, type Rendered, renderAt } from './render.js';

let example: LoadResult;
let secrets: string[];
let current: Rendered | undefined;

beforeAll(async () => {
  example = await loadDebate('positions/mexico-cartels');
  const m = example.model;
  const speakers = m.actors.flatMap((a) =>
    a.positions.flatMap((p) => [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]).map((e) => e.speaker),
  );
  secrets = [
    ...m.actors.flatMap((a) => [a.name, a.short, a.role, ...a.people.flatMap((p) => [p.name, p.role])]),
    ...speakers,
    // Surnames alone, as claims use them.
    'Sheinbaum',
    'Rubio',
    'Musk',
    'Trump',
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
});

afterEach(() => {
  current?.unmount();
  current = undefined;
});

function leaks(text: string): string[] {
  return secrets.filter((s) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

const answers = (k: number) =>
  new Map<string, Answer>(
    example.model.issues.map((i, n) => [
      i.id,
      { stance: (['for', 'against', 'mixed', 'leans-for'] as const)[(n + k) % 4] ?? 'for', weight: 1 },
    ]),
  );

describe('blind mode', () => {
  test('the secrets are really in the example, so the search can fail', () => {
    const all = renderMarkdown(example.model);
    expect(leaks(all).length).toBeGreaterThan(5);
    expect(blindSecrets(example.model).length).toBeGreaterThan(5);
  });

  test('every screen, drawn in-process at 60 and 120 columns, names no actor', () => {
    const ctx: Context = { model: example.model };
    for (const cols of [60, 120]) {
      const size = { cols, rows: 40 };
      for (const screen of Object.keys(SCREENS) as Screen[]) {
        const states: ViewState[] = [];
        let s = initialState(size, ctx, { screen, blind: true, quiz: freshQuiz() });
        s = reduce(s, { type: 'respondents', answers: [0, 1, 2].map(answers) }, ctx);
        states.push(s);
        // Open what the screen opens (an item, the class's answers, revealed in presenter mode), and walk a quiz to its end.
        const walk: Command[] =
          screen === 'quiz'
            ? [...example.model.issues.flatMap((): Command[] => ['down', 'open', 'open'])]
            : screen === 'present'
              ? ['open', 'reveal-class', 'down']
              : ['open', 'down', 'right'];
        if (screen === 'class') s = reduce(s, { type: 'command', command: 'class' }, ctx);
        if (screen === 'compare') s = reduce(s, { type: 'command', command: 'compare' }, ctx);
        if (screen === 'search') s = reduce(s, { type: 'type', text: 'the' }, ctx);
        for (const cmd of walk) {
          s = reduce(s, { type: 'command', command: cmd }, ctx);
          states.push(s);
        }
        for (const st of states) {
          const { lines, where } = draw(st, ctx, frameOf(size), example.texts);
          const text = `${where}\n${lines.map(lineText).join('\n')}`;
          expect(leaks(text), `${screen} (${st.screen}) at ${cols}`).toEqual([]);
        }
      }
    }
  });

  test('the app walked with keys names no actor until R', async () => {
    current = await renderAt(
      <App debates={[]} initial={example} load={loadDebate} theme={{ color: false }} start={{ blind: true }} />,
      100,
      30,
    );
    const r = current;
    const keys = [
      KEY.enter,
      ' ',
      ' ',
      KEY.enter,
      KEY.esc,
      KEY.esc,
      'a',
      KEY.esc,
      'c',
      KEY.esc,
      'P',
      ' ',
      ' ',
      ' ',
      KEY.esc,
      'y',
      KEY.enter,
      KEY.enter,
      KEY.esc,
      'C',
      KEY.esc,
      '?',
      KEY.esc,
      'p',
      KEY.esc,
    ];
    for (const k of keys) await r.press(k);
    const seen = r.stdout.frames.join('\n');
    expect(seen).toContain('Actor A');
    expect(leaks(seen)).toEqual([]);
    await r.press('R');
    expect(leaks(r.screen()).length).toBeGreaterThan(0);
  });

  test('every export format of the blind model names no actor', () => {
    const m = blindModel(example.model);
    const [a, b] = m.actors;
    const outputs = {
      markdown: renderMarkdown(m),
      audit: renderMarkdown(m, { audit: true }),
      json: renderJson(m, { audit: true }),
      argdown: renderArgdown(m),
      plain: renderPlain(m, { width: 100 }),
      map: renderMapPlain(m, { width: 100, where: (l) => `${l.file}:${l.line}:${l.col}` }),
      compare: renderComparePlain(compareActors(m, a?.id ?? '', b?.id ?? ''), 100),
      classText: classBody(m, classView(m, [answers(0), answers(1)]), 100)
        .map(lineText)
        .join('\n'),
      classCsv: classCsv(classView(m, [answers(0), answers(1)])),
    };
    for (const [format, text] of Object.entries(outputs)) {
      expect(text.length, format).toBeGreaterThan(100);
      expect(leaks(text), format).toEqual([]);
    }
    expect(KEYS.some((k) => k.command === 'reveal-names')).toBe(true);
  });
});
