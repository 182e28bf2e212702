// The class view with 30 respondents, at 60 and 120 columns: per issue a bar
// of █ and a count for each stance (counts that add up to the class), each
// actor marked on the same scale, the nearest actor; no student's name; and
// `standpoint class` with --before/--after and --csv.
import './force-color.js';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { runClass } from '../../src/commands/quiz.js';
import type { Answer, Weight } from '../../src/debate/closeness.js';
import { type LoadResult, loadDebate } from '../../src/model/load.js';
import type { RespondentFile } from '../../src/model/respondent.js';
import { STANCES } from '../../src/model/terms.js';
import { App, type AppProps } from '../../src/tui/App.js';
import { capture } from '../helpers/output.js';
import { cleanScratch, scratch } from '../model/helpers.js';
import { answering, KEY, type Rendered, renderAt } from './render.js';

let example: LoadResult;
let current: Rendered | undefined;

/** 30 students, answers spread over the scale by a fixed rule (a few skips). */
function students(n = 30, shift = 0): RespondentFile[] {
  return Array.from({ length: n }, (_, k) => {
    const answers = new Map<string, Answer>();
    example.model.issues.forEach((issue, i) => {
      const r = (k * 7 + i * 3 + shift) % 11;
      if (r === 10) return;
      answers.set(issue.id, { stance: STANCES[r % 6] ?? 'for', weight: ((k + i) % 3) as Weight });
    });
    return { file: `/responses/s${k}.yaml`, name: `Student${k}`, date: '2026-11-25', answers };
  });
}

beforeAll(async () => {
  example = await loadDebate('positions/mexico-cartels');
});

afterEach(() => {
  current?.unmount();
  current = undefined;
  cleanScratch();
});

describe.each([
  [60, 30],
  [120, 40],
])('the class view at %i×%i', (cols, rows) => {
  test('C shows the class issue by issue as bars with counts, the actors on the same scale, and no names', async () => {
    const respondents = students();
    current = await renderAt(
      <App debates={[]} initial={example} load={loadDebate} theme={{ color: false }} respondents={answering(respondents)} />,
      cols,
      rows,
    );
    const r = current;
    await r.press('C');
    const lines = r.lines();
    const s = lines.join('\n');
    expect(s).toContain('30 respondents');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(cols);
    const issue = example.model.issues[0];
    expect(s).toContain(issue?.title);
    // The first issue's six counts add up to the class less those who skipped.
    const skipped = respondents.filter((x) => !x.answers.has(issue?.id ?? '')).length;
    const counts = STANCES.map((st) => {
      const row = lines.find(
        (l) => l.trimStart().startsWith(`${st === 'for' ? '++' : st === 'against' ? '--' : ''}`) && l.includes(st.replace('-', ' ')),
      );
      const m = row?.match(/█*\s+(\d+)/);
      return Number(m?.[1]);
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30 - skipped);
    expect(s).toMatch(/█+\s+\d+/);
    // Each actor placed on the scale of the first issue, by its short name.
    for (const a of example.model.actors) if (a.byIssue.has(issue?.id ?? '')) expect(s).toContain(a.short);
    expect(s).not.toMatch(/Student\d/);
    // At the end: who each student is closest to, in counts.
    await r.press(KEY.end);
    const end = r.screen();
    expect(end).toContain('Closest actor for each respondent');
    expect(end).not.toMatch(/Student\d/);
  });
});

describe("the class's answers are read only when needed", () => {
  test('not at start, but when C first opens the class view; then they stay read, and new answers show', async () => {
    const asked: string[] = [];
    let send: ((list: readonly RespondentFile[]) => void) | undefined;
    const respondents: AppProps['respondents'] = (dir, _issues, listener) => {
      asked.push(dir);
      send = listener;
      return () => {
        send = undefined;
      };
    };
    current = await renderAt(
      <App debates={[]} initial={example} load={loadDebate} theme={{ color: false }} respondents={respondents} />,
      100,
      30,
    );
    const r = current;
    await r.press(KEY.down, 'a', KEY.esc);
    expect(asked).toEqual([]);
    await r.press('C');
    expect(asked).toEqual([example.model.dir]);
    expect(r.screen()).toContain('reading the answers');
    send?.(students(3));
    await r.press();
    expect(r.screen()).toContain('3 respondents');
    // Back on the matrix and in again: still the same reading, kept fresh.
    await r.press(KEY.esc, 'C');
    expect(asked).toHaveLength(1);
    send?.(students(5));
    await r.press();
    expect(r.screen()).toContain('5 respondents');
  });
});

describe('standpoint class', () => {
  function debateWithRounds(): { dir: string; before: string } {
    const dir = join(scratch(), 'debate');
    cpSync('positions/mexico-cartels', dir, { recursive: true });
    const write = (folder: string, list: RespondentFile[]) => {
      mkdirSync(folder, { recursive: true });
      for (const x of list) {
        const answers = Object.fromEntries([...x.answers].map(([id, a]) => [id, { stance: a.stance, weight: a.weight }]));
        writeFileSync(join(folder, `${x.name.toLowerCase()}.yaml`), JSON.stringify({ name: x.name, date: x.date, answers }));
      }
    };
    const before = join(scratch(), 'round1');
    write(before, students(30, 5));
    write(join(dir, 'responses'), students(30));
    return { dir, before };
  }

  test('--before shows what each count was, and how the class moved on average', async () => {
    const { dir, before } = debateWithRounds();
    const o = capture();
    expect(await runClass(dir, { before, width: '100' }, o)).toBe(0);
    expect(o.stdout).toContain('30 answers after, 30 before');
    expect(o.stdout).toMatch(/█+\s+\d+ \(was \d+\)/);
    expect(o.stdout).toMatch(/Class on average: .+, was .+ · nearest actor/);
    for (const l of o.stdout.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(100);
  });

  test('--csv gives one row per issue and stance, counts adding up to the class', async () => {
    const { dir } = debateWithRounds();
    const o = capture();
    expect(await runClass(dir, { csv: true }, o)).toBe(0);
    // The example's titles and names hold no comma or quote, so a plain split reads this CSV.
    const [head, ...body] = o.stdout
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    const rows = body.map((cells) => Object.fromEntries((head ?? []).map((h, i) => [h, cells[i] ?? ''])));
    const first = example.model.issues[0]?.id;
    const mine = rows.filter((r) => r.issue === first);
    expect(mine.map((r) => r.stance)).toEqual([...STANCES, 'skipped']);
    expect(mine.reduce((n, r) => n + Number(r.count), 0)).toBe(30);
    expect(mine[0]?.respondents).toBe('30');
  });
});
