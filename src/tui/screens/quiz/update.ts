// The quiz's commands: ↑↓ choose a stance (or scroll the pages after), Enter
// answers and goes on, s skips, w changes how much the issue matters, S opens
// the name field to save the answers under (screens/name; App.tsx writes the
// file: the reducer stays pure).
import type { Weight } from '../../../debate/closeness.js';
import { STANCES } from '../../../model/terms.js';
import type { Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { clamp, clampOffset, type Frame, frameOf } from '../../layout/frame.js';
import type { Line } from '../../lines.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import type { Laid } from '../screen.js';
import { quizBody } from './layout.js';
import { freshQuiz, type QuizState } from './quiz-state.js';

export function open(state: ViewState, _ctx: Context): ViewState {
  // Mid-quiz, y is no way to lose the answers so far: it starts afresh only from the result.
  if (state.screen === 'quiz' && state.quiz && state.quiz.phase !== 'result') return state;
  // y again after the result (or from the result: the next student) starts afresh; from elsewhere mid-quiz it carries on.
  const quiz = state.quiz && state.screen !== 'quiz' && state.quiz.phase !== 'result' ? state.quiz : freshQuiz(state.quiz?.autoSave);
  return { ...push(state, 'quiz'), quiz };
}

function next(q: QuizState, model: Model): QuizState {
  if (q.at + 1 >= model.issues.length) {
    const save = q.autoSave && Object.keys(q.answers).length > 0;
    return { ...q, phase: 'result', top: 0, ...(save ? { saveAsked: true } : {}) };
  }
  return { ...q, at: q.at + 1, phase: 'ask', choice: 0, weight: 1, top: 0 };
}

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  const q = state.quiz ?? freshQuiz();
  const issue = ctx.model.issues[q.at];
  const h = Math.max(1, frameOf(state.size).body - 1);
  const set = (quiz: QuizState): ViewState => ({ ...state, quiz });
  if (q.phase === 'ask' && issue) {
    switch (cmd) {
      case 'up':
      case 'down':
        return set({ ...q, choice: clamp(q.choice + (cmd === 'up' ? -1 : 1), 0, STANCES.length - 1) });
      case 'top':
      case 'bottom':
        return set({ ...q, choice: cmd === 'top' ? 0 : STANCES.length - 1 });
      case 'weight':
        return set({ ...q, weight: ((q.weight + 1) % 3) as Weight });
      case 'open': {
        const stance = STANCES[q.choice] ?? 'unclear';
        return set({ ...q, phase: 'shown', top: 0, answers: { ...q.answers, [issue.id]: { stance, weight: q.weight } } });
      }
      case 'skip': {
        const { [issue.id]: _, ...rest } = q.answers;
        return set(next({ ...q, answers: rest }, ctx.model));
      }
      default:
        return state;
    }
  }
  switch (cmd) {
    case 'open':
    case 'skip':
      return q.phase === 'shown' ? set(next(q, ctx.model)) : state;
    case 'save':
      // Once saved (or with --save NAME, saved at the end), a second file would only count the student twice.
      if (q.phase !== 'result' || Object.keys(q.answers).length === 0 || q.saveAsked) return state;
      return push(set({ ...q, name: q.name ?? '' }), 'name');
    case 'up':
    case 'down':
      return set({ ...q, top: q.top + (cmd === 'up' ? -1 : 1) });
    case 'page-up':
    case 'page-down':
      return set({ ...q, top: q.top + (cmd === 'page-up' ? -1 : 1) * Math.max(1, h - 1) });
    case 'top':
      return set({ ...q, top: 0 });
    case 'bottom':
      return set({ ...q, top: Number.MAX_SAFE_INTEGER });
    default:
      return state;
  }
}

export interface QuizLayout {
  quiz: QuizState;
  body: Line[];
}

export function settle(state: ViewState, model: Model, frame: Frame, last?: QuizLayout): Laid<QuizLayout> {
  const quiz = state.quiz ?? freshQuiz();
  const body = last && last.quiz === quiz ? last.body : quizBody(model, quiz, frame.cols);
  const top = clampOffset(quiz.top, Math.max(1, frame.body), body.length);
  const settled = top === quiz.top && state.quiz ? quiz : { ...quiz, top };
  return { state: { ...state, quiz: settled }, layout: { quiz: settled, body } };
}
