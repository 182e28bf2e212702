// Enter in the quiz's name field (or --save NAME) sets `saveAsked` in the view
// state; this writes the file once per quiz (the reducer stays pure) and says
// where in the footer.
import { relative } from 'node:path';
import { type MutableRefObject, useEffect, useRef } from 'react';
import type { Answers } from '../debate/closeness.js';
import type { Model } from '../model/types.js';
import type { Badge } from './components/Footer.js';
import type { QuizState } from './screens/quiz/quiz-state.js';
import type { Context } from './view-state.js';

export function useSaveAnswers(
  quiz: QuizState | undefined,
  ctx: MutableRefObject<Context>,
  save: ((model: Model, answers: Answers, name?: string) => Promise<string>) | undefined,
  setNotice: (b: Badge | undefined) => void,
): void {
  const saved = useRef(new WeakSet<QuizState['answers']>());
  useEffect(() => {
    if (!quiz?.saveAsked || saved.current.has(quiz.answers)) return;
    saved.current.add(quiz.answers);
    if (!save) {
      setNotice({ text: 'Saving needs a debate folder', severity: 'warning' });
      return;
    }
    const model = ctx.current.model;
    save(model, new Map(Object.entries(quiz.answers)), quiz.name).then(
      (file) => setNotice({ text: `Saved ${relative(model.dir, file)}`, severity: 'warning' }),
      (err: unknown) => setNotice({ text: `Not saved: ${(err as Error)?.message ?? err}`, severity: 'error' }),
    );
  }, [quiz, ctx, save, setNotice]);
}
