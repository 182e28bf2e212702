// One sweep over every command and format with hostile names as well as
// hostile texts: the debate folder's own name, an actor file's name, the
// arguments typed, the --out file. Each carries escape sequences, a newline,
// C1 controls, bidi overrides and HTML. Whatever the command, stdout and stderr
// carry no ESC, no C0 control but newline, no C1 and no bidi override; JSON
// strings keep their text without them; and the Markdown handout, rendered by
// a real Markdown renderer, has no HTML element or heading from the debate.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { type TerminalEffects, unsafeBytes, watchEffects } from './escapes.js';
import { CLI, type Session, scratch, sessionPerTest } from './harness.js';

/** What a folder, file or argument may be called: escapes, a newline, C1, bidi, and markup. */
const HOSTILE =
  'x\u001b]0;PWNED\u0007\u001b[2J\n# Heading <img src=x onerror=alert(1)> \u009d0;PWNED\u0007\u009b2J\u202e\u2066 [a](javascript:alert(1)) `c` *e*';
const MARKUP =
  '<img src=x onerror=alert(1)> <script>alert(1)</script> <b>bold</b> &lt;i&gt; [a](javascript:alert(1)) ![i](https://evil.example/i.png) <!-- c --> `x`';

/** An actor whose every text is Markdown and HTML, with raw C1 and bidi characters too. */
const MARKUP_ACTOR = `name: "Markup ${MARKUP}"
role: "\\x9b2J\\u202e ${MARKUP}"
positions:
  - id: m-first
    issue: first
    stance: for
    claim: |
      # Claim heading ${MARKUP}
      <div onclick="alert(1)">MarkupClaim</div>
      1. list? - item
    evidence:
      - kind: claim
        text: "<iframe src=https://evil.example></iframe> ${MARKUP}"
        speaker: "<svg onload=alert(1)>"
    counterpoints:
      - by: "<a href=javascript:alert(1)>x</a>"
        text: "> quote ${MARKUP}"
`;

interface World {
  parent: string;
  debate: string;
  out: string;
}

/** A folder of two debates with hostile names, one with an extra actor of markup and an actor file with a hostile name. */
function world(): World {
  const parent = scratch('standpoint-names-');
  const debate = join(parent, HOSTILE);
  cpSync('test/fixtures/hostile/debate', debate, { recursive: true });
  const debateFile = join(debate, 'debate.yaml');
  writeFileSync(
    debateFile,
    readFileSync(debateFile, 'utf8').replace('actors: [alpha, beta, saboteur]', 'actors: [alpha, beta, saboteur, markup]'),
  );
  writeFileSync(join(debate, 'markup.yaml'), MARKUP_ACTOR);
  cpSync(join(debate, 'beta.yaml'), join(debate, `${HOSTILE}.yaml`));
  // A second debate without a title: where a title is missing, its folder name stands in.
  const second = join(parent, `${HOSTILE} two`);
  cpSync('test/fixtures/hostile/second', second, { recursive: true });
  const secondFile = join(second, 'debate.yaml');
  writeFileSync(secondFile, readFileSync(secondFile, 'utf8').replace(/^title:.*$/m, ''));
  const out = join(parent, `out ${HOSTILE}`);
  mkdirSync(out);
  return { parent, debate, out };
}

const W = world();
const MISSING = join(W.parent, `missing ${HOSTILE}`);

const COMMANDS: string[][] = [
  ['check', W.debate],
  ['check', '--json', W.debate],
  ['check', '--strict', W.parent],
  ['check', '--json', W.parent],
  ['check', MISSING],
  ['check', '--json', MISSING],
  ['check', W.debate, HOSTILE],
  ['print', W.debate],
  ['print', W.parent, '--width', '40'],
  ['print', MISSING],
  [W.debate],
  [W.parent],
  ['export', W.debate, '--format', 'markdown'],
  ['export', W.debate, '--format', 'markdown', '--lens', 'claim'],
  ['export', W.debate, '--format', 'json'],
  ['export', W.debate, '--format', 'argdown'],
  ['export', W.debate, '--format', HOSTILE],
  ['export', W.debate, '--format', 'json', '--lens', HOSTILE],
  ['export', W.parent, '--format', 'markdown'],
  ['export', W.debate, '--out', join(W.out, `${HOSTILE}.md`)],
  ['export', W.debate, '--out', join(W.out, `${HOSTILE}.md`)],
  ['export', W.debate, '--out', join(MISSING, 'x.json')],
  ['compare', 'alpha', 'beta', W.debate],
  ['compare', 'alpha', 'markup', W.debate, '--json'],
  ['compare', HOSTILE, 'beta', W.debate],
  ['compare', 'alpha', HOSTILE, W.debate, '--json'],
  ['compare', 'alpha', 'beta', W.parent],
  ['compare', 'alpha', 'beta', W.debate, '--width', HOSTILE],
  ['new', 'actor', 'newcomer', W.debate],
  ['new', 'actor', HOSTILE, W.debate],
  ['new', 'debate', 'fresh', W.out],
  ['new', 'debate', HOSTILE, W.out],
  ['schema', '--out', join(W.out, `schema ${HOSTILE}`)],
  ['schema', '--print', HOSTILE],
  [`--${HOSTILE}`],
  [HOSTILE],
];

