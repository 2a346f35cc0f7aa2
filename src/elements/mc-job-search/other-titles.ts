/**
 * The other language's job titles, for a title typed in it ("soudeur" on an English page):
 * loaded once per index and language, by a page where someone typed such a title, never by
 * one where every title matched. Used only with the core matcher.
 */
import type { TitleIndex } from '../../core/model/index.js';
import type { TitlesIndex } from '../../core/load/index.js';
import type { Lang } from '../../core/index-format/index.js';
import { fold } from '../../core/text/index.js';
import { isOtherShortForm, looksLikeOtherLanguage, otherLang, wantsOtherLanguage } from '../../core/titles/index.js';
import { requestTitles } from '../shared/index-source.js';

/**
 * Shortest folded query that may load the other language's titles when it matches nothing
 * well, unless it is one of that language's short forms ("PSW" on the French page).
 */
const MIN_OTHER_QUERY = 4;

export class OtherTitles {
  private loaded: { index: TitlesIndex; lang: Lang; titles: TitleIndex } | null = null;
  private wanted: TitlesIndex | null = null;

  /** The other language's titles for `index` seen in `lang`, once loaded. */
  of(index: TitlesIndex, lang: Lang): TitleIndex | null {
    const loaded = this.loaded;
    return loaded && loaded.index === index && loaded.lang === lang ? loaded.titles : null;
  }

  /**
   * Loads the other language's titles when `text` looks written in it or the page's
   * titles match it poorly; once they arrive, and if `current()` still holds, keeps them
   * and calls `onLoaded`. A failed load is not worth an error box: the page's own titles
   * still work.
   */
  want(index: TitlesIndex, text: string, lang: Lang, current: () => boolean, onLoaded: () => void): void {
    if (this.of(index, lang) || this.wanted === index) return;
    if (!index.titles[lang] || (fold(text).length < MIN_OTHER_QUERY && !isOtherShortForm(text, lang))) return;
    if (!looksLikeOtherLanguage(text, lang) && !wantsOtherLanguage(index, text, { lang })) return;
    const load = requestTitles(index, otherLang(lang));
    if (!load) return;
    this.wanted = index;
    load.then(
      (titles) => {
        this.wanted = null;
        if (!current()) return;
        this.loaded = { index, lang, titles };
        onLoaded();
      },
      () => (this.wanted = null),
    );
  }
}
