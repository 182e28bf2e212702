// `standpoint audit` as plain text: per actor what it addresses, what its
// evidence rests on and how it is answered; then the asymmetries in words.
import { type Audit, actorAuditLines } from '../debate/audit.js';

import { singleLine } from '../model/sanitize.js';
import type { Model } from '../model/types.js';
import { block, hang } from '../text/blocks.js';

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
