/**
 * The pay of a career move: the labour-market reading of the occupation a person wants, with
 * the median wage of the one they have set beside its own, for the same region (the one whose
 * figures the reading shows, never a wider one in its place) and said once: a sentence gives
 * both medians, so the target's own sentence keeps only its range.
 */
import type { Lang, WageRow } from '../index-format/index.js';
import { localize, requireOccupation } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { describeLabourMarket, formatCount, formatMoney, fromPartialCopy, HOURS_PER_YEAR, type LabourMarketDescription, type MoneyFigure } from './lmi.js';
import { lmiWords } from './words.js';
import { payWords, type CurrentMedian } from './move-pay-words.js';

/** The current occupation's median wage in the region whose wages the reading shows. */
export interface MovePay {
  /** NOC 2021 code of the current occupation. */
  from: string;
  /** Its title in the reading's language. */
  title: string;
  /** The region of the figure: always the one of the target's wages shown. */
  region: string;
  /** Its hourly median there; null when none is published for that region. */
  hourly: MoneyFigure | null;
  /** Approximate yearly median, hourly x `HOURS_PER_YEAR`, as the target's. */
  yearly: MoneyFigure | null;
  /** The two medians in one sentence, or that the current occupation has none there and why. */
  sentence: string;
}

/** A reading with the move's pay; `move` is null without a current occupation, or with no target wages to set it beside. */
export interface MoveDescription extends LabourMarketDescription {
  move: MovePay | null;
}

const hasFigures = (row: WageRow): boolean => row[1] !== null || row[2] !== null || row[3] !== null;

/**
 * `describeLabourMarket` for occupation `code`, with the median of `from` (the person's current
 * occupation) in the region whose wages it shows. The target's wage sentence then says its
 * range only, and its yearly sentence names it: the move's sentence gives the two medians.
 * @throws UnknownOccupationError (a RangeError) for a `code` or `from` not in the index.
 */
export function describeMove(index: LoadedIndex, code: string, opts: { lang: Lang; region?: string; from?: string | null }): MoveDescription {
  const d = describeLabourMarket(index, code, opts);
  const current = opts.from ? requireOccupation(index, opts.from) : null;
  const w = d.wages;
  if (!current || current.code === code || !w) return { ...d, move: null };
  const { lang } = opts;
  const words = payWords(lang);
  const title = localize(current.title, lang);
  const place = { code: w.region, name: w.regionName };
  const row = current.lmi?.wages.find((r) => r[0] === w.region && hasFigures(r)) ?? null;
  const median = row?.[2] ?? null;
  const base = { from: current.code, title, region: w.region };
  if (row === null || median === null) {
    // Why, unless the panel's own notice already says the same of the target.
    const why = lmiWords(lang).wageGap(fromPartialCopy(index, current.lmi?.wageSource ?? ''));
    return { ...d, move: { ...base, hourly: null, yearly: null, sentence: words.noCurrentMedian(place, title, row === null, d.wageGap === why ? '' : why) } };
  }
  const hourly = { value: median, formatted: formatMoney(median, lang) };
  const perYear = Math.round((median * HOURS_PER_YEAR) / 100) * 100;
  const yearly = { value: perYear, formatted: formatMoney(perYear, lang, false) };
  const target = w.hourly;
  const sentence = words.medians(
    place,
    d.title,
    target.median?.formatted ?? null,
    title,
    which(index, code, current.lmi!.wageSource, row, w.year, lang, hourly),
  );
  if (!target.median) return { ...d, move: { ...base, hourly, yearly, sentence } };
  const m = lmiWords(lang);
  const wages = {
    ...w,
    sentence: target.low && target.high ? m.wageSentence(place, d.title, target.low.formatted, null, target.high.formatted) : '',
    yearlySentence: w.yearly.median ? words.yearly(d.title, w.yearly.median.formatted, formatCount(HOURS_PER_YEAR, lang)) : null,
  };
  return { ...d, wages, move: { ...base, hourly, yearly, sentence } };
}

/** The current median as the sentence gives it: with its year or source when they are not the target's. */
function which(index: LoadedIndex, code: string, source: string, row: WageRow, year: number, lang: Lang, hourly: MoneyFigure): CurrentMedian {
  const targetSource = index.occupations.get(code)?.lmi?.wageSource ?? '';
  const named = index.manifest.sources.find((s) => s.id === source);
  return {
    formatted: hourly.formatted,
    year: row[4] === year ? null : row[4],
    source: source === targetSource ? null : named ? localize(named.name, lang) : null,
  };
}
