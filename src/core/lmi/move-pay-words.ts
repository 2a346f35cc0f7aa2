/**
 * The sentences that set the pay of a person's current occupation beside the pay of the one
 * they want, in English and Canadian French. Both medians are of one region, the one the
 * panel shows, which each sentence names first. Numbers arrive already formatted with `Intl`.
 */
import type { Lang } from '../index-format/index.js';
import { lowerFirst, NNBSP, placeWords, quoteFr, upperFirst, type Place } from '../messages/index.js';

/** The current occupation's median, and when it is not of the same year or source as the target's, which it is. */
export interface CurrentMedian {
  formatted: string;
  /** Its year, when it differs from the target's; else null. */
  year: number | null;
  /** Its source's name, when it differs from the target's; else null. */
  source: string | null;
}

export interface PayWords {
  /** Both medians in `place`; the target's is null when it has none there (the current's is then said alone). */
  medians(place: Place, target: string, targetMedian: string | null, current: string, currentMedian: CurrentMedian): string;
  /** The current occupation has no wage in `place` (`none`), or no median there; `why`: the reason, or '' when the panel already gives it. */
  noCurrentMedian(place: Place, current: string, none: boolean, why: string): string;
  /** The target's median by the year, naming whose it is: the current's median is said just before. */
  yearly(target: string, median: string, hours: string): string;
}

/** " (a 2023 figure)", " (a 2023 figure from …)", or nothing when year and source are the target's. */
function enWhich(m: CurrentMedian): string {
  if (m.year === null && m.source === null) return '';
  return m.source === null ? ` (a ${m.year} figure)` : ` (a figure from ${m.source}${m.year === null ? '' : `, ${m.year}`})`;
}

function frWhich(m: CurrentMedian): string {
  if (m.year === null && m.source === null) return '';
  return m.source === null ? ` (chiffre de ${m.year})` : ` (chiffre de la source ${m.source}${m.year === null ? '' : `, ${m.year}`})`;
}

const en: PayWords = {
  medians(place, target, targetMedian, current, currentMedian) {
    const at = upperFirst(placeWords('en', place).at);
    const yours = `${lowerFirst(current)} (your current job)`;
    if (targetMedian === null) return `${at}, half of ${yours} earn more than ${currentMedian.formatted} an hour${enWhich(currentMedian)}.`;
    return `${at}, half of ${lowerFirst(target)} earn more than ${targetMedian} an hour; half of ${yours} earn more than ${currentMedian.formatted}${enWhich(currentMedian)}.`;
  },
  noCurrentMedian(place, current, none, why) {
    const what = none ? 'There are no wage figures' : 'There is no median wage';
    return `${what} for ${lowerFirst(current)} (your current job) ${placeWords('en', place).at} in this data.${why ? ` ${why}` : ''}`;
  },
  yearly(target, median, hours) {
    return `The median for ${lowerFirst(target)} comes to about ${median} a year, counting ${hours} hours of full-time work (37.5 hours a week for 52 weeks).`;
  },
};

// French titles are long and gendered ("Infirmiers autorisés/infirmières autorisées"): the
// target, which the panel's heading names, is "cette profession", as in its other sentences; the
// current work is named once, in quotes.
const fr: PayWords = {
  medians(place, _target, targetMedian, current, currentMedian) {
    const at = upperFirst(placeWords('fr', place).at);
    const yours = `dans votre emploi actuel (${quoteFr(current)})`;
    if (targetMedian === null) return `${at}, ${yours}, la moitié des personnes gagnent plus de ${currentMedian.formatted} l’heure${frWhich(currentMedian)}.`;
    return `${at}, la moitié des personnes de cette profession gagnent plus de ${targetMedian} l’heure${NNBSP}; ${yours}, la moitié gagnent plus de ${currentMedian.formatted}${frWhich(currentMedian)}.`;
  },
  noCurrentMedian(place, current, none, why) {
    const what = none ? 'Aucun salaire' : 'Aucun salaire médian';
    return `${what} pour votre emploi actuel (${quoteFr(current)}) ${placeWords('fr', place).at} dans ces données.${why ? ` ${why}` : ''}`;
  },
  // "Visée": after the current work's median, "cette profession" could be read as that one.
  yearly(_target, median, hours) {
    return `Dans la profession visée, le salaire médian représente environ ${median} par année, pour ${hours} heures de travail à temps plein (37,5 heures par semaine pendant 52 semaines).`;
  },
};

/** The move sentences in `lang`. */
export function payWords(lang: Lang): PayWords {
  return lang === 'fr' ? fr : en;
}
