/** FOLDER-DOC */
export { looksLikeOtherLanguage, matchTitlesAcross, otherLang, wantsOtherLanguage } from './titles-across.js';
export { TitleIndexBuilder, correctQuery, didYouMean, isCloseMatch, matchTitles, searchTitleIndex } from './titles.js';
