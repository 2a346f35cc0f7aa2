/**
 * `core/titles/`: job-title matching: from what a person types to NOC occupations, in the
 * page's language (`matchTitles`, `didYouMean`) and across languages (`matchTitlesAcross`);
 * the title index is built by the loader (`TitleIndexBuilder`).
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { isOtherShortForm, looksLikeOtherLanguage, matchTitlesAcross, otherLang, wantsOtherLanguage } from './titles-across.js';
export { TitleIndexBuilder, correctQuery, didYouMean, isCloseMatch, matchTitles, searchTitleIndex } from './titles.js';
