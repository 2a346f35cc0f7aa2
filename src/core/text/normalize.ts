/**
 * Text normalization shared by the index builder and the browser matcher.
 *
 * The builder stores the version it used in the index, and the loader refuses an
 * index built with another version: folded forms computed at build time must equal
 * the ones computed at query time, or matches silently disappear.
 */

/** Bump whenever `fold`, `tokenize` or `stem` changes what they return. */
export const NORMALIZER_VERSION = 1;

const COMBINING_MARKS = /\p{M}+/gu;
// Letters that NFKD does not decompose into a base letter and a mark.
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};
const LIGATURE_PATTERN = /[œæßøđłı]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case, accent-free, punctuation-free text with single spaces.
 * `fold("Infirmière-chef (RN)") === "infirmiere chef rn"`. Idempotent.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (ch) => LIGATURES[ch] ?? ch)
    .replace(NON_ALNUM, ' ')
    .trim();
}

/**
 * Words that carry no meaning for matching a job title or a skill, in English and
 * French. Short on purpose: "in", "of" and "de" are noise, but "it" and "hr" are not.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'with',
  'or',
  'at',
  'by',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
  'dans',
  'avec',
]);

/** Folded words of `text`, stopwords removed. */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  if (folded === '') return [];
  return folded.split(' ').filter((word) => !STOPWORDS.has(word));
}

// Ordered: the first suffix that applies wins. Maps French feminine and plural forms
// and English plurals onto one stem, so "soudeuses", "soudeur" and "soudeurs" meet,
// as do "infirmière" and "infirmier", "nurses" and "nurse".
const SUFFIX_RULES: ReadonlyArray<readonly [string, string]> = [
  ['euses', 'eur'],
  ['euse', 'eur'],
  ['trices', 'teur'],
  ['trice', 'teur'],
  ['ieres', 'ier'],
  ['iere', 'ier'],
  ['iennes', 'ien'],
  ['ienne', 'ien'],
  ['ennes', 'en'],
  ['enne', 'en'],
  ['onnes', 'on'],
  ['onne', 'on'],
  ['elles', 'el'],
  ['elle', 'el'],
  ['ettes', 'et'],
  ['ette', 'et'],
  ['eres', 'er'],
  ['ere', 'er'],
  ['ives', 'if'],
  ['ive', 'if'],
  ['ies', 'y'],
  ['aux', 'al'],
];

/**
 * A light, symmetric stem: applied to both the indexed text and the query, so it only
 * has to make related forms meet, not produce dictionary words. Words of three letters
 * or fewer (acronyms, "it", "rn") are left alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIX_RULES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  let out = word;
  if (out.length > 4 && (out.endsWith('s') || out.endsWith('x')) && !out.endsWith('ss')) {
    out = out.slice(0, -1);
  }
  // Feminine "e" (avocate, employée, ingénieure) and English silent "e" (nurse, manage).
  if (out.length > 4 && out.endsWith('e')) {
    out = out.slice(0, out.endsWith('ee') ? -2 : -1);
  }
  return out;
}

/** Stemmed words of `text`: the unit the matcher and the skill tagger compare. */
export function terms(text: string): string[] {
  return tokenize(text).map(stem);
}

/** One comparable key for a whole label: stems joined by single spaces. */
export function termKey(text: string): string {
  return terms(text).join(' ');
}

/**
 * A short, readable id part from a label: folded, spaces as `-`, at most 60 characters
 * (`labelSlug("3D modelling") === "3d-modelling"`). Skill ids ending in `:` in
 * `index.json` are completed with the slug of the English label.
 */
export function labelSlug(label: string): string {
  return fold(label).replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
}
