/**
 * Institution names as a page shows them: in the page's language, English when the catalogue
 * gives no French name, and then marked `lang="en"` so a screen reader reads it with an
 * English voice, in a sentence too. Only for showing: institutions are told apart, filtered
 * and routed by `Program.provider` alone.
 */
import { html, type TemplateResult } from 'lit';
import { localizeMarked, providerLabel, type Lang, type Localized, type Program } from '../../core/index-format/index.js';
import { markNames } from '../../core/messages/index.js';
import type { ReasonPart } from '../../core/model/index.js';
import type { Facets } from '../../core/rank/index.js';

/** A name as shown: its text, and its language when that is not the page's. */
export interface ShownName {
  value: string;
  lang: Lang | null;
}

/** A program's institution in `lang`, English (marked) when it has no name in `lang`. */
export function providerName(program: Pick<Program, 'provider' | 'providerFr'>, lang: Lang): ShownName {
  return localizeMarked(providerLabel(program), lang);
}

/**
 * The institution `provider` (`Program.provider`, a host's `provider`) in `lang`, by the
 * French names of `catalogue` (`Facets`, `RankingData`). A name the catalogue does not know
 * (a host's typo, an institution the index lacks) is shown as written, unmarked: its
 * language is not known.
 */
export function institutionName(provider: string, catalogue: Pick<Facets, 'providers' | 'providerFr'>, lang: Lang): ShownName {
  const providerFr = catalogue.providerFr.get(provider);
  if (providerFr === undefined && !catalogue.providers.includes(provider)) return { value: provider, lang: null };
  return providerName({ provider, providerFr }, lang);
}

/**
 * An occupation as the learner's receipt and the institution's inbox show it: its title in
 * `lang` (an English one marked) with its code, worded by `named` ("Welders … (NOC 72106)");
 * null when there is no title to show, and the code stands alone.
 */
export function occupationName(
  code: string,
  title: Localized | null | undefined,
  lang: Lang,
  named: (title: string, code: string) => string,
): { value: string; names: ShownName[] } | null {
  const shown = title ? localizeMarked(title, lang) : null;
  return shown?.value ? { value: named(shown.value, code), names: [shown] } : null;
}

/** The French names of the institutions of `programs`, for `institutionName`. */
export function frenchNamesOf(programs: Iterable<Pick<Program, 'provider' | 'providerFr'>>): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of programs) if (p.providerFr) names.set(p.provider, p.providerFr);
  return names;
}

/** `name` as text, in a span marked with its language when it is not the page's. */
export function markedName(name: ShownName): TemplateResult | string {
  return name.lang ? html`<span lang=${name.lang}>${name.value}</span>` : name.value;
}

/**
 * `text`, a sentence worded with `names` in it, with each name of another language than the
 * page's marked with its `lang`: "J’accepte que <span lang="en">Lakeshore Polytechnic</span>
 * communique avec moi…".
 */
export function withMarkedNames(text: string, names: readonly ShownName[]): TemplateResult | string {
  const parts = markNames(text, names);
  if (parts.length === 1 && !parts[0]!.lang) return text;
  return partsHtml(parts);
}

/** A sentence's `parts` (`markNames`, a reason's `parts`), each of another language in a span with its `lang`. */
export function partsHtml(parts: readonly ReasonPart[]): TemplateResult {
  return html`${parts.map((part) => (part.lang ? html`<span lang=${part.lang}>${part.text}</span>` : part.text))}`;
}

/**
 * A control's content when its name holds names of another language: `shown` on screen but
 * not read, and `said`, its whole name, read with each such name in its own voice. An
 * aria-label cannot carry a language; the control's own words can (`said` holds `shown`, so
 * the name still holds the visible label).
 */
export function saidWith(shown: unknown, said: string, names: readonly ShownName[]): TemplateResult {
  return html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${withMarkedNames(said, names)}</span>`;
}
