/**
 * Above the program list: when every program in it is taught in the other language than the
 * page's, the page says so once, rather than leave a French reader to find out card by card
 * that each is in English. A program taught in both languages, in another one, or whose
 * language the catalogue does not give, is not said to be in the other language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import type { Recommendation } from '../../core/model/index.js';
import type { Strings } from '../shared/locale.js';

/** The sentence, or nothing when some program listed is in the page's language or not known to be in the other one. */
export function listLanguageNote(t: Strings<'recommendations'>, lang: Lang, list: readonly Recommendation[]): TemplateResult | typeof nothing {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  if (list.length === 0 || !list.every((rec) => rec.program.language === other)) return nothing;
  return html`<p class="note list-language">${t.recommendations.allTaughtIn(other)}</p>`;
}
