/**
 * Language of instruction guessed from a program's own words (title and learning
 * outcomes), for catalogues that do not state it. Letters of a non-Latin script
 * (Arabic, CJK, Cyrillic, Greek, Hebrew, Indic, Thai, Hangul) mean 'other'; among Latin
 * languages, counts of each language's distinctive function words decide, and English
 * or French is only claimed when it clearly outnumbers the rest. Unsure gives null, so
 * a short technical title ("Electric Power Systems") stays unlabelled, never mislabelled.
 */
import type { ProgramLanguage } from '../core/index-format/index.js';

type Latin = 'en' | 'fr' | 'es' | 'pt' | 'de' | 'it';

/** Function words that, lower-cased, belong to one of these languages only. */
const STOPWORDS: Record<Latin, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'for',
    'with',
    'on',
    'is',
    'are',
    'you',
    'your',
    'how',
    'this',
    'that',
    'from',
    'by',
    'will',
    'be',
    'what',
    'about',
    'into',
    'their',
    'which',
    'using',
    'use',
    'can',
    'learn',
    'understand',
    'it',
    'or',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'dans',
    'pour',
    'avec',
    'sur',
    'vous',
    'votre',
    'vos',
    'ce',
    'cette',
    'ces',
    'qui',
    'au',
    'aux',
    'sont',
    'pas',
    'leur',
    'leurs',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'del',
    'con',
    'una',
    'al',
    'cómo',
    'más',
    'sus',
    'lo',
    'también',
    'puede',
    'pueden',
    'usted',
    'tu',
    'tus',
    'estos',
    'esta',
    'este',
    'sobre',
    'entre',
    'mediante',
  ],
  pt: ['os', 'do', 'da', 'dos', 'das', 'em', 'na', 'nas', 'nos', 'uma', 'um', 'com', 'é', 'não', 'mais', 'você', 'seu', 'sua', 'ao', 'pelo', 'pela', 'como'],
  de: ['der', 'die', 'das', 'und', 'ist', 'mit', 'von', 'zu', 'den', 'dem', 'ein', 'eine', 'für', 'auf', 'nicht', 'sie', 'wie', 'werden', 'im', 'sich'],
  it: ['il', 'di', 'che', 'della', 'delle', 'gli', 'per', 'nel', 'nella', 'sono', 'alla', 'dei'],
};
const OWNER = new Map<string, Latin>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Latin, readonly string[]]>) {
  for (const word of words) if (!OWNER.has(word)) OWNER.set(word, lang);
}

/** "… en Español", "… em Português Brasileiro", "… auf Deutsch": a catalogue's own language label. */
const LABELS: Array<[RegExp, ProgramLanguage]> = [
  [/\b(?:en|in) espa[nñ]ol\b|\bem portugu[eê]s\b|\bauf deutsch\b|\bin italiano\b/i, 'other'],
  [/\ben fran[cç]ais\b/i, 'fr'],
];

/** Letters of scripts other than Latin. */
const NON_LATIN =
  /[\p{Script=Arabic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}]/gu;
const NON_LATIN_WORD = new RegExp(`(?:${NON_LATIN.source}){2}`, 'u');
const LATIN = /\p{Script=Latin}/gu;
/** Letters that occur in one of these languages' spelling and not in English or the others. */
const LETTER_HINTS: Array<[RegExp, Latin]> = [
  // á í ó ú: Spanish or Portuguese ("Módulo", "Análisis"); French writes é and grave accents.
  [/[ñ¿¡áíóú]|ción$/, 'es'],
  [/[ãõ]|ções$/, 'pt'],
  [/[ßäö]/, 'de'],
  [/[èùœîïûë]/, 'fr'],
];

/** Counted evidence, exposed for the build's summary and for tests. */
export interface LanguageGuess {
  language: ProgramLanguage | null;
  /** Why: 'script', 'label', 'words', or 'unsure'. */
  by: 'script' | 'label' | 'words' | 'unsure';
}

/**
 * The language `title` and `texts` are written in: 'other' for a non-Latin script or a
 * language we do not serve, 'en' or 'fr' when their words clearly dominate, null when
 * the evidence is thin or mixed. `texts` come most trusted first: each is read only when
 * the title and those before it leave the language unclear.
 */
export function detectLanguage(title: string, ...texts: string[]): LanguageGuess {
  // "… 日本語版 Specialization": a word of a non-Latin script in the title (not a lone π).
  if (NON_LATIN_WORD.test(title)) return { language: 'other', by: 'script' };
  const titleForeign = title.match(NON_LATIN)?.length ?? 0;
  for (const [pattern, language] of LABELS) if (pattern.test(title)) return { language, by: 'label' };
  const text = texts.join(' ');
  const all = `${title} ${text}`;
  const foreign = titleForeign + (text.match(NON_LATIN)?.length ?? 0);
  const latin = all.match(LATIN)?.length ?? 0;
  if (foreign > 0 && foreign >= 0.2 * (foreign + latin)) return { language: 'other', by: 'script' };

  // The title decides when it is clear on its own: it is always in the language of
  // instruction, while scraped outcome lists are sometimes left in English.
  let counts = count(title, 2);
  let guess = decide(counts);
  for (const t of texts) guess ??= decide((counts = count(t, 1, counts)));
  return guess ?? { language: null, by: 'unsure' };
}

type Counts = Record<Latin, number>;

function count(words: string, weight: number, into: Counts = { en: 0, fr: 0, es: 0, pt: 0, de: 0, it: 0 }): Counts {
  for (const token of words.toLowerCase().split(/\s+/)) {
    for (const [pattern, hinted] of LETTER_HINTS) if (pattern.test(token.replace(/[^\p{L}¿¡]+$/u, ''))) into[hinted] += weight;
    for (const word of token.split(/[^\p{L}']+/u)) {
      const lang = OWNER.get(word);
      if (lang) into[lang] += weight;
    }
  }
  return into;
}

/**
 * At least two title words' worth of evidence, and three times the runner-up; else null.
 * The languages we do not serve count as one: Spanish and Portuguese share their accents.
 */
function decide(counts: Counts): LanguageGuess | null {
  const grouped: Array<[ProgramLanguage, number]> = [
    ['en', counts.en],
    ['fr', counts.fr],
    ['other', counts.es + counts.pt + counts.de + counts.it],
  ];
  const ranked = grouped.sort((a, b) => b[1] - a[1]);
  const [best, top] = ranked[0]!;
  if (top < 4 || top < 3 * ranked[1]![1]) return null;
  return { language: best, by: 'words' };
}
