// `standpoint audit` as plain text: per actor what it addresses, what its
// evidence rests on and how it is answered; then the asymmetries in words.
import type { ActorAudit, Audit } from '../debate/audit.js';
import { singleLine } from '../model/sanitize.js';
import type { Model } from '../model/types.js';
import { block, hang } from '../text/blocks.js';
import { plural } from '../text/measure.js';

export function actorAuditLines(a: ActorAudit, issues: number): Array<[string, string]> {
  const kinds = Object.entries(a.byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const sourceKinds = Object.entries(a.sourceKinds)
    .map(([k, n]) => `${n} ${k.replace('-', ' ')}`)
    .join(', ');
  return [
    ['Issues', `${a.addressed} of ${issues} addressed${a.unclear ? ` (${a.unclear} of them unclear)` : ''}, ${a.silent} silent`],
    ['Evidence', `${plural(a.evidence, 'item')}${kinds ? `: ${kinds}` : ''}${a.unsourced ? `; ${a.unsourced} with no source` : ''}`],
    ['Sources', `${plural(a.sources.length, 'source')} cited${sourceKinds ? `: ${sourceKinds}` : ''}`],
    ['Quotes', `${a.quotesWithSpeaker} with a speaker, ${a.quotesWithoutSpeaker} without`],
    ['Counterpoints', `${a.counterpointsGiven} given, ${a.counterpointsReceived} received`],
    ['Responses', `${a.responsesGiven} given (responds_to), ${a.responsesReceived} received`],
  ];
}

export function renderAuditPlain(model: Model, audit: Audit, width: number): string {
  const w = Math.max(30, Math.floor(width));
  const out: string[] = [...block(0, `Balance audit: ${singleLine(model.title)}`, w)];
  for (const a of audit.actors) {
    const name = singleLine(a.actor.name);
    const short = singleLine(a.actor.short);
    out.push('', ...block(0, short !== name ? `${name} (${short})` : name, w));
    for (const [label, text] of actorAuditLines(a, model.issues.length)) out.push(...hang(2, `${label}: `, text, w));
  }
  out.push('', 'Asymmetries');
  if (audit.asymmetries.length === 0) out.push(...block(2, 'None found: the actors are built alike.', w));
  for (const s of audit.asymmetries) out.push(...hang(2, '* ', singleLine(s), w));
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}
