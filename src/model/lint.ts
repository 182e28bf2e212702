// Lint rules: things that load fine but leave a reader short-changed. They are
// warnings (errors under --strict), each with a name and a fix hint.
import { isAnswered } from './answers.js';
import type { Diagnostic } from './diagnostics.js';
import { FILL_IN, STUB_CLAIM } from './terms.js';
import type { EvidenceItem, Location, Model } from './types.js';

export interface LintRule {
  name: string;
  /** When it fires, in a few words (`check --help`, docs/rules.md). */
  summary: string;
  /** What to do about it, in Markdown (docs/rules.md). */
  fix: string;
}

/** The rules: the table of docs/rules.md and `standpoint check --help` are made from this. */
export const LINT_RULES: readonly LintRule[] = [
  {
    name: 'evidence-without-source',
    summary: 'an evidence item names no source',
    fix: "add `source: <id>` with an id from `debate.yaml`'s `sources` (add the source there first if needed)",
  },
  { name: 'quote-without-speaker', summary: 'a quote does not say who said it', fix: 'add `speaker: <name>`' },
  {
    name: 'position-without-evidence',
    summary: 'a position (other than "unclear") has no evidence',
    fix: 'add at least one item under `evidence:`',
  },
  {
    name: 'unanswered-position',
    summary: 'a position (other than "unclear") has no counterpoint and no response',
    fix: 'add a `counterpoints:` item, or a position elsewhere with `responds_to: [actor/position]`',
  },
  {
    name: 'silent-actor',
    summary: 'an actor has no position, not even "unclear", on an issue others address',
    fix: 'add a position for that issue, with `stance: unclear` if the sources are silent',
  },
  { name: 'unused-source', summary: 'a source that no evidence cites', fix: 'cite it from some evidence, or remove it' },
  { name: 'unaddressed-issue', summary: 'an issue that no actor takes a position on', fix: 'add positions on it, or remove the issue' },
  {
    name: 'placeholder',
    summary: `a template's "${FILL_IN}" or "${STUB_CLAIM}" is still in a file`,
    fix: 'replace it with the real text (an untouched template fails `check --strict`)',
  },
  {
    name: 'quote-not-in-source',
    summary: "a quote is not word for word in its source's local text copy",
    fix: 'copy the words exactly from the text, or cite the right source',
  },
];

/** The table of the rules, for docs/rules.md. */
export function lintTableMarkdown(): string {
  const rows = LINT_RULES.map((r) => `| \`${r.name}\` | ${r.summary} | ${r.fix} |`);
  return ['| rule | fires when | fix |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * Placeholders the templates of `standpoint new` leave for the author, found
 * in the files' text (not in comments), each at its line and column.
 */
export function placeholders(texts: ReadonlyMap<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [file, text] of texts) {
    // Most files hold none: look at lines only in those that do.
    if (!PLACEHOLDERS.some(([word]) => text.includes(word))) continue;
    text.split(/\r?\n|\r/).forEach((line, i) => {
      for (const [word, message] of PLACEHOLDERS) {
        const col = line.indexOf(word);
        if (col >= 0 && col < commentStart(line))
          out.push({ file, line: i + 1, col: col + 1, severity: 'warning', rule: 'placeholder', message });
      }
    });
  }
  return out;
}

const PLACEHOLDERS: ReadonlyArray<readonly [string, string]> = [
  [FILL_IN, `"${FILL_IN}" is a placeholder from the template: replace it with the real text.`],
  [
    STUB_CLAIM,
    `"${STUB_CLAIM}" is the template's stub claim: write what this actor holds on the issue, or what the sources say about its silence.`,
  ],
];

/** Where a line's comment starts (its length if none): a # at the start or after a space, outside quotes. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return i;
  }
  return line.length;
}

/** `broken`: files with errors; an actor whose positions failed to load is not called silent. */
export function lint(model: Model, broken: ReadonlySet<string> = new Set()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (loc: Location, rule: string, message: string) => out.push({ ...loc, severity: 'warning', rule, message });
  const cited = new Set<string>();
  const addressed = new Set<string>();
  // Rules that look across files would blame the good files for what a broken one failed to load.
  const partial = [...broken].some((f) => f !== model.file) || model.actors.some((a) => a.stale);

  const checkEvidence = (list: readonly EvidenceItem[]) => {
    for (const e of list) {
      if (e.source === undefined)
        warn(e.loc, 'evidence-without-source', 'Evidence names no source: add "source: <id>" from debate.yaml\'s sources.');
      else cited.add(e.source);
      if (e.kind === 'quote' && e.speaker === undefined)
        warn(e.loc, 'quote-without-speaker', 'A quote needs to say who said it: add "speaker: <name>".');
    }
  };

  for (const actor of model.actors) {
    if (actor.stale) continue;
    for (const p of actor.positions) {
      addressed.add(p.issueId);
      checkEvidence(p.evidence);
      for (const c of p.counterpoints) checkEvidence(c.evidence);
      if (p.stance === 'unclear') continue;
      if (p.evidence.length === 0)
        warn(p.loc, 'position-without-evidence', `Position "${p.id}" has no evidence: add at least one item under "evidence:".`);
      if (!isAnswered(p) && !partial)
        warn(
          p.loc,
          'unanswered-position',
          `Nobody answers position "${p.id}": add a counterpoint, or a position elsewhere that responds_to "${p.key}".`,
        );
    }
  }
  for (const actor of model.actors) {
    if (actor.stale || broken.has(actor.file)) continue;
    for (const issue of model.issues) {
      // An issue nobody addresses is one unaddressed-issue warning, not one more per actor.
      if (!actor.byIssue.has(issue.id) && addressed.has(issue.id))
        warn(
          actor.loc,
          'silent-actor',
          `"${actor.id}" says nothing on issue "${issue.id}": add a position, with stance "unclear" if the sources are silent.`,
        );
    }
  }
  for (const s of model.sources.values()) {
    if (!cited.has(s.id) && !partial) warn(s.loc, 'unused-source', `No evidence cites source "${s.id}": cite it or remove it.`);
  }
  for (const issue of model.issues) {
    if (!addressed.has(issue.id) && model.actors.length > 0 && !partial)
      warn(issue.loc, 'unaddressed-issue', `No actor takes a position on issue "${issue.id}": add one, or remove the issue.`);
  }
  return out;
}
