/**
 * The labour-market sentences `describeLabourMarket` returns, in English and Canadian French,
 * written for a person who finds numbers hard: each says where and when it holds first
 * ("Across Canada, 2024 to 2033: …"), compares in words what the figures show, and says why
 * the official rating or a wage can differ from, or be missing beside, those figures.
 * Numbers arrive already formatted with `Intl`.
 */
import type { Condition, Lang } from '../index-format/index.js';
import { lowerFirst, NBSP, NNBSP, periodYears, placeWords, quoteFr, upperFirst, type Place } from '../messages/index.js';

/** The recent rating, as the sentence explaining an official rating names it. */
export interface RecentRating {
  label: string;
  period: string;
  /** True when it is the same as the rating of the projection period. */
  same: boolean;
}

export interface LmiWords {
  conditionLabel(condition: Condition): string;
  /** The openings and job seekers, with where and when they hold. */
  openingsAndSeekers(period: string, who: string, openings: string, seekers: string): string;
  /** How the openings and job seekers just given compare, in words. */
  comparison(figures: Condition): string;
  /** The rating's meaning, with where and when, when there are no figures to compare. */
  outlookSentence(condition: Condition, who: string, period: string): string;
  /** The rating alone, when the figures cannot be compared (one is zero or negative). */
  ratingOnly(label: string, who: string, period: string): string;
  /** Why the official rating differs from the comparison of the figures (COPS's two steps). */
  ratingDiffers(label: string, recent: RecentRating | null): string;
  recentSentence(condition: Condition, period: string): string;
  /** No rating; `afterFigures`: said after the figures, which gave where and when. */
  noRating(who: string, period: string, afterFigures: boolean): string;
  noRatingExplanation(): string;
  outlookExplanation(condition: Condition): string;
  outlookCaveat(): string;

  /** Wages in `place` (its code tells how a sentence names it: "à Toronto", "en Ontario"). */
  wageSentence(place: Place, who: string, low: string | null, median: string | null, high: string | null): string;
  yearlySentence(median: string, hours: string): string;
  /**
   * Wages shown for `used`, not the region asked for (`requested`, null when the index does not
   * know it); `skipped`: a wider region between them that has none either.
   */
  wageFallback(requested: Place | null, used: Place, skipped: Place | null): string;
  /**
   * Why a wage can be missing: what Job Bank does not publish, and, when the wages come from a
   * partial copy of Job Bank's (`partialCopy`), that the copy lacks some.
   */
  wageGap(partialCopy: boolean): string;
  noWages(who: string): string;

