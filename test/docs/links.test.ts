// Every relative link and #anchor in README.md and docs/*.md leads somewhere: the
// file exists and, for an anchor, the page has a heading with that slug (GitHub's
// rule, from github-slugger). Every page of docs/ is listed in its index.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { Lexer, type Token, type Tokens, walkTokens } from 'marked';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

// Pages written on other branches at the same time as this test; once they are
// all merged this list should be empty. A listed page that exists is checked
// like any other.
const PENDING = new Set<string>();

interface Page {
  anchors: Set<string>;
  links: string[];
}

function parse(markdown: string): Page {
  const tokens = Lexer.lex(markdown);
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const links: string[] = [];
  walkTokens(tokens, (t: Token) => {
    if (t.type === 'heading') anchors.add(slugger.slug((t as Tokens.Heading).text));
    if (t.type === 'link' || t.type === 'image') links.push((t as Tokens.Link).href);
  });
  return { anchors, links };
}

/** The links of `markdown`, written in file `file` (relative to `root`), that lead nowhere. */
function broken(root: string, file: string, markdown: string, read: (path: string) => string | undefined): string[] {
  const bad: string[] = [];
  for (const href of parse(markdown).links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto: …
    const [path = '', anchor] = href.split('#');
    const target = path === '' ? file : relative(root, join(root, dirname(file), decodeURIComponent(path)));
    const text = read(target);
    if (text === undefined) {
      if (!PENDING.has(target)) bad.push(`${file}: ${href} (no file ${target})`);
      continue;
    }
    if (anchor !== undefined && target.endsWith('.md') && !parse(text).anchors.has(anchor)) {
      bad.push(`${file}: ${href} (no heading "#${anchor}" in ${target})`);
    }
  }
  return bad;
}

/** A page's text; a folder reads as an empty page (it exists, and has no headings). */
const readRepo = (path: string) => {
  const full = join(ROOT, path);
  if (!existsSync(full)) return undefined;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
};

describe('links in the README and docs/', () => {
  it.each(PAGES)('every relative link and #anchor in %s resolves', (file) => {
    expect(broken(ROOT, file, readFileSync(join(ROOT, file), 'utf8'), readRepo)).toEqual([]);
  });

  it('finds a link to a missing page and an anchor with no heading', () => {
    const pages: Record<string, string> = { 'docs/a.md': '# Reading a `debate`: keys\n\n## Keys\n' };
    const doc = '[ok](docs/a.md#reading-a-debate-keys) [ok](#top) [gone](docs/b.md) [no](docs/a.md#nowhere) [self](#top-1)\n\n# Top\n';
    expect(broken('/r', 'README.md', doc, (p) => (p === 'README.md' ? doc : pages[p]))).toEqual([
      'README.md: docs/b.md (no file docs/b.md)',
      'README.md: docs/a.md#nowhere (no heading "#nowhere" in docs/a.md)',
      'README.md: #top-1 (no heading "#top-1" in README.md)',
    ]);
  });

  it('docs/README.md lists every page of docs/, and each page says what it is for before anything else', () => {
    const index = parse(readFileSync(join(ROOT, 'docs/README.md'), 'utf8')).links;
    for (const file of PAGES.filter((f) => f.startsWith('docs/') && f !== 'docs/README.md')) {
      expect(index, `docs/README.md should link ${file}`).toContain(file.slice('docs/'.length));
      const tokens = Lexer.lex(readFileSync(join(ROOT, file), 'utf8')).filter((t) => t.type !== 'space');
      expect(tokens[0]?.type, `${file} starts with its title`).toBe('heading');
      expect(tokens[1]?.type, `${file}: a paragraph saying what the page is for comes right after the title`).toBe('paragraph');
    }
  });
});
