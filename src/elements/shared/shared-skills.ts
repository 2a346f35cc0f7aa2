/**
 * The skills a related occupation shares with the one chosen, after its name ("Shares 3 key
 * skills: …", "Shares 7 key skills, including …"), as the portal's related list and the
 * recommendations' notice show them. A skill with no label in the page's language is named in
 * English, marked `lang="en"`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from '../../core/messages/index.js';
import type { RelatedOccupation } from '../../core/rank/index.js';
import { withMarkedNames } from './names.js';

/** The sentence in a `shares` span, or nothing when they share no key skill. `m`: the core's sentences (`coreMessages`). */
export function sharedSkills(
  m: Pick<CoreMessages, 'relatedShares'>,
  related: Pick<RelatedOccupation, 'sharedSkills' | 'sharedCount'>,
): TemplateResult | typeof nothing {
  if (related.sharedSkills.length === 0) return nothing;
  const text = m.relatedShares(
    related.sharedCount,
    related.sharedSkills.map((s) => s.label),
  );
  return html`<span class="shares">${withMarkedNames(
    text,
    related.sharedSkills.map((s) => ({ value: s.label, lang: s.labelLang ?? null })),
  )}</span>`;
}
