// The debate in Argdown (argdown.org), for drawing argument maps: each issue
// is a heading (a group in the map) with its question as a thesis; each claim
// is a statement that supports or attacks the thesis by its stance; evidence
// supports a claim, counterpoints attack it, and responds_to becomes an attack
// or a support depending on whether the two stances take the same side.

import { applyLens, evidenceCounts, type LensKind, lensNote } from '../debate/lens.js';
import { stanceSide, stanceWord } from '../debate/stance.js';
import type { Counterpoint, EvidenceItem, Model, Position } from '../model/types.js';
import { sourceNumbers, sourcing } from './refs.js';

export interface ArgdownOptions {
  lens?: LensKind;
}

/**
 * Text inside a statement or argument: one line, with a backslash before every
 * character that could start Argdown syntax (mentions, tags, emphasis, links,
 * comments, data, front matter, shortcodes like ".A.").
 */
export function argdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\@#*_[\]<>{}/=]/g, '\\$&')
    .replace(/([.:])(?=[^\s]+?\1)/g, '\\$1');
}

/** Titles cannot be escaped: keep the characters that are safe inside [ ] and < >. */
export function argdownTitle(text: string): string {
  const t = text
    .replace(/[^\p{L}\p{N} ,.'’&()?!:;-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.-]+/, '')
    .trim();
  return t || 'untitled';
}

function tag(word: string): string {
  return `#(${word.replace(/[()]/g, '')})`;
}

export function renderArgdown(source: Model, options: ArgdownOptions = {}): string {
  const model = options.lens ? applyLens(source, options.lens) : source;
  const used = new Set<string>();
  const unique = (raw: string): string => {
    const base = argdownTitle(raw);
    let t = base;
    for (let n = 2; used.has(t.toLowerCase()); n++) t = `${base} ${n}`;
    used.add(t.toLowerCase());
    return t;
  };
  const shortOf = new Map(model.actors.map((a) => [a.id, a.short]));
  const issueOf = new Map(model.issues.map((i) => [i.id, i]));
  const numbers = sourceNumbers(model);

  // Titles first, so a response can name a position in a later issue.
  const issueTitle = new Map(model.issues.map((i) => [i.id, unique(`${i.title}?`)]));
  const positionTitle = new Map<string, string>();
  for (const issue of model.issues)
    for (const a of model.actors) {
      const p = a.byIssue.get(issue.id);
      if (p) positionTitle.set(p.key, unique(`${a.short} on ${issue.title}`));
    }

  const out: string[] = [];
  const frontValue = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim()).replace(/=/g, '\\u003d');
  out.push('===', `title: ${frontValue(model.title)}`);
  if (model.question) out.push(`subTitle: ${frontValue(model.question)}`);
  if (model.asOf) out.push(`date: ${frontValue(model.asOf)}`);
  out.push('===', '');
  out.push('// Exported by standpoint. Draw the map with the Argdown tools (argdown.org).');
  if (options.lens) out.push(`// ${lensNote(options.lens, evidenceCounts(source))}`);
  out.push('');

  const evidenceLine = (e: EvidenceItem, indent: string, title: string) => {
    const who = e.speaker ? `${e.speaker}: ` : '';
    const from = sourcing(e, numbers);
    const text = `${e.kind}: ${who}${e.kind === 'quote' ? `"${e.text}"` : e.text}${from ? ` (${from})` : ''}`;
    return `${indent}+ <${title}>: ${argdownText(text)} ${tag(e.kind)}`;
  };
  const counterLine = (c: Counterpoint, indent: string, title: string) => {
    const by = c.byActor ? shortOf.get(c.byActor) : c.by;
    const lines = [`${indent}- <${title}>: ${argdownText(by ? `${by}: ${c.text}` : c.text)} ${tag('counterpoint')}`];
    for (const [k, e] of c.evidence.entries()) lines.push(evidenceLine(e, `${indent}  `, unique(`${title}, evidence ${k + 1}`)));
    return lines;
  };

  for (const issue of model.issues) {
    const thesis = issueTitle.get(issue.id) as string;
    out.push(`# ${argdownText(issue.title)}`, '');
    out.push(`[${thesis}]: ${argdownText(issue.question)} ${tag('issue')}`);
    for (const a of model.actors) {
      const p = a.byIssue.get(issue.id);
      const side = p ? stanceSide(p.stance) : null;
      if (p && side) out.push(`  ${side > 0 ? '+' : '-'} [${positionTitle.get(p.key)}]`);
    }
    out.push('');
    for (const a of model.actors) {
      const p = a.byIssue.get(issue.id);
      if (!p) continue;
      const title = positionTitle.get(p.key) as string;
      out.push(`[${title}]: ${argdownText(`${a.name}: ${p.claim}`)} ${tag(stanceWord(p.stance))}`);
      for (const [k, e] of p.evidence.entries()) out.push(evidenceLine(e, '  ', unique(`${title}, evidence ${k + 1}`)));
      for (const [k, c] of p.counterpoints.entries()) out.push(...counterLine(c, '  ', unique(`Against ${title}, ${k + 1}`)));
      for (const key of p.respondsTo) {
        const target = model.positions.get(key);
        const to = positionTitle.get(key);
        if (!target || !to || !issueOf.has(target.issueId)) continue;
        out.push(`  ${sameSide(p, target) ? '+>' : '->'} [${to}]`);
      }
      out.push('');
    }
  }
  if (model.sources.size > 0) {
    out.push('// Sources');
    for (const [id, src] of model.sources)
      out.push(`// ${numbers.get(id)}. ${comment(`${src.title} (${src.kind})${src.url ? ` ${src.url}` : ''}`)}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Text in a line comment: one line, so it cannot end the comment early. */
function comment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A response supports what it answers only when both take the same side of their questions. */
function sameSide(a: Position, b: Position): boolean {
  const sa = stanceSide(a.stance);
  const sb = stanceSide(b.stance);
  return sa !== null && sb !== null && sa !== 0 && sa === sb;
}
