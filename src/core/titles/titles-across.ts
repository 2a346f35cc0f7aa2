/**
 * Job titles typed in the other language: a person in Ontario types "soudeur" on the
 * English page, or "welder" on the French one, in the language they think in.
 *
 * The page's own titles are searched first; only when they give no good match (or the
 * text carries French accents on an English page) is the other language's title index
 * asked too, and its occupations are shown by their title in the page's language. A
 * page that never needs the other language never loads it (the element decides when:
 * see `mc-job-search`); measured costs are in docs/cross-language.md.
 */
import type { Lang } from '../index-format/index.js';
import { localize } from '../index-format/index.js';
import type { LoadedIndex, TitleMatch } from '../model/index.js';
import type { TitleIndex } from '../model/index.js';
import { expandAbbreviation } from './abbreviations.js';
import { matchTitles, searchTitleIndex } from './titles.js';
import { queryWords, titleTerm, titleTerms } from './titles-text.js';

/** Least score of a page-language match good enough not to look in the other language. */
const GOOD_MATCH = 0.8;
/**
 * Other-language scores are weighed down a little: at equal fit the page's own title
 * comes first ("chef", "journaliste" are both), and a typo of a page-language word stays
 * ahead of an exact other-language word only when it fits clearly better.
 */
const OTHER_WEIGHT = 0.92;

// Letters French writes and English titles never do.
const FRENCH_LETTERS = /[àâæçéèêëîïôœùûüÿ]/iu;

/** The other of the two languages. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}

/** True when `query` is written with letters of the other language (French accents on an English page). */
export function looksLikeOtherLanguage(query: string, lang: Lang): boolean {
  return lang === 'en' && FRENCH_LETTERS.test(query);
}

/**
 * True when `query` is one short form that the other language's titles spell out and the
 * page's do not: "PSW", "RN", "ECE" typed on the French page (Ontario francophones use the
 * English acronyms), "PAB" on the English one. Shorter than the words that make a job search
 * load the other language's titles, it is still worth them: the page's titles cannot find it.
 */
export function isOtherShortForm(query: string, lang: Lang): boolean {
  const { words } = queryWords(query, lang);
  if (words.length !== 1) return false;
  return expandAbbreviation(otherLang(lang), words[0]!).length > 0 && expandAbbreviation(lang, words[0]!).length === 0;
}

/**
 * True when `best` (the first page-language match for `query`) leaves the other
 * language worth asking: nothing found, or a weak match that is not the beginning of a
 * page-language word still being typed. "regi" (for "registered") is weak but fine:
 * asking then would load the other titles for half of the page's own titles at some
 * pause mid-word. A typo fixed into a close title ("welxer", 0.8 and up) is fine too:
 * the wrong matches of other-language titles ("comptable" -> "Constable", "police
 * officer" -> "Officier de la police militaire") all score under 0.75 on the real
 * index, and asking for every typo made those keystrokes five times slower.
 */
function needsOther(best: TitleMatch | undefined, query: string, lang: Lang): boolean {
  if (looksLikeOtherLanguage(query, lang) || best === undefined) return true;
  return best.score < GOOD_MATCH && best.kind !== 'prefix';
}

/**
 * True when the other language's titles could find what the page's could not: nothing
 * or only a weak or typo-fixed match in `lang`, or French letters on an English page
 * (see `needsOther`). Needs the titles of `lang` loaded.
 */
export function wantsOtherLanguage(index: Pick<LoadedIndex, 'titles' | 'occupations'>, query: string, opts: { lang: Lang }): boolean {
  return needsOther(matchTitles(index, query, { lang: opts.lang, limit: 1 })[0], query, opts.lang);
}

/** The typed words (`queryWords`) with each one's term as the title index reads it, worked out once a query. */
type TypedWords = ReturnType<typeof queryWords> & { terms: string[] };

/**
 * How many of the typed words `title` holds, as the title index reads both (stems, gendered
 * forms met); the last word, when still being typed, as the beginning of one of its words.
 */
function sharedWords(query: TypedWords, title: string, lang: Lang): number {
  const terms = new Set(titleTerms(title, lang).filter((_, i) => i % 2 === 0) as string[]);
  return query.words.filter((word, i) => {
    if (terms.has(query.terms[i]!)) return true;
    if (!query.open || i !== query.words.length - 1) return false;
    for (const term of terms) if (term.startsWith(word)) return true;
    return false;
  }).length;
}

/**
 * `matchTitles` in `opts.lang`, with `other` (the other language's title index) asked
 * as well when the page's titles give no good match (`wantsOtherLanguage`). A match found through `other`
 * carries `matchedLang` and the occupation's official title in `opts.lang`, and comes after
 * every page-language match that holds as many of the typed words: "junior software developer"
 * on the English page matched "Entraîneur/entraîneuse de hockey junior" on the one word both
 * languages write alike, and it came second, before "Web developer" and "Junior baker".
 */
export function matchTitlesAcross(
  index: Pick<LoadedIndex, 'titles' | 'occupations'>,
  other: TitleIndex,
  query: string,
  opts: { lang: Lang; limit?: number },
): TitleMatch[] {
  const limit = opts.limit ?? 10;
  const own = matchTitles(index, query, { lang: opts.lang, limit });
  if (other.lang === opts.lang || !needsOther(own[0], query, opts.lang)) return own;
  const words = queryWords(query, opts.lang);
  const typed: TypedWords = { ...words, terms: words.words.map(titleTerm) };
  const ownShared = own.map((m) => sharedWords(typed, m.matchedTitle, opts.lang));
  const found: TitleMatch[] = searchTitleIndex(other, query, { limit }).map((m) => {
    const occupation = index.occupations.get(m.code);
    const shared = sharedWords(typed, m.matchedTitle, other.lang);
    // The page's matches holding as many typed words come first (the sort keeps them first on a tie).
    let score = m.score * OTHER_WEIGHT;
    own.forEach((o, i) => {
      if (ownShared[i]! >= shared) score = Math.min(score, o.score);
    });
    return {
      ...m,
      score,
      title: occupation === undefined ? m.title : localize(occupation.title, opts.lang),
      matchedLang: other.lang,
    };
  });
  const seen = new Set<string>();
  return [...own, ...found]
    .sort((a, b) => b.score - a.score)
    .filter((m) => !seen.has(m.code) && seen.add(m.code) !== undefined)
    .slice(0, limit);
}
