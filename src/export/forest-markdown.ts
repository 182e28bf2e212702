// The forest (and, on request, the balance audit) as Markdown sections of the
// handout. Text from the YAML goes through the handout's own escaping (`mdText`,
// passed in so this module and markdown.ts do not import each other).
import { basename, relative } from 'node:path';
import { cellText, countsInWords } from '../debate/agreement.js';
import { actorAuditLines, auditDebate } from '../debate/audit.js';
import { forestOf, pairsOf } from '../debate/forest.js';
import { spreadWords } from '../debate/spread.js';
import type { Model } from '../model/types.js';
import { mapKey } from './forest-text.js';

const DROPS_SHOWN = 10;

export function forestMarkdown(model: Model, mdText: (text: string) => string): string[] {
  const forest = forestOf(model);
  const { actors } = forest.grid;
  const out: string[] = ['## Who agrees with whom', ''];
  out.push('Each cell compares two actors over the issues both take a clear stance on; "unclear" and silence count neither way.', '');
  if (actors.length > 1) {
    out.push(`| | ${actors.map((a) => mdText(a.short) || ' ').join(' | ')} |`, `| --- |${actors.map(() => ' --- |').join('')}`);
    actors.forEach((a, i) => {
      const cells = actors.map((_, j) => `\`${cellText(forest.grid.counts(i, j), i === j)}\``);
      out.push(`| ${mdText(a.short) || ' '} | ${cells.join(' | ')} |`);
    });
    out.push('', `Key: ${mdText(mapKey())}`, '');
    for (const p of pairsOf(forest.grid)) {
      const figure = p.score === undefined ? '' : ` (${Math.round(p.score * 100)}%)`;
      out.push(
        `- **${mdText(p.a.name)}** and **${mdText(p.b.name)}**: \`${p.band.glyph}\` ${p.band.word}${figure}; ${countsInWords(p.counts)}.`,
      );
    }
    out.push('');
  }
  out.push('### Issues from consensus to divisive', '');
  forest.ranking.forEach((s, i) => {
    const figure = s.spread === undefined ? '' : ` (spread ${Math.round(s.spread * 100)}%)`;
    out.push(`${i + 1}. **${mdText(s.issue.title)}**: ${spreadWords(s)}${figure}. ${mdText(s.reason)}.`);
  });
  out.push('', '### Cruxes', '');
  if (forest.cruxes.length === 0) out.push('None: no two actors who agree on most issues take opposite sides on any.');
  for (const c of forest.cruxes) out.push(`- **${mdText(c.issue.title)}**: ${mdText(c.reason)}.`);
  out.push('', '### Drops: opposing positions an actor never answers', '');
  const file = (f: string) => mdText(relative(model.dir, f) || basename(f));
  for (const { actor, drops, answered } of forest.drops) {
    const total = drops.length + answered;
    out.push(
      `- **${mdText(actor.name)}**: ${total === 0 ? 'no opposing positions' : `answers ${answered} of ${total} opposing positions`}.`,
    );
    for (const d of drops.slice(0, DROPS_SHOWN)) {
      const title = model.issues.find((i) => i.id === d.own.issueId)?.title ?? d.own.issueId;
      out.push(`  - ${mdText(title)}: ${mdText(d.unanswered.key)} — answer in ${file(d.at.file)} line ${d.at.line} (\`responds_to\`).`);
    }
    if (drops.length > DROPS_SHOWN) out.push(`  - … and ${drops.length - DROPS_SHOWN} more.`);
  }
  out.push('');
  return out;
}

export function auditMarkdown(model: Model, mdText: (text: string) => string): string[] {
  const audit = auditDebate(model);
  const out: string[] = ['## Balance audit', ''];
  for (const a of audit.actors) {
    out.push(`**${mdText(a.actor.name)}**`, '');
    for (const [label, text] of actorAuditLines(a, model.issues.length)) out.push(`- ${label}: ${mdText(text)}`);
    out.push('');
  }
  out.push('### Asymmetries', '');
  if (audit.asymmetries.length === 0) out.push('None found: the actors are built alike.');
  for (const s of audit.asymmetries) out.push(`- ${mdText(s)}`);
  out.push('');
  return out;
}
