/**
 * The words of evidence texts: folded, stop words out, stemmed (with irregular forms and
 * acronyms kept apart), and the adjacent pairs of a segment as two-word phrases.
 */
import { stemmer } from 'stemmer';
import { fold } from '../core/text/index.js';

/** Function words and course boilerplate: never a term. */
const STOP = new Set(
  (
    'a an and the or of for in on to with at by from as is are be been being this that these those your you yours how what why when ' +
    'which who whom will can could would should it its into about through all any other others such their them they we our us more most ' +
    'also both each may might must including include includes etc eg ie via using use used uses per than then there here where while ' +
    'not no nor only own same so too very just but if do does did done have has had having get gets set up out new one two three ' +
    'second make makes made well within without between over under after before during upon across among against toward towards ' +
    'i ii iii iv v vi 1 2 3 4 5 part parts week weeks module modules course courses introduction intro overview basics basic ' +
    'specialization specialisation certificate professional beginner beginners advanced intermediate level levels fundamental ' +
    'fundamentals essentials essential principle principles concept concepts ' +
    'skill skills know knowledge apply applying applied explain describe identify discuss demonstrate developing explore ' +
    'exploring gain key important various different several many way ways like able ability ' +
    'carry carries carried carrying ensure ensures ensuring obtain obtains involve involves involved involving accordance according ' +
    'adhere adheres appropriate appropriately necessary relevant regarding concerning similar responsible responsibilities ' +
    'responsibility independently ' +
    'de la le les des du et en un une pour par sur dans avec au aux'
  ).split(' '),
);
/** Words that keep their meaning only next to a partner ("learning" in "machine learning"). */
export const PHRASE_ONLY = new Set([
  'learn',
  'learner',
  'practic',
  'understand',
  'develop',
  'tool',
  'system',
  'data',
  'manag',
  'design',
  'work',
  'servic',
  'care',
  'health',
  'product',
  'process',
  'oper',
  'equip',
  'materi',
  'inform',
  'program',
  'plan',
  'project',
  'perform',
  'control',
  'assist',
  'gener',
  'relat',
  'provid',
  'support',
  'technic',
  'technolog',
  'applic',
  'method',
  'analysi',
  'test',
  // "Create menus" names a chef's work; "create" alone, as in "Create two menus" in JavaFX, names none.
  'creat',
  // "First aid" is a duty of nurse aides, lifeguards and guides; "first" alone only counts. A
  // stop word until 2026-12-05, which left nurse aides' first aid as "aid" alone, too weak to
  // bring Wilderness First Aid to them.
  'first',
]);

export interface Token {
  stem: string;
  /** The word as written, for quoting. */
  surface: string;
  /** Set when a word was left out just before it that breaks a phrase ("of", "for", "out"): no phrase spans that gap. */
  gap?: true;
}

const stemCache = new Map<string, string>();

/**
 * Forms the Porter stemmer brings together though they mean different things: kept apart.
 * "Localization" in a course on self-driving cars is not a truck driver's "local" runs,
 * "organizations" not an "organ", "aides" not first "aid", a "community" not a
 * "communication".
 */
const APART = new Map<string, string>(
  Object.entries({
    organization: 'organiz',
    organizations: 'organiz',
    organisation: 'organiz',
    organisations: 'organiz',
    organizational: 'organiz',
    organisational: 'organiz',
    organic: 'organic',
    localization: 'localiz',
    localisation: 'localiz',
    localize: 'localiz',
    localized: 'localiz',
    university: 'universit',
    universities: 'universit',
    community: 'communit',
    communities: 'communit',
    international: 'internation',
    internationally: 'internation',
    aide: 'aide',
    aides: 'aide',
    mineral: 'mineral',
    minerals: 'mineral',
    business: 'business',
    businesses: 'business',
    news: 'news',
    authority: 'authorit',
    authorities: 'authorit',
    generalization: 'generaliz',
    generalize: 'generaliz',
    relativity: 'relativit',
  }),
);

