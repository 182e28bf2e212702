// Lint rules: things that load fine but leave a reader short-changed. They are
// warnings (errors under --strict), each with a name and a fix hint.
import { isAnswered } from './answers.js';
import type { Diagnostic } from './diagnostics.js';
import type { EvidenceItem, Location, Model } from './types.js';

export interface LintRule {
  name: string;
  summary: string;
}

/** The rules, as documented in the README and `standpoint check --help`. */
export const LINT_RULES: readonly LintRule[] = [
  { name: 'evidence-without-source', summary: 'an evidence item names no source' },
  { name: 'quote-without-speaker', summary: 'a quote does not say who said it' },
  { name: 'position-without-evidence', summary: 'a position (other than "unclear") has no evidence' },
  { name: 'unanswered-position', summary: 'a position (other than "unclear") has no counterpoint and no response' },
  { name: 'silent-actor', summary: 'an actor has no position, not even "unclear", on an issue others address' },
  { name: 'unused-source', summary: 'a source that no evidence cites' },
  { name: 'unaddressed-issue', summary: 'an issue that no actor takes a position on' },
  { name: 'quote-not-in-source', summary: "a quote is not word for word in its source's local text copy" },
];

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
