/**
 * What a person weighing a move needs beside each occupation of a list (the portal's related
 * occupations): the training it usually takes, in a few words, and how that compares with the
 * job the list starts from; and its median hourly wage in the region the page shows, or that
 * the index has none there. Shorter than the labour-market panel's sentences, for a list.
 */
import { localize, requireOccupation, type Lang } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { NBSP, placeWords, type Place } from '../messages/index.js';
import { formatMoney, regionOf } from './lmi.js';

/** How the training an occupation usually takes compares with the job a move starts from. */
export type TrainingStep = 'same' | 'more' | 'less';

/** The job a list of moves starts from: its code, and whether it is the job the person has or the one they want. */
export interface MoveOrigin {
  code: string;
  role: 'current' | 'target';
}

export interface MoveFactsOptions {
  lang: Lang;
  /**
   * Job Bank economic region of the wage (left out: the one the labour-market panel shows,
   * `defaultWageRegion`). Never another one: an
   * occupation with no wage there gets no figure from Ontario or Canada, since a list read
   * side by side must not mix regions.
   */
  region?: string | null;
  /** The job the list starts from; the training is compared with its own. */
  from?: MoveOrigin | null;
}

/** The facts beside one occupation of a list of moves, as sentences a list shows as they are. */
export interface MoveFacts {
  /** NOC TEER of the occupation, 0-5. */
  teer: number;
  /**
   * Against the job the list starts from: null without one, or when either is a management
   * occupation (TEER 0), whose level comes from its responsibilities, not from training.
   */
  step: TrainingStep | null;
  /** "Usually takes a university degree (TEER 1): more training than your current job."; empty for a TEER past 5. */
  training: string;
  /** The median hourly wage in the region; null when the index has none there. */
  median: number | null;
  /**
   * "Median wage in Toronto: $43.00 an hour." or "No median wage for Toronto in this data.";
   * null when the index does not know the region (nothing to say of a place it cannot name).
   */
  wage: string | null;
}

interface MoveWords {
  training(teer: number, step: TrainingStep | null, from: MoveOrigin['role']): string;
  wage(place: Place, median: string | null): string;
}

/** What TEER 1 to 5 usually take, for a list (the long wording is the labour-market panel's, in i18n/). */
const EN_LEVEL = [
  '',
  'a university degree',
  'a college program of two to three years or an apprenticeship',
  'a college program or apprenticeship of less than two years, or more than six months of on-the-job training',
  'secondary school or a few weeks of on-the-job training',
  'a short work demonstration and no formal education',
];

const FR_LEVEL = [
  '',
  'un diplôme universitaire',
  'un programme collégial de deux à trois ans ou un apprentissage',
  'un programme collégial ou un apprentissage de moins de deux ans, ou plus de six mois d’apprentissage au travail',
  'des études secondaires ou quelques semaines d’apprentissage au travail',
  'une courte démonstration du travail, sans exigence scolaire',
];

const en: MoveWords = {
  training(teer, step, from) {
    if (teer === 0) return 'A management occupation (TEER 0): its level comes from its responsibilities.';
    if (!EN_LEVEL[teer]) return '';
    const takes = `Usually takes ${EN_LEVEL[teer]} (TEER ${teer})`;
    const job = from === 'current' ? 'your current job' : 'the job you want';
    if (step === 'same') return `${takes}, like ${job}.`;
    if (step) return `${takes}: ${step} training than ${job}.`;
    return `${takes}.`;
  },
  wage(place, median) {
    const where = placeWords('en', place);
    return median ? `Median wage ${where.at}: ${median} an hour.` : `No median wage for ${where.what} in this data.`;
  },
};

const fr: MoveWords = {
  training(teer, step, from) {
    if (teer === 0) return `Profession de gestion (FEER 0)${NBSP}: son niveau tient à ses responsabilités.`;
    if (!FR_LEVEL[teer]) return '';
    const takes = `Exige habituellement ${FR_LEVEL[teer]} (FEER ${teer})`;
    const job = from === 'current' ? 'votre emploi actuel' : 'l’emploi visé';
    if (step === 'same') return `${takes}, comme ${job}.`;
    if (step) return `${takes}${NBSP}: une préparation ${step === 'more' ? 'plus' : 'moins'} longue que pour ${job}.`;
    return `${takes}.`;
  },
  wage(place, median) {
    const where = placeWords('fr', place);
    return median ? `Salaire médian ${where.at}${NBSP}: ${median} l’heure.` : `Aucun salaire médian pour ${where.what} dans ces données.`;
  },
};

/**
 * The region whose wages a page shows when it names none: Ontario when the index knows it, else
 * Canada: `<mc-labour-market>`'s and the related occupations' wages. Here, not in lmi.ts, which
 * the portal's first page carries.
 */
export function defaultWageRegion(index: LoadedIndex): string {
  return regionOf(index, 'ER35') ? 'ER35' : 'ER00';
}

/** TEER 1 to 5 compared: a lower number usually takes more training. Null when either is 0 (management). */
export function trainingStep(teer: number, fromTeer: number): TrainingStep | null {
  if (teer === 0 || fromTeer === 0) return null;
  return teer === fromTeer ? 'same' : teer < fromTeer ? 'more' : 'less';
}

/**
 * The facts beside occupation `code` in a list of moves from `opts.from`, in `opts.lang`.
 * Reads only the index in memory: every occupation's wages come with its profile.
 * @throws UnknownOccupationError (a RangeError) for an occupation code not in the index.
 */
export function moveFacts(index: LoadedIndex, code: string, opts: MoveFactsOptions): MoveFacts {
  const occupation = requireOccupation(index, code);
  const words = opts.lang === 'fr' ? fr : en;
  const origin = opts.from ? index.occupations.get(opts.from.code) : undefined;
  const step = origin ? trainingStep(occupation.teer, origin.teer) : null;
  const training = words.training(occupation.teer, step, opts.from?.role ?? 'current');
  const regionCode = opts.region || defaultWageRegion(index);
  const region = regionOf(index, regionCode);
  const row = occupation.lmi?.wages.find((r) => r[0] === regionCode);
  const median = row?.[2] ?? null;
  const place = region ? { code: regionCode, name: localize(region.name, opts.lang) } : null;
  const wage = place ? words.wage(place, median === null ? null : formatMoney(median, opts.lang)) : null;
  return { teer: occupation.teer, step, training, median, wage };
}
