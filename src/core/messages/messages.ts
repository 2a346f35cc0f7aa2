/**
 * The plain-language sentences the headless core returns (reasons, loading errors), in
 * English and Canadian French; the labour-market readings have theirs in `core/lmi/words.ts`.
 * Elements show them as they are; numbers arrive already formatted with `Intl`.
 */
import type { Lang } from '../index-format/index.js';
import type { ReasonPart } from '../model/index.js';
import { evidenceSentence, type EvidenceWords } from './evidence.js';
import { IndexError, type IndexErrorCode } from '../index-format/index.js';
import { NBSP, NNBSP, periodYears, quoteFr, quoteMarks } from './typography.js';

export interface CoreMessages {
  /** "A, B and C" / "A, B and 3 more" for at most `max` labels. */
  list(labels: readonly string[], max?: number): string;
  /** An occupation title as it reads inside a sentence. */
  occupationInSentence(title: string): string;

  /**
   * A core skill of the occupation (`words.labels[0]`) that the program's own words
   * (`words.quote`, from `words.field`) show it teaches, in pieces: the program's words in
   * the other language carry their `lang` and the sentence says which language they are in.
   * A single word ("water", "graphic") is named with the other words of the evidence, not
   * claimed as a skill: alone it shows what the program is about, rarely what it teaches.
   * `who`, the occupation's short name, is not repeated (the list's heading names it); it
   * tells when the evidence is that name itself ("for Mechanical Engineers"): a program
   * made for the occupation. Without `quote` (not loaded yet, see `loadQuotes`) the
   * sentence ends after the claim.
   */
  teachesEvidence(words: EvidenceWords, who: string): ReasonPart[];
  /** The same, for a skill the target needs beyond the person's current work. */
  fillsGapEvidence(words: EvidenceWords, who: string): ReasonPart[];
  coversPicked(matched: number, of: number, labels: readonly string[]): string;
  matchesText(query: string): string;
  fitsFilters(): string;
  /**
   * "Shares 7 key skills, including a, b and c.": `shared` is how many, `labels` the first of
   * them, of which three are named; "and 2 more" would offer what the page does not show.
   */
  relatedShares(shared: number, labels: readonly string[]): string;
}

/** "2024-2033" -> "2024–2033" (en dash, as typeset). */
export function formatPeriod(period: string): string {
  const y = periodYears(period);
  return y ? `${y[0]}–${y[1]}` : period;
}

