/**
 * Where things are in an index's files (`schema.ts` describes the files and their shapes):
 * the files' names, the columns of `programs.txt` and the codes and orders its values are
 * written in, a program id's syntax, and the order of a labour-market record. Apart from the
 * shapes and the checks of `index.json` because the job titles read none of it: a page's
 * first download carries only what its first suggestion needs.
 */
import type { Delivery, EvidenceField, LabourMarket, LabourMarketRecord, Lang, ProgramLanguage } from './schema.js';

export const FILE_NAMES = {
  manifest: 'index.json',
  labels: (lang: Lang) => `labels.${lang}.txt`,
  otherNames: (lang: Lang) => `names.${lang}.txt`,
  summaries: (lang: Lang) => `summaries.${lang}.txt`,
  requirements: (lang: Lang, broad: number) => `requirements.${lang}.${broad}.txt`,
  titles: (lang: Lang) => `titles.${lang}.tsv`,
  programs: 'programs.txt',
  quotes: (code: string) => `quotes.${code}.txt`,
  catalogue: 'catalogue.txt',
  slice: (code: string) => `programs.${code}.txt`,
} as const;

/** Programs columns in file order (`#providers` and `#url-templates` are dictionaries first). */
export const PROGRAM_COLUMNS = [
  'id',
  'provider',
  'url',
  'title.en',
  'title.fr',
  'description.en',
  'description.fr',
  'skills',
  'tagging',
  'hours',
  'cost',
  'delivery',
  'language',
  'region',
  'osap',
  'credential',
  'series',
  'evidence',
] as const;

/** Hex digits of a quote file's SHA-256 that `programs.txt` records (64 bits). */
export const QUOTE_HASH_HEX = 16;

/** The order the filters offer delivery modes and languages in. */
export const DELIVERY_ORDER: readonly Delivery[] = ['online', 'hybrid', 'in-person'];
export const LANGUAGE_ORDER: readonly ProgramLanguage[] = ['en', 'fr', 'bilingual', 'other'];

/** Where in a program's own text evidence was found, and its one-letter code in `programs.txt`. */
export const EVIDENCE_FIELD_CODES = { title: 't', tag: 'g', outcome: 'o', module: 'm', description: 'd' } as const satisfies Record<EvidenceField, string>;

/**
 * A program id, as the catalogue reader accepts them: a letter or digit, then letters, digits
 * and `._:-`, 100 characters at most, so it is safe in URLs, events and spreadsheet cells.
 */
export const PROGRAM_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function labourMarketRecord(lmi: LabourMarket): LabourMarketRecord {
  return [
    lmi.future,
    lmi.recent,
    lmi.period,
    lmi.employment,
    lmi.employmentYear,
    lmi.openings,
    lmi.seekers,
    lmi.growth,
    lmi.retirements,
    lmi.outlookSource,
    lmi.wageSource,
    lmi.wages,
  ];
}

export function labourMarketOf(record: LabourMarketRecord): LabourMarket {
  const [future, recent, period, employment, employmentYear, openings, seekers, growth, retirements, outlookSource, wageSource, wages] = record;
  return { future, recent, period, employment, employmentYear, openings, seekers, growth, retirements, outlookSource, wages, wageSource };
}
