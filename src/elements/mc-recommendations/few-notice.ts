/**
 * The notice mc-recommendations shows when the catalogue itself has little or nothing for
 * the occupation. The core returns only programs above its relevance floor, so a short
 * list is the catalogue's answer, not a failure: the notice says so plainly instead of
 * padding the list with programs that do not teach the work.
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
  /** The related occupations this catalogue has more programs for (`nearbyList`), or nothing. */
  nearby: TemplateResult | typeof nothing;
}

/**
 * The notice (what the catalogue lacks, then what it still offers: the few programs below,
 * related occupations it has more for), or null for a full list.
 */
export function fewNotice({ t, count, to, from, nearby }: FewNoticeOptions): TemplateResult | null {
  if (count >= FEW_RESULTS) return null;
  const r = t.recommendations;
  const lack = count === 0 ? (from ? r.noneGap(from, to) : r.none(to)) : from ? r.fewGap(count, from, to) : r.few(count, to);
  return html`<p>${lack}</p>
    ${count > 0 ? html`<p>${r.listed}</p>` : nothing}${nearby}`;
}
