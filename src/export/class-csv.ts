// The class results as CSV for a spreadsheet: one row per issue and stance,
// with the count (and the earlier round's, when there is one), the actors at
// that stance, and the actor nearest the class on the issue. csv-stringify
// does the quoting; a cell that starts like a formula is prefixed with ' so a
// spreadsheet shows it as text instead of running it.
import { stringify } from 'csv-stringify/sync';
import type { ClassView } from '../debate/class.js';
import { STANCES } from '../model/terms.js';

const FORMULA = /^[=+\-@\t\r]/;
const cell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

export function classCsv(view: ClassView, before?: ClassView): string {
  const rows: string[][] = [
    [
      'issue',
      'title',
      'stance',
      'count',
      ...(before ? ['count_before'] : []),
      'actors_at_stance',
      'class_mean',
      'nearest_actors',
      'respondents',
    ],
  ];
  for (const ic of view.issues) {
    const was = before?.issues.find((b) => b.issue.id === ic.issue.id);
    for (const s of [...STANCES, 'skipped' as const]) {
      const count = s === 'skipped' ? ic.skipped : ic.tally[s];
      const then = was ? [String(s === 'skipped' ? was.skipped : was.tally[s])] : before ? ['0'] : [];
      const actors = s === 'skipped' ? [] : view.actors.filter((a) => a.byIssue.get(ic.issue.id)?.stance === s).map((a) => a.name);
      rows.push(
        [
          ic.issue.id,
          ic.issue.title,
          s,
          String(count),
          ...then,
          actors.join('; '),
          ic.mean === undefined ? '' : ic.mean.toFixed(2),
          ic.closest.map((a) => a.name).join('; '),
          String(view.respondents),
        ].map(cell),
      );
    }
  }
  return stringify(rows);
}
