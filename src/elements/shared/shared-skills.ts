/**
 * The skills a related occupation shares with the one chosen, after its name ("Shares 3 key
 * skills: …"), as the portal's related list and the recommendations' notice show them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SkillRef } from '../../core/model/index.js';
import type { CoreMessages } from '../../core/messages/index.js';

/** The sentence in a `shares` span, or nothing when they share no skill. `m`: the core's sentences (`coreMessages`). */
export function sharedSkills(m: Pick<CoreMessages, 'relatedShares'>, skills: readonly SkillRef[]): TemplateResult | typeof nothing {
  if (skills.length === 0) return nothing;
  return html`<span class="shares">${m.relatedShares(
    skills.length,
    skills.map((s) => s.label),
  )}</span>`;
}
