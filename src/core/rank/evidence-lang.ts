/**
 * The language of the program's words a reason quotes. The builder matches programs on
 * their text as written, usually English; the index does not record which language each
 * quote is in, so it is told here from the program itself.
 */
import type { EvidenceField, EvidenceItem, Lang, Localized, Program } from '../index-format/index.js';
import type { EvidenceWords } from '../messages/index.js';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the language of a program's words is told from: a catalogue's program (the review page's) as well as the index's. */
type ProgramText = Pick<Program, 'title' | 'description' | 'language'>;

/** The program's declared language of instruction, when English or French. */
function declared(program: ProgramText): Lang | null {
  return program.language === 'en' || program.language === 'fr' ? program.language : null;
}

/** The one language of the two that holds it; null for both (written alike) or neither. */
function oneOf(inEn: boolean, inFr: boolean): Lang | null {
  return inEn === inFr ? null : inEn ? 'en' : 'fr';
}

/**
 * The language of `quote`, words of `program` from its `field`: its English title is
 * English, its French title French; a passage of one description only is in that
 * description's language (a catalogue may give both, and the builder quotes either); a
 * skill tag is in the language of the skill label it is ("assist patients with special
 * needs"; `skills` are the labels of the program's skills); else the program's declared
 * language, when English or French. Null when not known.
 */
export function quoteLanguage(program: ProgramText, quote: string, field: EvidenceField, skills: readonly Localized[] = []): Lang | null {
  const q = flat(quote);
  const title = oneOf(q === flat(program.title.en), q === flat(program.title.fr));
  if (title) return title;
  // A long passage is cut, with an ellipsis at either end.
  const passage = q.replace(/^…|…$/g, '');
  const inDescription = (lang: Lang) => field === 'description' && passage !== '' && flat(program.description[lang]).includes(passage);
  const description = oneOf(inDescription('en'), inDescription('fr'));
  if (description) return description;
  const tag = q.toLowerCase();
  const isLabel = (lang: Lang) => field === 'tag' && skills.some((label) => flat(label[lang]).toLowerCase() === tag);
  return oneOf(isLabel('en'), isLabel('fr')) ?? declared(program);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character that ends just before `at` (a whole code point) is a letter or digit. */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** Whether the character that starts at `at` is a letter or digit. */
const wordAt = (text: string, at: number) => at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));

/**
 * `label` as a word or words of `text`, in any case. Compared in lower case with a search
 * for each place it occurs: a RegExp made for each label cost 40 ms at 4x CPU slowdown
 * when the reasons of a list were written (`npm run bench -- longtasks`).
 */
export function hasWords(text: string, label: string): boolean {
  const needle = label.trim().toLowerCase();
  if (needle === '') return false;
  const haystack = text.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!wordBefore(haystack, at) && !wordAt(haystack, at + needle.length)) return true;
  }
  return false;
}

/** The program's title or description in `lang` holds `label`. */
function writesIn(program: Program, lang: Lang, label: string): boolean {
  return hasWords(program.title[lang], label) || hasWords(program.description[lang], label);
}

/**
 * The language of `label`, a term of the program's text: its quote's, where the builder
 * found it (`quoteLang`; undefined before the quotes load, null when not known); else the
 * language of the one title or description that holds it; else the program's declared
 * language. Null when not known.
 */
export function labelLanguage(program: Program, label: string, quoteLang: Lang | null | undefined): Lang | null {
  return quoteLang ?? oneOf(writesIn(program, 'en', label), writesIn(program, 'fr', label)) ?? declared(program);
}

/** "and", "or", "et", "ou" between two words of a phrase. */
const COORDINATED = /\s+(?:and|or|et|ou)\s+/i;

/**
 * What a reason quotes of `program`: the labels of `shown` (the first holds the quote) with
 * their languages, and the quote with its own. A quote of the title in the other language
 * gives way to the title in the page's language when that holds every label: the same
 * evidence, in the reader's words.
 */
export function evidenceWords(
  program: Program,
  shown: readonly EvidenceItem[],
  page: Lang,
  context: { otherWho: string; skills: readonly Localized[] },
): EvidenceWords {
  const first = shown[0]!;
  const langOf = (item: EvidenceItem) => (item.quote === undefined ? undefined : quoteLanguage(program, item.quote, item.field, context.skills));
  // The words of a phrase joined by "and" or "or" are named each on its own: two things, not
  // one skill ("Teaches strengths and weaknesses, a core skill" was said of a strategy course).
  // A phrase many occupations share is named whole, as a topic: "oil and gas" is one industry.
  const split = shown.map((item) => ({
    words: item.shared ? [item.label] : item.label.split(COORDINATED),
    lang: labelLanguage(program, item.label, langOf(item)),
  }));
  const labels = split.flatMap(({ words }) => words);
  const labelLangs = split.flatMap(({ words, lang }) => words.map(() => lang));
  let quote = first.quote;
  let quoteLang = langOf(first);
  const ownTitle = flat(program.title[page]);
  if (first.field === 'title' && quoteLang && quoteLang !== page && ownTitle !== '' && labels.every((l) => hasWords(ownTitle, l))) {
    quote = ownTitle;
    quoteLang = page;
    labelLangs.fill(page);
  }
  const words: EvidenceWords = { labels, labelLangs, field: first.field, quote, quoteLang, otherWho: context.otherWho };
  if (shown.some((item) => item.shared)) words.topic = true;
  return words;
}
