// The CSV export, read back by a CSV parser (csv-parse, the same project's
// reader): every position or evidence item comes back as it was written, and
// no cell can run as a spreadsheet formula.

import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, EVIDENCE_COLUMNS, POSITION_COLUMNS, renderCsv } from '../../src/export/csv.js';
import { sanitize } from '../../src/model/sanitize.js';
import { EXAMPLE, load, NASTY, nastyDebate } from './helpers.js';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile', 'debate');

function read(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true, relax_quotes: false, relax_column_count: false });
}

/** What a spreadsheet shows for a cell: the text, less the quote that defuses a formula. */
const shown = (cell: string) => cell.replace(/^'(?=\s*[=+\-@]|[\t\r])/, '');

describe('csv export', () => {
  it('has a header row of stable column names and one row per position, in issue then actor order', async () => {
    const model = await load(EXAMPLE);
    const text = renderCsv(model);
    expect(text.split('\r\n')[0]).toBe(POSITION_COLUMNS.join(','));
    const rows = read(text);
    const expected = model.issues.flatMap((i) => model.actors.flatMap((a) => (a.byIssue.get(i.id) ? [a.byIssue.get(i.id)] : [])));
    expect(rows.map((r) => r.position)).toEqual(expected.map((p) => p?.key));
    for (const [n, p] of expected.entries()) {
      const r = rows[n] as Record<string, string>;
      expect(shown(r.claim as string)).toBe(p?.claim);
      expect(r.stance).toBe(p?.stance);
      expect(Number(r.evidence_count)).toBe(p?.evidence.length);
      expect(r.responds_to).toBe(p?.respondsTo.join(' '));
    }
  });

  it('with rows=evidence, has one row per evidence item, counterpoints included, with its source', async () => {
    const model = await load(EXAMPLE);
    const rows = read(renderCsv(model, { rows: 'evidence' }));
    expect(Object.keys(rows[0] ?? {})).toEqual([...EVIDENCE_COLUMNS]);
    const items = [...model.positions.values()].flatMap((p) => [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]);
    expect(rows).toHaveLength(items.length);
    expect(rows.some((r) => r.part === 'counterpoint')).toBe(true);
    for (const r of rows.filter((x) => x.source)) expect(r.source_title).toBe(model.sources.get(r.source as string)?.title);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(items.map((e) => e.kind)));
  });

  it('round-trips hostile text: commas, quotes, line breaks and markup come back; control characters do not', async () => {
    for (const dir of [nastyDebate(), HOSTILE]) {
      const model = await load(dir);
      for (const rows of ['positions', 'evidence'] as const) {
        const text = renderCsv(model, { rows });
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
        expect(text.replace(/\r\n|\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        const parsed = read(text);
        const width = rows === 'positions' ? POSITION_COLUMNS.length : EVIDENCE_COLUMNS.length;
        for (const r of parsed) expect(Object.keys(r)).toHaveLength(width);
      }
      const parsed = read(renderCsv(model));
      expect(parsed.map((r) => shown(r.claim as string))).toEqual(
        model.issues.flatMap((i) =>
          model.actors.flatMap((a) => {
            const p = a.byIssue.get(i.id);
            return p ? [sanitize(p.claim)] : [];
          }),
        ),
      );
    }
    const nasty = read(renderCsv(await load(nastyDebate())));
    expect(nasty[0]?.claim).toBe(NASTY.claim);
  });

  it('defuses every cell a spreadsheet would run as a formula (OWASP: a leading single quote)', async () => {
    for (const bad of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =x', '\n+1'])
      expect(csvCell(bad).startsWith("'")).toBe(true);
    for (const fine of ['plain', '1,5', 'a=b', "'quoted", 'x\n=1']) expect(csvCell(fine)).toBe(fine);
    const dir = nastyDebate();
    const rows = read(renderCsv(await load(dir)));
    // The issue titled "- leans against" and the claim "- 世界…" start with a minus.
    expect(rows.find((r) => r.issue === 'two')?.issue_title).toBe("'- leans against");
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
  });
});
