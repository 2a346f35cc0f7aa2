/**
 * The notice mc-recommendations shows when the catalogue itself has little or nothing for
 * the occupation. The core returns only programs above its relevance floor, so a short
 * list is the catalogue's answer, not a failure: the notice says so plainly instead of
 * padding the list with programs that do not teach the work. So too for a list of partial
 * matches only, however long: none of its programs shows it teaches the work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/locale.js';

/** Fewer results than this, with no filter of the person's narrowing them, get the notice. */
export const FEW_RESULTS = 5;

export interface FewNoticeOptions {
  t: Strings<'recommendations'>;
  count: number;
  /** Localized title of the (target) occupation. */
  to: string;
  /** Localized title of the current occupation, in gap mode. */
  from: string | null;
  /** The related occupations this catalogue has more strong matches for (`nearbyList`), or nothing. */
  nearby: TemplateResult | typeof nothing;
  /** Every program listed is known to be a partial match (`Recommendation.strength`). */
  partialOnly: boolean;
}

/**
 * The notice (what the catalogue lacks, then what it still offers: the few programs below,
 * related occupations it has more for), or null for a full list.
 */
export function fewNotice({ t, count, to, from, nearby, partialOnly }: FewNoticeOptions): TemplateResult | null {
  if (count >= FEW_RESULTS && !partialOnly) return null;
  const r = t.recommendations;
  let lack: string;
  if (count === 0) lack = from ? r.noneGap(from, to) : r.none(to);
  else if (partialOnly) lack = from ? r.partialOnlyGap(count, from, to) : r.partialOnly(count, to);
  else lack = from ? r.fewGap(count, from, to) : r.few(count, to);
  return html`<p>${lack}</p>
    ${count > 0 ? html`<p>${r.listed}</p>` : nothing}${nearby}`;
}
