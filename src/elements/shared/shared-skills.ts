/**
 * The skills a related occupation shares with the one chosen, after its name ("Shares 3 key
 * skills: …", "Shares 7 key skills, including …"), as the portal's related list and the
 * recommendations' notice show them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../../core/messages/index.js';
import type { RelatedOccupation } from '../../core/rank/index.js';

/** The sentence in a `shares` span, or nothing when they share no key skill. `m`: the core's sentences (`coreMessages`). */
export function sharedSkills(
  m: Pick<CoreMessages, 'relatedShares'>,
  related: Pick<RelatedOccupation, 'sharedSkills' | 'sharedCount'>,
): TemplateResult | typeof nothing {
  if (related.sharedSkills.length === 0) return nothing;
  return html`<span class="shares">${m.relatedShares(
    related.sharedCount,
    related.sharedSkills.map((s) => s.label),
  )}</span>`;
}
