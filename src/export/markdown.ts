// The debate as a GitHub-flavoured Markdown handout. Every piece of text from
// the YAML is escaped, so data can neither inject HTML nor break a table.
import { basename } from 'node:path';
import { applyLens, evidenceCounts, kindKey, type LensKind, lensNote } from '../debate/lens.js';
import { STANCE_GLYPH, stanceWord } from '../debate/stance.js';
import { singleLine } from '../model/sanitize.js';
import type { StanceT } from '../model/schema.js';
import { STANCES } from '../model/terms.js';
import type { Counterpoint, EvidenceItem, Model, Position } from '../model/types.js';
import { paragraphs } from '../text/blocks.js';
import { auditMarkdown, forestMarkdown } from './forest-markdown.js';
import { counterpointAuthor, positionLabel, sourceNumbers, sourcing } from './refs.js';

export interface MarkdownOptions {
  lens?: LensKind;
  /** Add the balance audit section. */
  audit?: boolean;
}

/** Inline text: one line, every character Markdown or HTML could read as syntax escaped. */
export function mdText(text: string): string {
  return singleLine(text).replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}

/** Text that starts a line, where these also open a heading, quote, list or rule. */
export function mdLine(text: string): string {
  return mdText(text)
    .replace(/^([>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** "`++` for": the glyph in a code span, so nothing in it reads as Markdown. */
function mdStance(stance: StanceT): string {
  return `\`${STANCE_GLYPH[stance]}\` ${stanceWord(stance)}`;
}

/** Ends a sentence unless it already ends in punctuation. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** A table cell: as inline text, and never empty (an empty cell reads as a missing one). */
function cell(text: string): string {
  return mdText(text) || ' ';
}

export function renderMarkdown(source: Model, options: MarkdownOptions = {}): string {
  const model = options.lens ? applyLens(source, options.lens) : source;
  const numbers = sourceNumbers(model);
  const out: string[] = [];
  const para = (...lines: string[]) => out.push(...lines, '');

  para(`# ${mdText(model.title)}`);
  if (model.question) para(`**Question:** ${mdText(model.question)}`);
  if (model.asOf) para(`*Positions as of ${mdText(model.asOf)}.*`);
  if (options.lens) para(`> ${mdText(lensNote(options.lens, evidenceCounts(source)))}`);
  for (const p of paragraphs(model.summary ?? '')) para(mdLine(p));

  if (model.actors.length > 0) {
    para('## Who is who');
    for (const a of model.actors) {
      const name = a.short !== a.name ? `**${mdText(a.name)}** (${mdText(a.short)})` : `**${mdText(a.name)}**`;
      const people = a.people.length
        ? ` People: ${a.people.map((p) => (p.role ? `${mdText(p.name)}, ${mdText(p.role)}` : mdText(p.name))).join('; ')}.`
        : '';
      out.push(`- ${name}${a.role ? `: ${sentence(mdText(a.role))}` : ''}${people}`);
    }
    out.push('');
  }

  para('## Stances at a glance');
  para("Each stance answers the issue's question.");
  const cols = model.actors.map((a) => cell(a.short));
  out.push(`| Issue | ${cols.join(' | ')} |`, `| --- |${cols.map(() => ' --- |').join('')}`);
  for (const issue of model.issues) {
    const cells = model.actors.map((a) => {
      const p = a.byIssue.get(issue.id);
      return p ? mdStance(p.stance) : 'no position';
    });
    out.push(`| ${cell(issue.title)} | ${cells.join(' | ')} |`);
  }
  out.push('');
  para(`Key: ${STANCES.map(mdStance).join(', ')}.`);
  para(`Evidence: ${mdText(kindKey())}.`);

  model.issues.forEach((issue, i) => {
    para(`## ${i + 1}. ${mdText(issue.title)}`);
    para(`**Question:** ${mdText(issue.question)}`);
    for (const p of paragraphs(issue.summary ?? '')) para(mdLine(p));
    for (const actor of model.actors) {
      const p = actor.byIssue.get(issue.id);
      const stale = actor.stale ? ' (file broken: last good version)' : '';
      para(`### ${mdText(actor.name)}${stale}: ${p ? mdStance(p.stance) : 'no position'}`);
      if (p) out.push(...position(model, p, numbers));
    }
    if (issue.prompts.length > 0) {
      para('### For discussion');
      for (const q of issue.prompts) out.push(`- ${mdText(q)}`);
      out.push('');
    }
  });

  if (model.prompts.length > 0) {
    para('## For discussion: the whole debate');
    for (const q of model.prompts) out.push(`- ${mdText(q)}`);
    out.push('');
  }

  // Stances do not depend on the lens: the forest is the whole debate's.
  out.push(...forestMarkdown(source, mdText));
  if (options.audit) out.push(...auditMarkdown(source, mdText));

  if (model.sources.size > 0) {
    para('## Sources');
    for (const [id, s] of model.sources) {
      const about = [s.author, s.publisher, s.date].filter(Boolean).map((x) => mdText(x as string));
      const url = s.url && /^https?:\/\/[^\s<>]+$/.test(s.url) ? ` <${s.url}>` : s.url ? ` ${mdText(s.url)}` : '';
      const note = s.note ? ` *Note:* ${mdText(s.note)}` : '';
      out.push(
        `${numbers.get(id)}. **${mdText(s.title)}** (${mdText(s.kind.replace('-', ' '))}).${about.length ? ` ${about.join(', ')}.` : ''}${url}${note}`,
      );
    }
    out.push('');
  }
  // The folder's name is untrusted like the texts: cleaned, on one line, and in a code span, where nothing is markup.
  para(`---`, `*Made with standpoint from the debate folder \`${singleLine(basename(model.dir)).replace(/`/g, '') || '.'}\`.*`);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function position(model: Model, p: Position, numbers: Map<string, number>): string[] {
  const out = [mdLine(p.claim), ''];
  if (p.evidence.length > 0) {
    out.push('**Evidence**', '');
    for (const e of p.evidence) out.push(`- ${evidence(e, numbers)}`);
    out.push('');
  }
  if (p.counterpoints.length > 0) {
    out.push('**Counterpoints**', '');
    for (const c of p.counterpoints) out.push(...counterpoint(model, c, numbers));
    out.push('');
  }
  const links = [
    ...p.respondsTo.map((k) => `*Answers* ${mdText(positionLabel(model, k))}.`),
    ...p.respondedBy.map((k) => `*Answered by* ${mdText(positionLabel(model, k))}.`),
  ];
  if (links.length > 0) out.push(links.join('  \n'), '');
  return out;
}

function counterpoint(model: Model, c: Counterpoint, numbers: Map<string, number>): string[] {
  const by = counterpointAuthor(model, c);
  const out = [`- ${by ? `*${mdText(by)}:* ` : ''}${mdText(c.text)}`];
  for (const e of c.evidence) out.push(`  - ${evidence(e, numbers)}`);
  return out;
}

function evidence(e: EvidenceItem, numbers: Map<string, number>): string {
  const said =
    e.kind === 'quote'
      ? `${e.speaker ? `${mdText(e.speaker)}: ` : ''}“${mdText(e.text)}”`
      : `${mdText(e.text)}${e.speaker ? ` (${mdText(e.speaker)})` : ''}`;
  const from = sourcing(e, numbers, '“', '”');
  return `**${e.kind}:** ${said}${from ? ` — *${mdText(from)}*` : ''}`;
}
