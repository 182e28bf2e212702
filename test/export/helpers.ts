import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import type { Output } from '../../src/terminal/output.js';

export const UNIFORMS = join(import.meta.dirname, 'fixtures', 'uniforms');
export const MINIMAL = join(import.meta.dirname, '..', 'fixtures', 'debates', 'minimal');
export const EXAMPLE = join(import.meta.dirname, '..', '..', 'positions', 'mexico-cartels');

export async function load(dir: string): Promise<Model> {
  return (await loadDebate(dir, { lint: false })).model;
}

export interface Captured extends Output {
  stdout: string;
  stderr: string;
}

export function capture(columns = 80): Captured {
  const c: Captured = {
    stdout: '',
    stderr: '',
    color: false,
    columns,
    out: (t) => {
      c.stdout += t;
    },
    err: (t) => {
      c.stderr += t;
    },
  };
  return c;
}

const made: string[] = [];

// Every test file that writes a debate removes it when done, so runs leave no folders in the temp folder.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a debate folder from file name → YAML text, and returns its path (removed after the test file). */
export function writeDebate(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-export-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A debate whose every text field is hostile to Markdown, HTML, Argdown and terminals. */
export const NASTY = {
  title: 'Pipes | <script>alert(1)</script> *bold* [link](javascript:alert(1)) #tag',
  claim:
    '1. Not a list | still one cell <img src=x onerror=alert(1)> **x** _y_ ~~z~~ `code` &amp; ===front=== // comment {data} @[mention] .A. :smile:',
  wide: '世界の見方は一つではない。各国政府はそれぞれの立場から発言している。\u{1F30D}\u{1F30E}',
};

export function nastyDebate(): string {
  const q = (s: string) => JSON.stringify(s);
  return writeDebate({
    'debate.yaml': `title: ${q(NASTY.title)}
question: ${q(`${NASTY.wide} <b>?</b>`)}
summary: ${q(`# Not a heading\u001b[31m red \u001b]8;;http://x\u0007link\u001b]8;;\u0007 ${NASTY.claim}`)}
issues:
  - id: one
    title: ${q(`[Issue] <one> | ${NASTY.wide}`)}
    question: ${q(NASTY.claim)}
  - id: two
    title: "- leans against"
    question: Is it two?
sources:
  - id: src
    title: ${q(NASTY.title)}
    kind: report
    url: "javascript:alert(1)"
discussion:
  - issue: one
    prompt: ${q(`> quoted? ${NASTY.claim}`)}
`,
    'a-team.yaml': `name: ${q(`A <Team> | ${NASTY.wide}`)}
short: ${q('A|<T>')}
positions:
  - id: p1
    issue: one
    stance: for
    claim: ${q(NASTY.claim)}
    evidence:
      - kind: quote
        text: ${q(NASTY.claim)}
        speaker: ${q('Dr. <Who> | *me*')}
        source: src
        locator: ${q('p. 3 [a]')}
    counterpoints:
      - by: ${q('critics | <all>')}
        text: ${q(NASTY.claim)}
  - id: p2
    issue: two
    stance: against
    claim: ${q(`- ${NASTY.wide}`)}
`,
    'b-team.yaml': `name: B team
positions:
  - id: q1
    issue: one
    stance: leans-against
    claim: ${q(`#hash ${NASTY.claim}`)}
    responds_to: [a-team/p1]
`,
  });
}
