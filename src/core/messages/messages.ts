/**
 * The plain-language sentences the headless core returns (reasons, labour-market
 * readings, loading errors), in English and Canadian French. Elements show them as
 * they are; numbers arrive already formatted with `Intl`.
 */
import type { Condition, Lang } from '../index-format/index.js';
import type { ReasonPart } from '../model/index.js';
import { evidenceSentence, type EvidenceWords } from './evidence.js';
import { placeWords, type Place } from './places.js';
import { IndexError, type IndexErrorCode } from '../index-format/index.js';

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

  conditionLabel(condition: Condition): string;
  outlookSentence(condition: Condition, who: string, period: string): string;
  outlookExplanation(condition: Condition): string;
  /** Said after the comparison of the figures when the official rating reads otherwise. */
  ratingAlsoWeighs(label: string): string;
  /** The rating alone, when the figures cannot be compared (one is zero or negative). */
  ratingOnly(label: string, who: string, period: string): string;
  recentSentence(condition: Condition, period: string): string;
  noRating(who: string, period: string): string;
  noRatingExplanation(): string;
  outlookCaveat(): string;

  /** Wages in `place` (its code tells how a sentence names it: "à Toronto", "en Ontario"). */
  wageSentence(place: Place, who: string, low: string | null, median: string | null, high: string | null): string;
  yearlySentence(median: string, hours: string): string;
  /** No wages for `requested`: those of `used`, a larger region, are shown. */
  /** Wages shown for `used`, not the region asked for: `requested` is null when the index does not know that region. */
  wageFallback(requested: Place | null, used: Place): string;
  noWages(who: string): string;

  openingsAndSeekers(period: string, who: string, openings: string, seekers: string): string;
  openings(period: string, who: string, openings: string): string;
  seekers(period: string, who: string, seekers: string): string;
  employment(year: number, who: string, count: string): string;
  growth(period: string, who: string, change: string, falling: boolean): string;
  retirements(period: string, who: string, count: string): string;
  sampleNotice(): string;
}

const EN_CONDITION: Record<Condition, string> = {
  'strong-shortage': 'Strong risk of shortage',
  'moderate-shortage': 'Moderate risk of shortage',
  balance: 'Balance',
  'moderate-surplus': 'Moderate risk of surplus',
  'strong-surplus': 'Strong risk of surplus',
};

const FR_CONDITION: Record<Condition, string> = {
  'strong-shortage': 'Risque élevé de pénurie',
  'moderate-shortage': 'Risque modéré de pénurie',
  balance: 'Équilibre',
  'moderate-surplus': 'Risque modéré de surplus',
  'strong-surplus': 'Risque élevé de surplus',
};

/** "2024-2033" -> "2024–2033" (en dash, as typeset). */
export function formatPeriod(period: string): string {
  return period.replace(/^(\d{4})-(\d{4})$/, '$1–$2');
}

/** "2024-2033" -> "de 2024 à 2033", as French writes a span in running text. */
function frSpan(period: string): string {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  return m ? `de ${m[1]} à ${m[2]}` : `pour ${period}`;
}