/** `text` with its first letter upper-cased, to start a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An occupation title as it reads inside an English sentence: "Cooks" -> "cooks", "IT managers" kept. */
export function lowerFirst(title: string): string {
  const first = title.split(/[\s/,]/, 1)[0] ?? '';
  // Keep acronyms and proper nouns written with more than one capital (e.g. "IT", "McGill").
  if (/[A-ZÀ-Ý].*[A-ZÀ-Ý]/.test(first)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** Shared skills a related occupation's sentence names; the rest are counted. */
const NAMED_SHARED = 3;

/**
 * A skill's label inside a sentence, in the sentence's quotation marks: a label holding a
 * comma or "and" ("manufacturing, processing and production") stays one item of the list,
 * and a label worded as a task ("read standard blueprints") reads as a name beside one
 * worded as a topic. The reasons quote labels so too (`evidence.ts`).
 */
function quoteSkill(lang: Lang, label: string): string {
  const [open, close] = quoteMarks(lang);
  return `${open}${label}${close}`;
}

const en: CoreMessages = {
  list(labels, max = 3) {
    if (labels.length === 0) return '';
    if (labels.length > max) {
      const more = labels.length - max;
      return `${labels.slice(0, max).join(', ')} and ${more} more`;
    }
    if (labels.length === 1) return labels[0]!;
    return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  },
  occupationInSentence: lowerFirst,

  // The list's heading names the occupations: a card does not repeat their long titles.
  teachesEvidence: (words, who) => evidenceSentence('en', words, who, false),
  fillsGapEvidence: (words, who) => evidenceSentence('en', words, who, true),
  coversPicked(matched, of, labels) {
    // "1 of the 1 skills" reads as a machine wrote it: say "the skill" or "all N skills".
    if (matched === 0) return of === 1 ? 'Does not cover the skill you picked.' : `Covers none of the ${of} skills you picked.`;
    const list = en.list(labels.map((label) => quoteSkill('en', label)));
    if (of === 1) return `Covers the skill you picked: ${list}.`;
    if (matched === of) return `Covers all ${of} skills you picked: ${list}.`;
    return `Covers ${matched} of the ${of} skills you picked: ${list}.`;
  },
  matchesText(query) {
    return `Matches your search “${query}”.`;
  },
  fitsFilters() {
    return 'Fits the filters you chose.';
  },
  relatedShares(shared, labels) {
    // Inside a sentence: "customer service", not "Customer service" beside "infection control".
    const named = labels.slice(0, NAMED_SHARED).map(lowerFirst);
    const list = en.list(named.map((label) => quoteSkill('en', label)));
    if (shared > named.length) return `Shares ${shared} key skills, including ${list}.`;
    return shared === 1 ? `Shares 1 key skill: ${list}.` : `Shares ${shared} key skills: ${list}.`;
  },
};

const fr: CoreMessages = {
  list(labels, max = 3) {
    if (labels.length === 0) return '';
    if (labels.length > max) {
      const more = labels.length - max;
      return `${labels.slice(0, max).join(', ')} et ${more} ${more === 1 ? 'autre' : 'autres'}`;
    }
    if (labels.length === 1) return labels[0]!;
    return `${labels.slice(0, -1).join(', ')} et ${labels[labels.length - 1]}`;
  },
  occupationInSentence: quoteFr,

  teachesEvidence: (words, who) => evidenceSentence('fr', words, who, false),
  fillsGapEvidence: (words, who) => evidenceSentence('fr', words, who, true),
  coversPicked(matched, of, labels) {
    if (matched === 0) return of === 1 ? 'Ne couvre pas la compétence choisie.' : `Ne couvre aucune des ${of} compétences choisies.`;
    const list = fr.list(labels.map((label) => quoteSkill('fr', label)));
    if (of === 1) return `Couvre la compétence choisie${NBSP}: ${list}.`;
    if (matched === of) return `Couvre les ${of} compétences choisies${NBSP}: ${list}.`;
    return `Couvre ${matched} des ${of} compétences choisies${NBSP}: ${list}.`;
  },
  matchesText(query) {
    return `Correspond à votre recherche «${NBSP}${query}${NBSP}».`;
  },
  fitsFilters() {
    return 'Correspond aux filtres choisis.';
  },
  relatedShares(shared, labels) {
    const named = labels.slice(0, NAMED_SHARED).map(lowerFirst);
    const list = fr.list(named.map((label) => quoteSkill('fr', label)));
    if (shared > named.length) return `Partage ${shared} compétences clés, dont ${list}.`;
    return shared === 1 ? `Partage 1 compétence clé${NBSP}: ${list}.` : `Partage ${shared} compétences clés${NBSP}: ${list}.`;
  },
};

type IndexErrorWording = (code: IndexErrorCode, file: string, detail: string) => string;

/**
 * Loading errors with the file named, for `describeIndexError` only: kept out of the
 * message tables so a bundle whose elements word errors themselves leaves them out.
 */
const INDEX_ERRORS: Record<Lang, IndexErrorWording> = {
  en(code, file, detail) {
    switch (code) {
      case 'network':
        return `The occupation data (${file}) could not be downloaded. Check your connection and try again.`;
      case 'not-found':
        return `The occupation data was not found at ${file}. Tell the site's administrator.`;
      case 'index-blocked':
        return `The training list could not be loaded on this page: the browser blocked ${file}. Tell the site's administrator.`;
      case 'index-format':
        return `The occupation data (${file}) is damaged: ${detail}. Try again later or tell the site's administrator.`;
      case 'index-version':
        return `The occupation data (${file}) was made for another version of this tool. Reload the page; if it persists, tell the site's administrator.`;
      case 'index-integrity':
        return `The occupation data (${file}) arrived incomplete or mixed with an older copy. Try again in a moment.`;
    }
  },
  fr(code, file, detail) {
    switch (code) {
      case 'network':
        return `Impossible de télécharger les données sur les professions (${file}). Vérifiez votre connexion, puis réessayez.`;
      case 'not-found':
        return `Les données sur les professions sont introuvables à l’adresse ${file}. Avisez le responsable du site.`;
      case 'index-blocked':
        return `La liste des programmes n’a pas pu être chargée sur cette page : le navigateur a bloqué ${file}. Avisez le responsable du site.`;
      case 'index-format':
        return `Les données sur les professions (${file}) sont endommagées (${detail}). Réessayez plus tard ou avisez le responsable du site.`;
      case 'index-version':
        return `Les données sur les professions (${file}) ont été préparées pour une autre version de cet outil. Rechargez la page${NNBSP}; si le problème persiste, avisez le responsable du site.`;
      case 'index-integrity':
        return `Les données sur les professions (${file}) sont arrivées incomplètes ou mêlées à une ancienne copie. Réessayez dans un moment.`;
    }
  },
};

const TABLES: Record<Lang, CoreMessages> = { en, fr };

/**
 * The short name of an occupation for a sentence: "Registered nurses and registered
 * psychiatric nurses" -> "Registered nurses", "Electricians (except industrial and power
 * system)" -> "Electricians". The official title stays in headings.
 */
export function shortOccupation(title: string): string {
  const bare = title.replace(/\s*\([^)]*\)/g, '').trim();
  const cut = bare.split(/,\s|\s(?:and|et)\s/)[0]!.trim();
  // "Supervisors, petroleum, gas...", "Architecture and science managers", "Managers in
  // customer and personal services": one word before a comma, or words that name no one
  // (no plural), say too little; "Welders and ..." is fine.
  const lone = cut !== bare && ((!cut.includes(' ') && bare.charAt(cut.length) === ',') || !/[sx]$/i.test(cut));
  return lone || cut === '' ? bare : cut;
}

/** The core's sentences in `lang`. */
export function coreMessages(lang: Lang): CoreMessages {
  return TABLES[lang] ?? en;
}

/**
 * A loading error worded for a person in `lang`, with its stable code; null for an
 * abort (nothing to report) or anything that is not an `IndexError`.
 */
export function describeIndexError(error: unknown, lang: Lang): { code: IndexErrorCode; message: string } | null {
  if (!(error instanceof IndexError)) return null;
  const detail = 'detail' in error && typeof error.detail === 'string' ? error.detail : '';
  const wording = INDEX_ERRORS[lang] ?? INDEX_ERRORS.en;
  return { code: error.code, message: wording(error.code, error.file, detail) };
}
