// The debate as one self-contained HTML page: a handout that opens on any
// laptop or phone, prints one issue per page, and needs no script, font or
// image from anywhere. Every text from the YAML goes through `esc`, so nothing a
// debate file holds becomes markup; a source's link is live only when it is a
// plain http(s) address, and then it is marked nofollow and opens no window
// handle (rel=noopener noreferrer). Anything else is shown as text.
import { basename } from 'node:path';
import { cellText } from '../debate/agreement.js';
import { forestOf, pairsOf } from '../debate/forest.js';
import { applyLens, evidenceCounts, LENS_KINDS, type LensKind, lensNote } from '../debate/lens.js';
import { spreadWords } from '../debate/spread.js';
import { STANCE_GLYPH, stanceWord } from '../debate/stance.js';
import { sanitize, singleLine } from '../model/sanitize.js';
import type { StanceT } from '../model/schema.js';
import { KIND_MEANING, STANCES } from '../model/terms.js';
import type { Counterpoint, EvidenceItem, Model, Position } from '../model/types.js';
import { paragraphs } from '../text/blocks.js';
import { mapKey } from './forest-text.js';
import { HTML_STYLE } from './html-style.js';
import { counterpointAuthor, positionLabel, sourceNumbers, sourcing } from './refs.js';

export interface HtmlOptions {
  lens?: LensKind;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element or an attribute: cleaned of control characters, every markup character an entity. */
export function esc(text: string): string {
  return sanitize(text).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** One line of text (titles, cells), escaped. */
function line(text: string): string {
  return esc(singleLine(text));
}

/** A web address we are willing to make clickable: http(s), no spaces, no quotes, no angle brackets. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(u)) return undefined;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

function stance(s: StanceT | undefined): string {
  if (!s) return '<span class="stance s-none"><span class="glyph">·</span> no position</span>';
  return `<span class="stance s-${s}"><span class="glyph" aria-hidden="true">${esc(STANCE_GLYPH[s])}</span> ${esc(stanceWord(s))}</span>`;
}

function paras(text: string | undefined, cls = ''): string[] {
  return paragraphs(text ?? '').map((p) => `<p${cls ? ` class="${cls}"` : ''}>${line(p)}</p>`);
}

export function renderHtml(source: Model, options: HtmlOptions = {}): string {
  const model = options.lens ? applyLens(source, options.lens) : source;
  const numbers = sourceNumbers(model);
  const out: string[] = [];
  const title = line(model.title) || 'Debate';

  out.push(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request leaves the page: nothing to fetch, no script, no form target, no base to redirect links.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="standpoint">',
    `<title>${title}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
  );
  if (model.question) out.push(`<p class="question"><strong>Question:</strong> ${line(model.question)}</p>`);
  if (model.asOf) out.push(`<p class="muted">Positions as of ${line(model.asOf)}.</p>`);
  if (options.lens) out.push(`<p class="muted" role="note">${line(lensNote(options.lens, evidenceCounts(source)))}</p>`);
  out.push(...paras(model.summary), '</header>', '<main>');

  if (model.actors.length > 0) {
    out.push('<section aria-labelledby="who"><h2 id="who">Who is who</h2><ul>');
    for (const a of model.actors) {
      const short = a.short !== a.name ? ` (${line(a.short)})` : '';
      const people = a.people.length
        ? ` People: ${a.people.map((p) => (p.role ? `${line(p.name)}, ${line(p.role)}` : line(p.name))).join('; ')}.`
        : '';
      out.push(
        `<li><strong>${line(a.name)}</strong>${short}${a.role ? `: ${line(/[.!?…]$/.test(a.role.trim()) ? a.role : `${a.role.trim()}.`)}` : ''}${people}</li>`,
      );
    }
    out.push('</ul></section>');
  }

  out.push(...overview(model));
  model.issues.forEach((issue, i) => {
    const id = `issue-${i + 1}`;
    out.push(`<section class="issue" aria-labelledby="${id}">`, `<h2 id="${id}">${i + 1}. ${line(issue.title)}</h2>`);
    out.push(`<p class="question"><strong>Question:</strong> ${line(issue.question)}</p>`, ...paras(issue.summary));
    out.push('<div class="sides">');
    for (const actor of model.actors) {
      const p = actor.byIssue.get(issue.id);
      const stale = actor.stale ? ' <span class="muted">(file broken: last good version)</span>' : '';
      out.push(
        `<article class="side${p ? '' : ' silent'}">`,
        `<h3>${line(actor.name)}${stale}: ${stance(p?.stance)}</h3>`,
        ...(p ? position(model, p, numbers) : ['<p class="muted">Takes no position on this issue.</p>']),
        '</article>',
      );
    }
    out.push('</div>');
    if (issue.prompts.length > 0) {
      out.push('<h3>For discussion</h3><ul class="prompts">', ...issue.prompts.map((q) => `<li>${line(q)}</li>`), '</ul>');
    }
    out.push('</section>');
  });

  if (model.prompts.length > 0) {
    out.push('<section aria-labelledby="discuss"><h2 id="discuss">For discussion: the whole debate</h2><ul class="prompts">');
    out.push(...model.prompts.map((q) => `<li>${line(q)}</li>`), '</ul></section>');
  }
  // Stances do not depend on the lens: the forest is the whole debate's.
  out.push(...forest(source));
  out.push(...sources(model, numbers));
  out.push(
    '</main>',
    `<footer>Made with standpoint from the debate folder <code>${line(basename(model.dir)) || '.'}</code>.</footer>`,
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}

function overview(model: Model): string[] {
  const out = ['<section aria-labelledby="glance"><h2 id="glance">Stances at a glance</h2>'];
  out.push(`<p>Each stance answers the issue's question.</p>`, '<div class="scroll"><table id="matrix">');
  out.push('<caption class="muted">Issues down, actors across</caption>');
  out.push(
    `<thead><tr><th scope="col">Issue</th>${model.actors.map((a) => `<th scope="col">${line(a.short)}</th>`).join('')}</tr></thead>`,
  );
  out.push('<tbody>');
  model.issues.forEach((issue, i) => {
    const cells = model.actors.map((a) => `<td>${stance(a.byIssue.get(issue.id)?.stance)}</td>`).join('');
    out.push(`<tr><th scope="row"><a href="#issue-${i + 1}">${line(issue.title)}</a></th>${cells}</tr>`);
  });
  out.push('</tbody></table></div>');
  out.push(`<p class="key">Key: ${STANCES.map((s) => stance(s)).join(', ')}.</p>`);
  out.push(`<p class="key">Evidence: ${LENS_KINDS.map((k) => `<span class="kind">${k}</span> ${esc(KIND_MEANING[k])}`).join('; ')}.</p>`);
  out.push('</section>');
  return out;
}

function position(model: Model, p: Position, numbers: Map<string, number>): string[] {
  const out = [`<p>${line(p.claim)}</p>`];
  if (p.evidence.length > 0) {
    out.push('<h4>Evidence</h4><ul class="evidence">', ...p.evidence.map((e) => `<li>${evidence(e, numbers)}</li>`), '</ul>');
  }
  if (p.counterpoints.length > 0) {
    out.push('<h4>Counterpoints</h4><ul class="counter">', ...p.counterpoints.map((c) => counterpoint(model, c, numbers)), '</ul>');
  }
  const links = [
    ...p.respondsTo.map((k) => `<p><em>Answers</em> ${line(positionLabel(model, k))}.</p>`),
    ...p.respondedBy.map((k) => `<p><em>Answered by</em> ${line(positionLabel(model, k))}.</p>`),
  ];
  out.push(...links);
  return out;
}

function counterpoint(model: Model, c: Counterpoint, numbers: Map<string, number>): string {
  const by = counterpointAuthor(model, c);
  const items = c.evidence.length ? `<ul class="evidence">${c.evidence.map((e) => `<li>${evidence(e, numbers)}</li>`).join('')}</ul>` : '';
  return `<li>${by ? `<strong>${line(by)}:</strong> ` : ''}${line(c.text)}${items}</li>`;
}

function evidence(e: EvidenceItem, numbers: Map<string, number>): string {
  const said =
    e.kind === 'quote'
      ? `${e.speaker ? `${line(e.speaker)}: ` : ''}“${line(e.text)}”`
      : `${line(e.text)}${e.speaker ? ` (${line(e.speaker)})` : ''}`;
  const from = sourcing(e, numbers, '“', '”');
  return `<span class="kind k-${e.kind}">${e.kind}</span> ${said}${from ? ` <span class="from">— ${line(from)}</span>` : ''}`;
}

function forest(model: Model): string[] {
  const f = forestOf(model);
  const { actors } = f.grid;
  const out = ['<section class="forest" aria-labelledby="agree"><h2 id="agree">Who agrees with whom</h2>'];
  out.push('<p>Each cell compares two actors over the issues both take a clear stance on; "unclear" and silence count neither way.</p>');
  if (actors.length > 1) {
    out.push('<div class="scroll"><table id="agreement">');
    out.push(`<thead><tr><td></td>${actors.map((a) => `<th scope="col">${line(a.short)}</th>`).join('')}</tr></thead><tbody>`);
    actors.forEach((a, i) => {
      const cells = actors.map((_, j) => `<td><span class="glyph">${esc(cellText(f.grid.counts(i, j), i === j))}</span></td>`);
      out.push(`<tr><th scope="row">${line(a.short)}</th>${cells.join('')}</tr>`);
    });
    out.push('</tbody></table></div>', `<p class="key">Key: ${esc(mapKey())}</p><ul>`);
    for (const p of pairsOf(f.grid)) {
      const figure = p.score === undefined ? '' : ` (${Math.round(p.score * 100)}%)`;
      out.push(
        `<li><strong>${line(p.a.name)}</strong> and <strong>${line(p.b.name)}</strong>: ${esc(p.band.glyph)} ${esc(p.band.word)}${figure}.</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('<h3>Issues from consensus to divisive</h3><ol>');
  for (const s of f.ranking) out.push(`<li><strong>${line(s.issue.title)}</strong>: ${esc(spreadWords(s))}. ${line(s.reason)}.</li>`);
  out.push('</ol><h3>Cruxes</h3>');
  if (f.cruxes.length === 0) out.push('<p>None: no two actors who agree on most issues take opposite sides on any.</p>');
  else out.push('<ul>', ...f.cruxes.map((c) => `<li><strong>${line(c.issue.title)}</strong>: ${line(c.reason)}.</li>`), '</ul>');
  out.push('</section>');
  return out;
}

function sources(model: Model, numbers: Map<string, number>): string[] {
  if (model.sources.size === 0) return [];
  const out = ['<section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol class="sources">'];
  for (const [id, s] of model.sources) {
    const about = [s.author, s.publisher, s.date].filter(Boolean).map((x) => line(x as string));
    const href = safeUrl(s.url);
    const url = href
      ? ` <a href="${esc(href)}" rel="noopener noreferrer nofollow">${esc(href)}</a>`
      : s.url
        ? ` <span class="muted">(address not linked: ${line(s.url)})</span>`
        : '';
    const note = s.note ? ` <em>Note:</em> ${line(s.note)}` : '';
    out.push(
      `<li value="${numbers.get(id)}"><strong>${line(s.title)}</strong> (${line(s.kind.replace('-', ' '))}).${about.length ? ` ${about.join(', ')}.` : ''}${url}${note}</li>`,
    );
  }
  out.push('</ol></section>');
  return out;
}
