// The shipped example is what every new user sees first: it must load clean,
// cover every issue for every actor, and quote its source exactly.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import type { EvidenceItem, Model } from '../../src/model/types.js';

const dir = join(import.meta.dirname, '../../positions/mexico-cartels');
// CI clones the repo with the shared folder beside it; the article is not copied into the repo.
const articleDir = join(import.meta.dirname, '../../../shared/sources');

let model: Model;
beforeAll(async () => {
  model = (await loadDebate(dir)).model;
});

function allEvidence(m: Model): EvidenceItem[] {
  return [...m.positions.values()].flatMap((p) => [...p.evidence, ...p.counterpoints.flatMap((c) => c.evidence)]);
}

describe('the example debate', () => {
  it('loads with no problems at all, warnings included', () => {
    expect(model.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('has the three actors the article voices, in reading order', () => {
    expect(model.actors.map((a) => a.id)).toEqual(['us-administration', 'mexico-government', 'sheinbaum-critics']);
    const us = model.actors[0];
    expect(us?.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Donald Trump', 'Marco Rubio', 'Elon Musk']));
  });

  it('covers every issue the article raises, each with a question and a discussion prompt', () => {
    const ids = model.issues.map((i) => i.id);
    for (const id of [
      'terrorist-designation',
      'military-action',
      'sovereignty',
      'surveillance',
      'mexico-crackdown',
      'tariffs',
      'violence-toll',
    ]) {
      expect(ids).toContain(id);
    }
    for (const issue of model.issues) {
      expect(issue.question.endsWith('?')).toBe(true);
      expect(issue.prompts.length).toBeGreaterThan(0);
    }
  });

  it('gives every actor a position on every issue', () => {
    for (const actor of model.actors) {
      expect([...actor.byIssue.keys()].sort()).toEqual(model.issues.map((i) => i.id).sort());
    }
  });

  it('cites a known source for every evidence item, and names the speaker of every quote', () => {
    const items = allEvidence(model);
    expect(items.length).toBeGreaterThan(20);
    for (const e of items) {
      expect(e.source && model.sources.has(e.source)).toBe(true);
      if (e.kind === 'quote') expect(e.speaker).toBeTruthy();
    }
  });

  it("separates the article's framing from reported facts", () => {
    const kinds = new Set(allEvidence(model).map((e) => e.kind));
    for (const k of ['quote', 'fact', 'statistic', 'interpretation']) expect(kinds).toContain(k);
    const framing = allEvidence(model).filter((e) => e.kind === 'interpretation');
    expect(framing.some((e) => /genuine crackdown/.test(e.quote ?? e.text))).toBe(true);
  });

  it('reads as an exchange: every responds_to resolves and each issue has a response', () => {
    for (const p of model.positions.values()) for (const k of p.respondsTo) expect(model.positions.has(k)).toBe(true);
    for (const issue of model.issues) {
      const onIssue = model.actors.map((a) => a.byIssue.get(issue.id)).filter((p) => p !== undefined);
      const answered = onIssue.some((p) => p.respondsTo.length > 0 || p.counterpoints.length > 0);
      expect(answered, issue.id).toBe(true);
    }
  });

  it.runIf(existsSync(articleDir))('quotes the article word for word', () => {
    const article = readdirSync(articleDir)
      .map((f) => readFileSync(join(articleDir, f), 'utf8'))
      .join('\n');
    const quoted = [...article.matchAll(/“([^”]+)”/g)].map((m) => m[1] as string);
    for (const e of allEvidence(model)) {
      if (e.quote) expect(article, `quote: ${e.quote}`).toContain(e.quote);
      // A quote item's text must be words the article itself puts in quotation marks.
      if (e.kind === 'quote')
        expect(
          quoted.some((q) => q.includes(e.text)),
          `quote text: ${e.text}`,
        ).toBe(true);
    }
  });

  // The same check, through the quote-not-in-source rule: a copy of the example whose source names the article's text.
  it.runIf(existsSync(articleDir))('passes quote-not-in-source when its source names the article as its text', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'standpoint-example-')), 'mexico-cartels');
    cpSync(dir, copy, { recursive: true });
    mkdirSync(join(copy, 'sources'));
    const article = readdirSync(articleDir).map((f) => readFileSync(join(articleDir, f), 'utf8'));
    writeFileSync(join(copy, 'sources/article.txt'), article.join('\n'));
    const yaml = readFileSync(join(copy, 'debate.yaml'), 'utf8');
    const withText = yaml.replace(/(\n {4}kind: news-article\n)/, '$1    text: sources/article.txt\n');
    expect(withText).not.toBe(yaml);
    writeFileSync(join(copy, 'debate.yaml'), withText);
    const checked = (await loadDebate(copy)).model;
    expect(checked.diagnostics.map((d) => `${d.line}: ${d.rule} ${d.message}`)).toEqual([]);
    // And the rule does fire on this debate: one changed word in a quote is caught.
    const critics = join(copy, 'sheinbaum-critics.yaml');
    writeFileSync(critics, readFileSync(critics, 'utf8').replace('quote: Amid Growing Concerns', 'quote: Amid Grave Concerns'));
    const broken = (await loadDebate(copy)).model;
    expect(broken.diagnostics.map((d) => d.rule)).toEqual(['quote-not-in-source']);
  });
});
