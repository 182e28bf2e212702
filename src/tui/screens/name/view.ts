// The name field: what is typed, the file it will be saved as, and that the
// name stays inside the file.
import { RESPONSES_DIR, respondentFileBase } from '../../../model/respondent-name.js';
import { width } from '../../../text/measure.js';
import { wrapCached } from '../../layout/shared.js';
import { blank, fitLine, type Line, seg } from '../../lines.js';
import type { ViewState } from '../../view-state.js';
import type { Drawing, Drawn } from '../screen.js';

const LABEL = ' Your name: ';

export function lines(state: ViewState, _layout: unknown, { frame }: Drawing): Drawn {
  const name = state.quiz?.name ?? '';
  const out: Line[] = [];
  const para = (text: string, style: Parameters<typeof seg>[1] = {}) => {
    for (const l of wrapCached(text, Math.max(10, frame.cols - 2))) out.push([seg(' '), seg(l, style)]);
  };
  out.push([seg(' Save your answers', { bold: true, role: 'heading' })]);
  out.push([]);
  out.push([seg(LABEL, { bold: true }), seg(tail(name, frame.cols - width(LABEL) - 2)), seg(' ', { inverse: true })]);
  out.push([]);
  if (name.trim() === '') para('Type your name, then Enter.', { role: 'muted' });
  else {
    const base = respondentFileBase(name.trim());
    para(`Enter saves your answers in the debate folder as ${RESPONSES_DIR}/${base}.yaml (${base}-2.yaml and so on if that one is taken).`);
    para('Your name is written inside the file; the class view never shows it.', { role: 'muted' });
  }
  out.push([]);
  para('Esc goes back without saving.', { role: 'muted' });
  const shown = out.slice(0, frame.body).map((l) => fitLine(l, frame.cols));
  while (shown.length < frame.body) shown.push(blank(frame.cols));
  return { lines: shown, where: 'quiz · save' };
}

/** The end of what is typed, where the student is writing, when all of it does not fit. */
function tail(text: string, room: number): string {
  if (width(text) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && width(chars.join('')) > room - 1) chars.shift();
  return `…${chars.join('')}`;
}
