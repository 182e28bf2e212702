// The quiz's name field, in the reducer: S on the result opens it, every
// letter is text there (q, s, ? too), Backspace deletes, Enter asks for the
// save under the name typed, Esc goes back without saving. A typed name never
// holds a control character, an escape sequence or a direction override.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import { isClean } from '../../src/model/sanitize.js';
import type { Model } from '../../src/model/types.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { lineText } from '../../src/tui/lines.js';
import { freshQuiz } from '../../src/tui/screens/quiz/quiz-state.js';
import { type Action, type Context, draw, initialState, reduce, type ViewState } from '../../src/tui/state.js';

let minimal: Model;
beforeAll(async () => {
  minimal = (await loadDebate('test/fixtures/debates/minimal')).model;
});

const SIZE = { cols: 80, rows: 24 };
const key = (name: string, text = name === 'space' ? ' ' : name.length === 1 ? name : ''): Action => ({ type: 'key', name, text });

function press(s: ViewState, ...keys: Array<string | Action>): ViewState {
  const ctx: Context = { model: minimal };
  for (const k of keys) s = reduce(s, typeof k === 'string' ? key(k) : k, ctx);
  return s;
}

/** Both issues answered (Enter twice each: answer, then on), at the result. */
function atResult(): ViewState {
  const s = initialState(SIZE, { model: minimal }, { screen: 'quiz', quiz: freshQuiz() });
  const done = press(s, 'enter', 'enter', 'enter', 'enter');
  expect(done.quiz?.phase).toBe('result');
  return done;
}

const shown = (s: ViewState) => draw(s, { model: minimal }, frameOf(SIZE)).lines.map(lineText).join('\n');

describe('the name field at the end of the quiz', () => {
  test('S opens it; letters that are commands elsewhere are typed; Backspace deletes', () => {
    const s = press(atResult(), 'S');
    expect(s.screen).toBe('name');
    const typed = press(
      s,
      'A',
      'n',
      'a',
      'space',
      'q',
      's',
      '?',
      'y',
      'R',
      'backspace',
      'backspace',
      'backspace',
      'backspace',
      'backspace',
      'backspace',
    );
    expect(typed.quiz?.name).toBe('Ana');
    expect(typed.exit).toBeUndefined();
    expect(typed.screen).toBe('name');
    expect(typed.quiz?.saveAsked).toBeUndefined();
    // The student sees the name and the file it will be saved as.
    expect(shown(typed)).toContain('Your name: Ana');
    expect(shown(typed)).toContain('responses/ana.yaml');
  });

  test('Enter goes back to the result and asks for the save, under the name without its outer spaces', () => {
    const s = press(atResult(), 'S', ...' Ana Lopez  '.split('').map((c) => (c === ' ' ? 'space' : c)), 'enter');
    expect(s.screen).toBe('quiz');
    expect(s.quiz?.saveAsked).toBe(true);
    expect(s.quiz?.name).toBe('Ana Lopez');
    // The answers are saved once: S again does not ask for another file.
    expect(press(s, 'S').screen).toBe('quiz');
  });

  test('Enter with no name does nothing; Esc goes back without saving, and S again keeps what was typed', () => {
    const empty = press(atResult(), 'S', 'space', 'enter');
    expect(empty.screen).toBe('name');
    expect(empty.quiz?.saveAsked).toBeUndefined();
    expect(shown(empty)).toContain('Type your name');
    const cancelled = press(empty, 'B', 'e', 'n', 'esc');
    expect(cancelled.screen).toBe('quiz');
    expect(cancelled.quiz?.phase).toBe('result');
    expect(cancelled.quiz?.saveAsked).toBeUndefined();
    expect(press(cancelled, 'S').quiz?.name).toBe(' Ben');
  });

  test('escape sequences, control characters and direction overrides never reach the name or the screen', () => {
    const hostile = '\u001b[2J\u001b]0;owned\u0007Eve\u202e\u0000\u009b31m\ttab';
    // Pasted as one run of text, or typed through the key path character by character.
    const pasted = press(atResult(), 'S', { type: 'type', text: hostile });
    const typed = press(atResult(), 'S', ...[...hostile].map((c) => key(c, c)));
    expect(pasted.quiz?.name).toMatch(/^Eve/);
    for (const s of [pasted, typed]) {
      expect(isClean(s.quiz?.name ?? '')).toBe(true);
      expect(s.quiz?.name).toContain('Eve');
      expect(isClean(shown(s))).toBe(true);
    }
  });

  test('a name longer than a name is cut, and the field shows its end at any width', () => {
    const long = 'x'.repeat(200);
    const s = press(atResult(), 'S', { type: 'type', text: long });
    expect([...(s.quiz?.name ?? '')].length).toBe(80);
    const narrow = { ...s, size: { cols: 40, rows: 24 } };
    const text = draw(narrow, { model: minimal }, frameOf(narrow.size)).lines.map(lineText);
    expect(text.find((l) => l.includes('Your name:'))).toMatch(/…x+\s*$/);
  });
});

describe('the next student', () => {
  test('y at the result starts a fresh quiz that asks for its own name; mid-quiz y does nothing', () => {
    const saved = press(atResult(), 'S', 'A', 'n', 'a', 'enter');
    const next = press(saved, 'y');
    expect(next.screen).toBe('quiz');
    expect(next.quiz?.phase).toBe('ask');
    expect(next.quiz?.answers).toEqual({});
    expect(next.quiz?.name).toBeUndefined();
    expect(next.quiz?.saveAsked).toBeUndefined();
    // One answer in, y keeps it.
    const midway = press(next, 'enter', 'enter');
    expect(press(midway, 'y')).toEqual(midway);
  });
});
