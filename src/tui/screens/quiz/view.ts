// The quiz page of the moment, scrolled.
import { blank, fitLine, type Line } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';
import { quizBody } from './layout.js';
import { freshQuiz } from './quiz-state.js';
import type { QuizLayout } from './update.js';

export function lines(state: ViewState, layout: QuizLayout | undefined, { model, frame }: Drawing): Drawn {
  const quiz = state.quiz ?? freshQuiz();
  const body = layout?.quiz === quiz ? layout.body : quizBody(model, quiz, frame.cols);
  const out: Line[] = [];
  for (let l = quiz.top; l < Math.min(body.length, quiz.top + frame.body); l++) out.push(fitLine(body[l] as Line, frame.cols));
  while (out.length < frame.body) out.push(blank(frame.cols));
  const where = quiz.phase === 'result' ? 'quiz · who is closest' : `quiz · issue ${quiz.at + 1} of ${model.issues.length}`;
  return { lines: out, where };
}
