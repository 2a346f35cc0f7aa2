/**
 * The notice mc-recommendations shows when the catalogue itself has little or nothing for
 * the occupation. The core returns only programs above its relevance floor, so a short
 * list is the catalogue's answer, not a failure: the notice says so plainly instead of
 * padding the list with programs that do not teach the work. So too for a list of partial
 * matches only, however long: none of its programs shows it teaches the work.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/locale.js';
import { withMarkedNames, type ShownName } from '../shared/names.js';

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
  /** The host's own institution (`provider`), by its name in the page's language: the notice speaks of its programs, not the catalogue's. */
  provider?: ShownName | null;
}

/** What the catalogue lacks, the notice's first sentence (also said after a choice), or null for a full list. */
function fewLack({ t, count, to, from, partialOnly, provider }: Omit<FewNoticeOptions, 'nearby'>): string | null {
  if (count >= FEW_RESULTS && !partialOnly) return null;
  const r = t.recommendations;
  const at = provider?.value;
  if (count === 0) return from ? r.noneGap(from, to, at) : r.none(to, at);
  if (partialOnly) return from ? r.partialOnlyGap(count, from, to, at) : r.partialOnly(count, to, at);
  return from ? r.fewGap(count, from, to, at) : r.few(count, to, at);
}

/**
 * What the live region says after a choice: the heading and what the catalogue lacks; or, when
 * focus is on a heading that names the occupations (`named`), the count and the lack in short,
 * without the titles again. `filtered`: the person's filters narrowed the list (no lack is said).
 */
export function chosenWords(heading: string, few: Omit<FewNoticeOptions, 'nearby'>, filtered: boolean, named: boolean, capped: boolean): string {
  const lack = filtered ? null : fewLack(few);
  if (!named) return [`${heading}.`, lack].filter(Boolean).join(' ');
  const { t, count, from, partialOnly, provider } = few;
  const kind = lack === null ? null : count === 0 ? 'none' : partialOnly ? 'partial' : 'few';
  return t.recommendations.chosen(count, kind, from !== null, provider?.value, capped);
}

/**
 * The notice (what the catalogue lacks, then what it still offers: the few programs below,
 * related occupations it has more for), or null for a full list.
 */
export function fewNotice(o: FewNoticeOptions): TemplateResult | null {
  const lack = fewLack(o);
  if (lack === null) return null;
  return html`<p>${withMarkedNames(lack, o.provider ? [o.provider] : [])}</p>
    ${o.count > 0 ? html`<p>${o.t.recommendations.listed}</p>` : nothing}${o.nearby}`;
}
