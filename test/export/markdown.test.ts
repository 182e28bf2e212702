import { existsSync } from 'node:fs';
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { mdLine, mdText, renderMarkdown } from '../../src/export/markdown.js';
import { EXAMPLE, load, NASTY, nastyDebate, UNIFORMS } from './helpers.js';

const marked = new Marked({ gfm: true });

function tokens(md: string): Token[] {
  const all: Token[] = [];
  marked.walkTokens(marked.lexer(md), (t) => {
    all.push(t);
  });
  return all;
}

const headings = (md: string) => tokens(md).filter((t): t is Tokens.Heading => t.type === 'heading');
const tables = (md: string) => tokens(md).filter((t): t is Tokens.Table => t.type === 'table');

describe('markdown handout', () => {
  it('has the question, the matrix as a table with a column per actor and a row per issue', async () => {
    const md = renderMarkdown(await load(UNIFORMS));
    const [matrix] = tables(md);
    expect(matrix?.header.map((h) => h.text)).toEqual(['Issue', 'Principal', 'Parents', 'Students']);
    expect(matrix?.rows.map((r) => r[0]?.text)).toEqual(['Cost', 'Safety', 'Identity', 'Comfort', 'Enforcement']);
    expect(matrix?.rows[1]?.map((c) => c.text)).toEqual(['Safety', '`+` leans for', '`--` against', 'no position']);
    expect(md).toContain('**Question:** Should our school require uniforms?');
    expect(md).toContain('*Positions as of 2024-09.*');
  });

  it('gives every issue a section with a sub-section per actor, prompts and a source list', async () => {
    const md = renderMarkdown(await load(UNIFORMS));
    const h = headings(md).map((x) => `${x.depth} ${x.text}`);
    expect(h).toContain('1 School uniforms');
    expect(h).toContain('2 Stances at a glance');
    expect(h).toContain('2 2. Safety');
    expect(h).toContain("3 Parents' council: `--` against");
    expect(h).toContain('3 Student council: no position');
    expect(h).toContain('3 For discussion');
    expect(h).toContain('2 Sources');
    expect(md).toContain('- **statistic:** Families spend 30% less on clothes. — *Source 1, table 2*');
    expect(md).toContain('*Answers* The principal on Safety (+ leans for).');
    expect(md).toContain('- *Student council:* Strict rules punish poorer families most.');
    expect(md).toContain('  - **fact:** Detentions rose after the last rule change. — *Source 1*');
    expect(md).toContain(
      '1. **Parent survey 2024** (data). School board, 2024-06. <https://example.org/survey> *Note:* Only a third of parents answered.',
    );
  });

  it('lets no HTML through from the data and keeps tables whole when text has pipes', async () => {
    const model = await load(nastyDebate());
    const md = renderMarkdown(model);
    const all = tokens(md);
    expect(all.filter((t) => t.type === 'html')).toEqual([]);
    expect(all.filter((t) => t.type === 'link').map((t) => (t as Tokens.Link).href)).toEqual([]);
    const html = marked.parse(md) as string;
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const [matrix] = tables(md);
    expect(matrix?.header).toHaveLength(model.actors.length + 1);
    for (const row of matrix?.rows ?? []) expect(row).toHaveLength(model.actors.length + 1);
    expect(matrix?.rows.map((r) => r[0]?.text)).toHaveLength(2);
    // The title survives as text: pipes, stars and brackets included.
    expect(
      headings(md)[0]
        ?.tokens?.map((t) => ('text' in t ? t.text : ''))
        .join(''),
    ).toBe(NASTY.title);
  });

  it('does not turn the start of a text into a list, quote or heading', () => {
    for (const s of ['1. one', '- dash', '+ plus', '> quote', '# hash', '=== rule']) {
      const t = marked.lexer(mdLine(s));
      expect(t.map((x) => x.type)).toEqual(['paragraph']);
      expect((t[0] as Tokens.Paragraph).tokens.map((x) => ('text' in x ? x.text : '')).join('')).toBe(s);
    }
    expect(mdText('a\n\nb')).toBe('a b');
  });

  it.skipIf(!existsSync(EXAMPLE))('renders the example debate as a clean handout', async () => {
    const model = await load(EXAMPLE);
    const md = renderMarkdown(model);
    const [matrix] = tables(md);
    expect(matrix?.header).toHaveLength(model.actors.length + 1);
    expect(matrix?.rows).toHaveLength(model.issues.length);
    const h2 = headings(md).filter((x) => x.depth === 2);
    for (const [i, issue] of model.issues.entries()) expect(h2.map((x) => x.text)).toContain(`${i + 1}. ${issue.title}`);
    expect(tokens(md).filter((t) => t.type === 'html')).toEqual([]);
  });
});