/** Every string in a parsed JSON value, keys included. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      strings(v, into);
    }
  return into;
}

/** Elements Markdown syntax itself makes; anything else in the rendered handout came from the debate. */
const MARKDOWN_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'em',
  'code',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
  'blockquote',
  'a',
  'br',
  'del',
]);

function liveMarkup(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [tag, name = '', attrs = ''] = m;
    if (!MARKDOWN_ELEMENTS.has(name.toLowerCase())) found.push(tag);
    if (/\bon\w+\s*=/i.test(attrs) || /javascript:/i.test(attrs)) found.push(tag);
  }
  // The title is the only first-level heading: a newline in a name must not start another.
  const headings = html.match(/<h1[\s>]/g) ?? [];
  if (headings.length !== 1) found.push(`${headings.length} <h1> headings`);
  return found;
}

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '90', NO_COLOR: '1' } });
}

describe('hostile folder names, file names, arguments and texts, through every command and format', () => {
  test.each(COMMANDS.map((args) => ({ args, shown: JSON.stringify(args.map((a) => a.replace(W.parent, 'PARENT'))) })))(
    'standpoint $shown',
    ({ args }) => {
      const r = run(args);
      expect(r.stderr, 'a message, never a stack trace').not.toMatch(/\n\s+at /);
      expect(r.stdout + r.stderr, 'the command said something').toMatch(/\S/);
      // Tabs are allowed in files; a tab here came through from one.
      expect(unsafeBytes(r.stdout.replace(/\t/g, ' ')), 'stdout').toEqual([]);
      expect(unsafeBytes(r.stderr.replace(/\t/g, ' ')), 'stderr').toEqual([]);
      if (args.includes('--json') || args.includes('json')) {
        if (r.stdout.trim() === '') return;
        const all = strings(JSON.parse(r.stdout));
        expect(all.length).toBeGreaterThan(0);
        for (const s of all) expect(unsafeBytes(s.replace(/[\t\n]/g, ' ')), `JSON string ${JSON.stringify(s).slice(0, 80)}`).toEqual([]);
      }
      if (args.includes('markdown') && r.status === 0) {
        const html = marked.parse(r.stdout, { async: false });
        expect(html).toContain('MarkupClaim');
        expect(liveMarkup(html), 'HTML elements and headings from the debate').toEqual([]);
      }
    },
  );

  test('the handout written with --out is as clean as the one on stdout', () => {
    const file = join(W.out, 'handout.md');
    expect(run(['export', W.debate, '--out', file]).status).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(unsafeBytes(text.replace(/\t/g, ' '))).toEqual([]);
    expect(text).toMatch(/debate folder .*x.*Heading/);
    expect(liveMarkup(marked.parse(text, { async: false }))).toEqual([]);
  });
});

const session = sessionPerTest();

function expectNoEffects(effects: TerminalEffects) {
  expect(effects.osc, 'OSC commands the terminal received').toEqual([]);
  expect(effects.titles, 'window title changes').toEqual([]);
  expect(effects.bells, 'bells').toBe(0);
}

describe('hostile folder names in the TUI', () => {
  test('the list of debates shows each folder name cleaned, the untitled one by its name', async () => {
    const s: Session = session({ args: [W.parent], cols: 120, rows: 30 });
    const effects = watchEffects(s);
    const rows = (await s.ready('Choose a debate:')).join('\n');
    expect(rows).toContain('DebateTitle LINK');
    expect(rows).toMatch(/x # Heading <img src=x onerror=alert\(1\)>.*two/);
    s.press('q');
    await s.exit();
    expect(unsafeBytes(s.raw())).toEqual([]);
    expectNoEffects(effects);
  });
});