/** `frSpan` at the start of a sentence. */
function frSpanStart(period: string): string {
  return upperFirst(frSpan(period));
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(title: string): string {
  const first = title.split(/[\s/,]/, 1)[0] ?? '';
  // Keep acronyms and proper nouns written with more than one capital (e.g. "IT", "McGill").
  if (/[A-ZÀ-Ý].*[A-ZÀ-Ý]/.test(first)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** Shared skills a related occupation's sentence names; the rest are counted. */
const NAMED_SHARED = 3;

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
    if (of === 1) return `Covers the skill you picked: ${en.list(labels)}.`;
    if (matched === of) return `Covers all ${of} skills you picked: ${en.list(labels)}.`;
    return `Covers ${matched} of the ${of} skills you picked: ${en.list(labels)}.`;
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
    const list = en.list(named);
    if (shared > named.length) return `Shares ${shared} key skills, including ${list}.`;
    return shared === 1 ? `Shares 1 key skill: ${list}.` : `Shares ${shared} key skills: ${list}.`;
  },

  conditionLabel: (c) => EN_CONDITION[c],
  outlookSentence(c, who, period) {
    const w = lowerFirst(who);
    const p = formatPeriod(period);
    switch (c) {
      case 'strong-shortage':
        return `Over ${p}, far more jobs are expected to open up across Canada for ${w} than there will be people looking for them.`;
      case 'moderate-shortage':
        return `Over ${p}, somewhat more jobs are expected to open up across Canada for ${w} than there will be people looking for them.`;
      case 'balance':
        return `Over ${p}, about as many people are expected to look for work across Canada as ${w} as there will be jobs opening up.`;
      case 'moderate-surplus':
        return `Over ${p}, somewhat more people are expected to look for work across Canada as ${w} than there will be jobs opening up.`;
      case 'strong-surplus':
        return `Over ${p}, far more people are expected to look for work across Canada as ${w} than there will be jobs opening up.`;
    }
  },
  outlookExplanation(c) {
    const base =
      'Employment and Social Development Canada projects, for the whole country, how many jobs will open up in an occupation (new jobs plus people retiring or leaving) and how many people will look for them (school leavers, newcomers and people changing jobs). Its rating weighs these projections together with conditions in recent years, so it can differ from a plain comparison of the two totals.';
    const meaning: Record<Condition, string> = {
      'strong-shortage': '“Strong risk of shortage” means openings are expected to clearly outnumber job seekers.',
      'moderate-shortage': '“Moderate risk of shortage” means openings are expected to somewhat outnumber job seekers.',
      balance: '“Balance” means openings and job seekers are expected to be roughly equal.',
      'moderate-surplus': '“Moderate risk of surplus” means job seekers are expected to somewhat outnumber openings.',
      'strong-surplus': '“Strong risk of surplus” means job seekers are expected to clearly outnumber openings.',
    };
    return `${base} ${meaning[c]}`;
  },
  ratingAlsoWeighs(label) {
    return `The official rating is still “${label.toLowerCase()}”: it also weighs conditions in recent years, not only these totals.`;
  },
  ratingOnly(label, who, period) {
    return `For ${formatPeriod(period)}, the official outlook for ${lowerFirst(who)} is rated “${label.toLowerCase()}”.`;
  },
  recentSentence(c, period) {
    return `In ${formatPeriod(period)}, conditions were rated “${EN_CONDITION[c].toLowerCase()}”.`;
  },
  noRating(who, period) {
    return `There is no national outlook rating for ${lowerFirst(who)} for ${formatPeriod(period)}: the projection system does not rate every occupation.`;
  },
  noRatingExplanation() {
    return 'Employment and Social Development Canada rates most occupations, but leaves some unrated, often those with too few workers to project reliably. The figures below, where given, still apply.';
  },
  outlookCaveat() {
    return 'An outlook describes job prospects across Canada over several years. It does not mean a shortage at any one employer, and it does not guarantee a job.';
  },

  wageSentence(place, who, low, median, high) {
    const w = lowerFirst(who);
    const at = upperFirst(placeWords('en', place).at);
    // The low (10th percentile) is the median too: at least four in ten earn that much, often the minimum wage.
    if (low && high && median && low === median) {
      return `${at}, ${w} usually earn between ${low} and ${high} an hour; the median, ${median}, is also the low end, so many earn at or near it.`;
    }
    if (low && high && median) {
      return `${at}, ${w} usually earn between ${low} and ${high} an hour; half earn more than ${median} (the median).`;
    }
    if (median) return `${at}, half of ${w} earn more than ${median} an hour (the median).`;
    if (low && high) return `${at}, ${w} usually earn between ${low} and ${high} an hour.`;
    return `${at}, ${w} earn about ${low ?? high} an hour.`;
  },
  yearlySentence(median, hours) {
    return `At the median, that is about ${median} a year, counting ${hours} hours of full-time work (37.5 hours a week for 52 weeks).`;
  },
  wageFallback(requested, used) {
    const shown = placeWords('en', used).what;
    return requested ? `No wage data for ${placeWords('en', requested).what}; showing ${shown}.` : `The region asked for is not known; showing ${shown}.`;
  },
  noWages(who) {
    return `There are no wage figures for ${lowerFirst(who)} in this data.`;
  },

  openingsAndSeekers(period, who, openings, seekers) {
    return `Over ${formatPeriod(period)}, about ${openings} jobs are expected to open up across Canada for ${lowerFirst(who)}, and about ${seekers} people are expected to look for them.`;
  },
  // The facts are listed under a heading naming the occupation: each need not repeat it.
  openings(period, _who, openings) {
    return `Over ${formatPeriod(period)}, about ${openings} jobs are expected to open up in this occupation across Canada, counting new jobs and people who retire or leave.`;
  },
  seekers(period, _who, seekers) {
    return `Over ${formatPeriod(period)}, about ${seekers} people are expected to look for work in this occupation across Canada: school leavers, newcomers and people changing jobs.`;
  },
  employment(year, _who, count) {
    return `About ${count} people worked in this occupation across Canada in ${year}.`;
  },
  growth(period, _who, change, falling) {
    return `Over ${formatPeriod(period)}, the number of jobs in this occupation is expected to ${falling ? 'shrink' : 'grow'} by about ${change}.`;
  },
  retirements(period, _who, count) {
    return `Over ${formatPeriod(period)}, about ${count} people in this occupation are expected to retire.`;
  },
  sampleNotice() {
    return 'Sample figures for demonstration, not real data.';
  },
};

const NBSP = '\u00a0';
/** Before ; ? ! in French: a narrow no-break space. */
const NNBSP = '\u202f';

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
  occupationInSentence: (title) => `«${NBSP}${title}${NBSP}»`,

  teachesEvidence: (words, who) => evidenceSentence('fr', words, who, false),
  fillsGapEvidence: (words, who) => evidenceSentence('fr', words, who, true),
  coversPicked(matched, of, labels) {
    if (matched === 0) return of === 1 ? 'Ne couvre pas la compétence choisie.' : `Ne couvre aucune des ${of} compétences choisies.`;
    if (of === 1) return `Couvre la compétence choisie${NBSP}: ${fr.list(labels)}.`;
    if (matched === of) return `Couvre les ${of} compétences choisies${NBSP}: ${fr.list(labels)}.`;
    return `Couvre ${matched} des ${of} compétences choisies${NBSP}: ${fr.list(labels)}.`;
  },
  matchesText(query) {
    return `Correspond à votre recherche «${NBSP}${query}${NBSP}».`;
  },
  fitsFilters() {
    return 'Correspond aux filtres choisis.';
  },
  relatedShares(shared, labels) {
    const named = labels.slice(0, NAMED_SHARED).map(lowerFirst);
    const list = fr.list(named);
    if (shared > named.length) return `Partage ${shared} compétences clés, dont ${list}.`;
    return shared === 1 ? `Partage 1 compétence clé${NBSP}: ${list}.` : `Partage ${shared} compétences clés${NBSP}: ${list}.`;
  },

  conditionLabel: (c) => FR_CONDITION[c],
  outlookSentence(c, who, period) {
    const p = frSpanStart(period);
    const w = `«${NBSP}${who}${NBSP}»`;
    switch (c) {
      case 'strong-shortage':
        return `${p}, on prévoit beaucoup plus de postes à pourvoir au Canada dans la profession ${w} que de personnes pour les chercher.`;
      case 'moderate-shortage':
        return `${p}, on prévoit un peu plus de postes à pourvoir au Canada dans la profession ${w} que de personnes pour les chercher.`;
      case 'balance':
        return `${p}, on prévoit à peu près autant de personnes à la recherche d’un emploi au Canada dans la profession ${w} que de postes à pourvoir.`;
      case 'moderate-surplus':
        return `${p}, on prévoit un peu plus de personnes à la recherche d’un emploi au Canada dans la profession ${w} que de postes à pourvoir.`;
      case 'strong-surplus':
        return `${p}, on prévoit beaucoup plus de personnes à la recherche d’un emploi au Canada dans la profession ${w} que de postes à pourvoir.`;
    }
  },
  outlookExplanation(c) {
    const base = `Emploi et Développement social Canada prévoit, pour l’ensemble du pays, combien de postes seront à pourvoir dans une profession (nouveaux postes et remplacement des départs à la retraite ou autres départs) et combien de personnes les chercheront (personnes sortant des études, personnes immigrantes et personnes qui changent d’emploi). Sa cote tient compte à la fois de ces projections et de la situation des dernières années${NNBSP}; elle peut donc différer d’une simple comparaison des deux totaux.`;
    const meaning: Record<Condition, string> = {
      'strong-shortage': `«${NBSP}Risque élevé de pénurie${NBSP}» signifie que les postes à pourvoir devraient nettement dépasser le nombre de chercheurs d’emploi.`,
      'moderate-shortage': `«${NBSP}Risque modéré de pénurie${NBSP}» signifie que les postes à pourvoir devraient dépasser quelque peu le nombre de chercheurs d’emploi.`,
      balance: `«${NBSP}Équilibre${NBSP}» signifie que les postes à pourvoir et les chercheurs d’emploi devraient être à peu près aussi nombreux.`,
      'moderate-surplus': `«${NBSP}Risque modéré de surplus${NBSP}» signifie que les chercheurs d’emploi devraient dépasser quelque peu le nombre de postes à pourvoir.`,
      'strong-surplus': `«${NBSP}Risque élevé de surplus${NBSP}» signifie que les chercheurs d’emploi devraient nettement dépasser le nombre de postes à pourvoir.`,
    };
    return `${base} ${meaning[c]}`;
  },
  ratingAlsoWeighs(label) {
    return `La cote officielle reste «${NBSP}${label.toLowerCase()}${NBSP}»${NBSP}: elle tient aussi compte de la situation des dernières années, et pas seulement de ces totaux.`;
  },
  ratingOnly(label, who, period) {
    return `${frSpanStart(period)}, les perspectives de la profession «${NBSP}${who}${NBSP}» sont cotées «${NBSP}${label.toLowerCase()}${NBSP}».`;
  },
  recentSentence(c, period) {
    return `${frSpanStart(period)}, la situation était cotée «${NBSP}${FR_CONDITION[c].toLowerCase()}${NBSP}».`;
  },
  noRating(who, period) {
    return `Il n’y a pas de cote nationale de perspectives pour la profession «${NBSP}${who}${NBSP}» ${frSpan(period)}${NBSP}: le système de projection n’évalue pas toutes les professions.`;
  },
  noRatingExplanation() {
    return 'Emploi et Développement social Canada évalue la plupart des professions, mais en laisse certaines sans cote, souvent parce qu’elles comptent trop peu de travailleurs pour une projection fiable. Les chiffres ci-dessous, lorsqu’ils sont donnés, restent valables.';
  },
  outlookCaveat() {
    return 'Les perspectives décrivent les possibilités d’emploi au Canada sur plusieurs années. Elles n’indiquent pas une pénurie chez un employeur en particulier et ne garantissent pas un emploi.';
  },

  // The panel's heading names the occupation: "dans cette profession", as its facts say.
  wageSentence(place, _who, low, median, high) {
    const at = upperFirst(placeWords('fr', place).at);
    const range = `le salaire horaire dans cette profession se situe habituellement entre ${low} et ${high}`;
    if (low && high && median && low === median) {
      return `${at}, ${range}${NNBSP}; le salaire médian, ${median}, est aussi le bas de cette fourchette${NBSP}: beaucoup de personnes gagnent ce montant ou à peu près.`;
    }
    if (low && high && median) return `${at}, ${range}${NNBSP}; la moitié des personnes gagnent plus de ${median} (salaire médian).`;
    if (median) return `${at}, la moitié des personnes de cette profession gagnent plus de ${median} l’heure (salaire médian).`;
    if (low && high) return `${at}, ${range}.`;
    return `${at}, le salaire horaire dans cette profession est d’environ ${low ?? high}.`;
  },
  yearlySentence(median, hours) {
    return `Au salaire médian, cela représente environ ${median} par année, pour ${hours} heures de travail à temps plein (37,5 heures par semaine pendant 52 semaines).`;
  },
  wageFallback(requested, used) {
    const shown = placeWords('fr', used).whole;
    return requested
      ? `Aucune donnée salariale pour ${placeWords('fr', requested).what}${NNBSP}; chiffres pour ${shown}.`
      : `La région demandée est inconnue${NNBSP}; chiffres pour ${shown}.`;
  },
  noWages(who) {
    return `Ces données ne contiennent aucun salaire pour la profession «${NBSP}${who}${NBSP}».`;
  },

  openingsAndSeekers(period, who, openings, seekers) {
    return `${frSpanStart(period)}, environ ${openings} postes devraient être à pourvoir au Canada dans la profession «${NBSP}${who}${NBSP}», et environ ${seekers} personnes devraient les chercher.`;
  },
  openings(period, _who, openings) {
    return `${frSpanStart(period)}, environ ${openings} postes devraient être à pourvoir au Canada dans cette profession (nouveaux postes et remplacement des départs).`;
  },
  seekers(period, _who, seekers) {
    return `${frSpanStart(period)}, environ ${seekers} personnes devraient chercher un emploi au Canada dans cette profession${NBSP}: personnes sortant des études, personnes immigrantes et personnes qui changent d’emploi.`;
  },
  employment(year, _who, count) {
    return `En ${year}, environ ${count} personnes travaillaient dans cette profession au Canada.`;
  },
  growth(period, _who, change, falling) {
    return `${frSpanStart(period)}, le nombre d’emplois dans cette profession devrait ${falling ? 'diminuer' : 'augmenter'} d’environ ${change}.`;
  },
  retirements(period, _who, count) {
    return `${frSpanStart(period)}, environ ${count} personnes de cette profession devraient prendre leur retraite.`;
  },
  sampleNotice() {
    return 'Chiffres d’exemple pour démonstration, pas des données réelles.';
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