  openings(period: string, openings: string): string;
  seekers(period: string, seekers: string): string;
  employment(year: number, count: string): string;
  growth(period: string, change: string, falling: boolean): string;
  retirements(period: string, count: string): string;
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

/** "2024 to 2033": words, not a dash, for a reader who finds numbers hard. */
function enSpan(period: string): string {
  const y = periodYears(period);
  return y ? `${y[0]} to ${y[1]}` : period;
}

/** "from 2024 to 2033" / "in 2024". */
function enFrom(period: string): string {
  return periodYears(period) ? `from ${enSpan(period)}` : `in ${period}`;
}

/** "de 2024 à 2033", as French writes a span in running text. */
function frSpan(period: string): string {
  const y = periodYears(period);
  return y ? `de ${y[0]} à ${y[1]}` : `pour ${period}`;
}

const en: LmiWords = {
  conditionLabel: (c) => EN_CONDITION[c],
  openingsAndSeekers(period, who, openings, seekers) {
    return `Across Canada, ${enSpan(period)}: about ${openings} jobs are expected to open up for ${lowerFirst(who)}, and about ${seekers} people are expected to look for them.`;
  },
  comparison(c) {
    const says: Record<Condition, string> = {
      'strong-shortage': 'That is far more jobs than people looking for them.',
      'moderate-shortage': 'That is somewhat more jobs than people looking for them.',
      balance: 'That is about as many jobs as people looking for them.',
      'moderate-surplus': 'That is somewhat more people looking for work than jobs.',
      'strong-surplus': 'That is far more people looking for work than jobs.',
    };
    return says[c];
  },
  outlookSentence(c, who, period) {
    const w = lowerFirst(who);
    const says: Record<Condition, string> = {
      'strong-shortage': `there are likely to be too few ${w} for the jobs that open up.`,
      'moderate-shortage': `there may be somewhat too few ${w} for the jobs that open up.`,
      balance: `there should be about enough ${w} for the jobs that open up.`,
      'moderate-surplus': `there may be somewhat more ${w} looking for work than there are jobs.`,
      'strong-surplus': `there are likely to be many more ${w} looking for work than there are jobs.`,
    };
    return `Across Canada, ${enSpan(period)}: ${says[c]}`;
  },
  ratingOnly(label, who, period) {
    return `Across Canada, ${enSpan(period)}: the official rating for ${lowerFirst(who)} is “${label.toLowerCase()}”.`;
  },
  ratingDiffers(label, recent) {
    const why = `The official rating, “${label.toLowerCase()}”, does not come from these two numbers alone. It starts from how the job market for this work looked in recent years, then uses the numbers to judge whether that will change.`;
    if (!recent) return why;
    return `${why} ${upperFirst(enFrom(recent.period))}, it was ${recent.same ? 'already ' : ''}rated “${recent.label.toLowerCase()}”.`;
  },
  recentSentence(c, period) {
    return `${upperFirst(enFrom(period))}, the job market for this work was rated “${EN_CONDITION[c].toLowerCase()}”.`;
  },
  noRating(who, period, afterFigures) {
    const why = 'the projection system does not rate every occupation.';
    return afterFigures
      ? `There is no official rating for this occupation: ${why}`
      : `Across Canada, ${enSpan(period)}: there is no official rating for ${lowerFirst(who)}, because ${why}`;
  },
  noRatingExplanation() {
    return 'Employment and Social Development Canada rates most occupations, but leaves some unrated, often those with too few workers to project reliably. The numbers given still apply.';
  },
  outlookExplanation(c) {
    const base =
      'Employment and Social Development Canada projects, for all of Canada, how many jobs will open up in each occupation (new jobs, and people who retire or leave) and how many people will look for them (school leavers, newcomers and people changing jobs). It rates each occupation in two steps. First, it looks for signs of too few or too many workers in recent years, using many measures such as unemployment and wages. Then it uses the projections to judge whether those signs will last, and whether new ones will appear. So the rating can differ from a plain comparison of the two numbers.';
    const meaning: Record<Condition, string> = {
      'strong-shortage': '“Strong risk of shortage” means there are likely to be too few workers for the jobs, so employers may find it hard to hire.',
      'moderate-shortage': '“Moderate risk of shortage” means there may be somewhat too few workers for the jobs.',
      balance: '“Balance” means there should be about enough workers for the jobs.',
      'moderate-surplus': '“Moderate risk of surplus” means there may be somewhat more workers than jobs, so finding work may take longer.',
      'strong-surplus': '“Strong risk of surplus” means there are likely to be many more workers than jobs, so finding work may be hard.',
    };
    return `${base} ${meaning[c]}`;
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
  wageFallback(requested, used, skipped) {
    const all = `all of ${placeWords('en', used).what}`;
    if (!requested) return `The region asked for is not known, so these wages are for ${all}.`;
    const none = placeWords('en', requested).what + (skipped ? ` or for ${placeWords('en', skipped).what}` : '');
    return `There are no wage figures for ${none} in this data, so these are for ${all}.`;
  },
  wageGap(partialCopy) {
    const rule = 'Job Bank does not publish a wage when the survey behind it has too few answers';
    return partialCopy
      ? `${rule}, and the copy of Job Bank’s wages used here is missing some figures. Job Bank’s own website, jobbank.gc.ca, may have more.`
      : `${rule}.`;
  },
  noWages(who) {
    return `There are no wage figures for ${lowerFirst(who)} in this data.`;
  },

  // The facts are listed under a heading naming the occupation: each need not repeat it.
  openings(period, openings) {
    return `${upperFirst(enFrom(period))}, about ${openings} jobs are expected to open up in this occupation across Canada, counting new jobs and people who retire or leave.`;
  },
  seekers(period, seekers) {
    return `${upperFirst(enFrom(period))}, about ${seekers} people are expected to look for work in this occupation across Canada: school leavers, newcomers and people changing jobs.`;
  },
  employment(year, count) {
    return `About ${count} people worked in this occupation across Canada in ${year}.`;
  },
  growth(period, change, falling) {
    return `${upperFirst(enFrom(period))}, the number of jobs in this occupation across Canada is expected to ${falling ? 'shrink' : 'grow'} by about ${change}.`;
  },
  retirements(period, count) {
    return `${upperFirst(enFrom(period))}, about ${count} people in this occupation across Canada are expected to retire.`;
  },
  sampleNotice() {
    return 'Sample figures for demonstration, not real data.';
  },
};

const fr: LmiWords = {
  conditionLabel: (c) => FR_CONDITION[c],
  openingsAndSeekers(period, who, openings, seekers) {
    return `Dans l’ensemble du Canada, ${frSpan(period)}${NBSP}: environ ${openings} postes devraient être à pourvoir dans la profession ${quoteFr(who)}, et environ ${seekers} personnes devraient les chercher.`;
  },
  comparison(c) {
    const says: Record<Condition, string> = {
      'strong-shortage': 'Il y aurait donc beaucoup plus de postes que de personnes qui les cherchent.',
      'moderate-shortage': 'Il y aurait donc un peu plus de postes que de personnes qui les cherchent.',
      balance: 'Il y aurait donc à peu près autant de postes que de personnes qui les cherchent.',
      'moderate-surplus': 'Il y aurait donc un peu plus de personnes à la recherche d’un emploi que de postes.',
      'strong-surplus': 'Il y aurait donc beaucoup plus de personnes à la recherche d’un emploi que de postes.',
    };
    return says[c];
  },
  outlookSentence(c, who, period) {
    const w = quoteFr(who);
    const says: Record<Condition, string> = {
      'strong-shortage': `les postes à pourvoir dans la profession ${w} seront probablement bien plus nombreux que les personnes disponibles.`,
      'moderate-shortage': `les postes à pourvoir dans la profession ${w} pourraient être un peu plus nombreux que les personnes disponibles.`,
      balance: `les postes à pourvoir dans la profession ${w} devraient être à peu près aussi nombreux que les personnes disponibles.`,
      'moderate-surplus': `les personnes à la recherche d’un emploi dans la profession ${w} pourraient être un peu plus nombreuses que les postes.`,
      'strong-surplus': `les personnes à la recherche d’un emploi dans la profession ${w} seront probablement bien plus nombreuses que les postes.`,
    };
    return `Dans l’ensemble du Canada, ${frSpan(period)}${NBSP}: ${says[c]}`;
  },
  ratingOnly(label, who, period) {
    return `Dans l’ensemble du Canada, ${frSpan(period)}${NBSP}: la cote officielle de la profession ${quoteFr(who)} est ${quoteFr(label.toLowerCase())}.`;
  },
  ratingDiffers(label, recent) {
    const why = `La cote officielle, ${quoteFr(label.toLowerCase())}, ne vient pas seulement de ces deux nombres. Elle part de la situation du marché du travail dans cette profession ces dernières années, puis se sert de ces nombres pour juger si cette situation va changer.`;
    if (!recent) return why;
    return `${why} ${upperFirst(frSpan(recent.period))}, la cote était ${recent.same ? 'déjà ' : ''}${quoteFr(recent.label.toLowerCase())}.`;
  },
  recentSentence(c, period) {
    return `${upperFirst(frSpan(period))}, le marché du travail dans cette profession était coté ${quoteFr(FR_CONDITION[c].toLowerCase())}.`;
  },
  noRating(who, period, afterFigures) {
    const why = 'le système de projection n’évalue pas toutes les professions.';
    return afterFigures
      ? `Il n’y a pas de cote officielle pour cette profession${NBSP}: ${why}`
      : `Dans l’ensemble du Canada, ${frSpan(period)}${NBSP}: il n’y a pas de cote officielle pour la profession ${quoteFr(who)}, car ${why}`;
  },
  noRatingExplanation() {
    return 'Emploi et Développement social Canada évalue la plupart des professions, mais en laisse certaines sans cote, souvent parce qu’elles comptent trop peu de travailleurs pour une projection fiable. Les nombres donnés restent valables.';
  },
  outlookExplanation(c) {
    const base = `Emploi et Développement social Canada prévoit, pour l’ensemble du Canada, combien de postes seront à pourvoir dans chaque profession (nouveaux postes et remplacement des personnes qui prennent leur retraite ou qui partent) et combien de personnes les chercheront (personnes sortant des études, personnes immigrantes et personnes qui changent d’emploi). Il cote chaque profession en deux étapes. D’abord, il cherche des signes d’un manque ou d’un surplus de personnes ces dernières années, à l’aide de nombreuses mesures comme le chômage et les salaires. Ensuite, il se sert des projections pour juger si ces signes vont durer et si d’autres vont apparaître. La cote peut donc différer d’une simple comparaison des deux nombres.`;
    const meaning: Record<Condition, string> = {
      'strong-shortage': `${quoteFr('Risque élevé de pénurie')} signifie qu’il manquera probablement de personnes pour les postes${NBSP}: les employeurs pourraient avoir du mal à embaucher.`,
      'moderate-shortage': `${quoteFr('Risque modéré de pénurie')} signifie qu’il pourrait manquer un peu de personnes pour les postes.`,
      balance: `${quoteFr('Équilibre')} signifie qu’il devrait y avoir à peu près assez de personnes pour les postes.`,
      'moderate-surplus': `${quoteFr('Risque modéré de surplus')} signifie qu’il pourrait y avoir un peu plus de personnes que de postes${NBSP}: trouver un emploi pourrait prendre plus de temps.`,
      'strong-surplus': `${quoteFr('Risque élevé de surplus')} signifie qu’il y aura probablement beaucoup plus de personnes que de postes${NBSP}: trouver un emploi pourrait être difficile.`,
    };
    return `${base} ${meaning[c]}`;
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
  wageFallback(requested, used, skipped) {
    const all = placeWords('fr', used).whole;
    if (!requested) return `La région demandée est inconnue${NNBSP}; ces salaires sont donc ceux de ${all}.`;
    const none = placeWords('fr', requested).what + (skipped ? ` ni pour ${placeWords('fr', skipped).what}` : '');
    return `Ces données n’ont aucun salaire pour ${none}${NNBSP}; ces chiffres sont donc ceux de ${all}.`;
  },
  wageGap(partialCopy) {
    const rule = 'Le Guichet-Emplois ne publie pas de salaire lorsque l’enquête d’où il vient compte trop peu de réponses';
    return partialCopy
      ? `${rule}, et la copie des salaires du Guichet-Emplois utilisée ici est incomplète. Le site du Guichet-Emplois, guichetemplois.gc.ca, peut en avoir davantage.`
      : `${rule}.`;
  },
  noWages(who) {
    return `Ces données ne contiennent aucun salaire pour la profession ${quoteFr(who)}.`;
  },

  openings(period, openings) {
    return `${upperFirst(frSpan(period))}, environ ${openings} postes devraient être à pourvoir au Canada dans cette profession (nouveaux postes et remplacement des départs).`;
  },
  seekers(period, seekers) {
    return `${upperFirst(frSpan(period))}, environ ${seekers} personnes devraient chercher un emploi au Canada dans cette profession${NBSP}: personnes sortant des études, personnes immigrantes et personnes qui changent d’emploi.`;
  },
  employment(year, count) {
    return `En ${year}, environ ${count} personnes travaillaient dans cette profession au Canada.`;
  },
  growth(period, change, falling) {
    return `${upperFirst(frSpan(period))}, le nombre d’emplois dans cette profession au Canada devrait ${falling ? 'diminuer' : 'augmenter'} d’environ ${change}.`;
  },
  retirements(period, count) {
    return `${upperFirst(frSpan(period))}, environ ${count} personnes de cette profession au Canada devraient prendre leur retraite.`;
  },
  sampleNotice() {
    return 'Chiffres d’exemple pour démonstration, pas des données réelles.';
  },
};

const TABLES: Record<Lang, LmiWords> = { en, fr };

/** The labour-market sentences in `lang`. */
export function lmiWords(lang: Lang): LmiWords {
  return TABLES[lang] ?? en;
}
