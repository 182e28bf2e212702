// The name field at the end of the quiz (S on the result): what the student
// types is their name; Enter asks the app to save the answers under it
// (App.tsx writes responses/<name>.yaml: the reducer stays pure), Esc goes
// back to the result without saving. The name is kept in the quiz's state.
import { sanitize } from '../../../model/sanitize.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import type { Frame } from '../../layout/frame.js';
import { back, type Context, type ViewState } from '../../view-state.js';
import { freshQuiz } from '../quiz/quiz-state.js';
import type { Laid } from '../screen.js';

/** Longer names are cut here: it is a name, and it goes into a file and onto a screen. */
export const NAME_MAX = 80;

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const quiz = state.quiz ?? freshQuiz();
  const name = quiz.name ?? '';
  switch (cmd) {
    case 'delete-char':
      return { ...state, quiz: { ...quiz, name: [...name].slice(0, -1).join('') } };
    case 'open': {
      const trimmed = name.trim();
      if (trimmed === '') return state;
      return { ...back(state, ctx), quiz: { ...quiz, name: trimmed, saveAsked: true } };
    }
    default:
      return state;
  }
}

/** Text typed into the name (control characters, escapes and direction overrides never stay). */
export function typed(state: ViewState, text: string): ViewState {
  const clean = sanitize(text).replace(/\s/g, ' ');
  const quiz = state.quiz ?? freshQuiz();
  const name = [...`${quiz.name ?? ''}${clean}`].slice(0, NAME_MAX).join('');
  return clean && name !== quiz.name ? { ...state, quiz: { ...quiz, name } } : state;
}

export function settle(state: ViewState, _model: Model, _frame: Frame): Laid {
  return { state };
}