function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = APART.get(word) ?? IRREGULAR.get(word) ?? stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Forms the Porter stemmer does not bring together. */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    children: 'child',
    childhood: 'child',
    welder: 'weld',
    welders: 'weld',
    machinist: 'machining',
    machinists: 'machining',
    machining: 'machining',
    nurses: 'nurs',
    nurse: 'nurs',
    teacher: 'teach',
    teachers: 'teach',
    electrician: 'electr',
    electricians: 'electr',
    electrical: 'electr',
    electricity: 'electr',
    carpenter: 'carpentri',
    carpenters: 'carpentri',
    carpentry: 'carpentri',
    pharmacist: 'pharmac',
    pharmacists: 'pharmac',
    pharmacy: 'pharmac',
    pharmacies: 'pharmac',
    bookkeeper: 'bookkeep',
    bookkeepers: 'bookkeep',
    accountant: 'account',
    accountants: 'account',
    programmer: 'programming',
    programmers: 'programming',
    programming: 'programming',
    developer: 'develop',
    developers: 'develop',
    scientist: 'scienc',
    scientists: 'scienc',
    psychologist: 'psycholog',
    psychologists: 'psycholog',
    cook: 'cook',
    cooks: 'cook',
    cooking: 'cook',
    chef: 'chef',
    chefs: 'chef',
    driver: 'drive',
    drivers: 'drive',
    driving: 'drive',
    mechanic: 'mechan',
    mechanics: 'mechan',
    mechanical: 'mechan',
  }),
);

/** Left-out words that still join the words either side into a phrase: "patients and their families". */
const JOINING = new Set(['and', 'or', 'the', 'a', 'an', 'their', 'its', 'your', 'our', 'his', 'her']);

/** A piece of text between words holds no letter, digit or sign that belongs to a word. */
const WORDLIKE = /[\p{L}\p{N}+#]/u;
const BREAKS_PHRASE = /[,;:.!?()[\]{}|"“”«»–—]|\s-\s/u;

/** Words of `text` as stems with their written form; stopwords and numbers left out. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  // In text that is not all capitals, a word in capitals is an acronym, never stemmed into
  // a word: "AIDS" is not nurse "aides" ("APIs" is "API").
  const mixed = /\p{Ll}/u.test(text);
  let gap = false;
  // A hyphenated word is one word: "self-driving" is not driving, "data-driven" not a drive.
  // The split keeps what stands between words, to see where a phrase cannot span.
  for (const raw of text.split(/((?:[^\p{L}\p{N}+#-]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}]))+)/u)) {
    if (raw === '') continue;
    if (!WORDLIKE.test(raw)) {
      // Nor across a list's comma, a clause's stop, brackets, quotes or a dash: "is developed,
      // implemented, and maintained" names no skill "developed implemented", "Database (DBMS)"
      // no "database DBMS". A slash joins ("CAD/CAM"), as "&" does.
      gap ||= out.length > 0 && BREAKS_PHRASE.test(raw);
      continue;
    }
    const word = fold(raw).replace(/[ -]/g, '');
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) {
      // Two words make a phrase only written together, or joined by "and", "or", an article
      // or a possessive ("oil and gas", "food & beverage", "patients and their families"):
      // not across other words left out ("carry out tests", "conduct of research",
      // "policies for development"). A letter alone ("nurse's") is no word.
      gap ||= out.length > 0 && word.length > 1 && !JOINING.has(word);
      continue;
    }
    const acronym = mixed ? /^([A-Z]{2,5})s?$/.exec(raw)?.[1] : undefined;
    out.push({ stem: acronym ? acronym.toLowerCase() : stemOf(word), surface: raw, ...(gap ? { gap: true as const } : {}) });
    gap = false;
  }
  return out;
}

/** The stems of a text's words, in order (as BM25, TF-IDF and the checks of the sources count them). */
export const stemsOf = (text: string): string[] => tokens(text).map((t) => t.stem);

/** Terms of one segment: stems, and adjacent pairs as "a b". */
export function segmentTerms(toks: readonly Token[]): { unigrams: string[]; bigrams: string[] } {
  const unigrams = toks.map((t) => t.stem);
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < toks.length; i++) if (!toks[i + 1]!.gap) bigrams.push(`${toks[i]!.stem} ${toks[i + 1]!.stem}`);
  return { unigrams, bigrams };
}
