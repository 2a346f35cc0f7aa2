/**
 * Reads an occupation's labour-market figures as plain sentences a person without
 * training in labour economics understands, with sources, periods and caveats.
 */
import type { Condition, Lang, Occupation, Region, SourceInfo, WageRow } from '../index-format/index.js';
import { localize, requireOccupation } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { formatPeriod, type Place } from '../messages/index.js';
import { lmiWords, type LmiWords } from './words.js';

/** Full-time hours a year used to turn hourly wages into an approximate yearly figure. */
export const HOURS_PER_YEAR = 1950;
/** Fallback chain after the requested region. */
const ONTARIO = 'ER35';
const CANADA = 'ER00';

/**
 * The data source of a figure or sentence, credited as its licence asks, in the requested
 * language.
 */
export interface SourceCitation {
  id: string;
  /** Publisher's name of the data set, in the requested language. */
  name: string;
  /** Release or reference period as published. */
  vintage: string;
  url: string;
  attribution: string;
}

/**
 * The COPS outlook of an occupation as a person reads it: its rating (when COPS gives one) in
 * the official words, a sentence, and what the term means.
 */
export type LabourMarketOutlook =
  | {
      rated: true;
      condition: Condition;
      /** Official term, e.g. "Moderate risk of shortage". */
      label: string;
      /**
       * Where and when first ("Across Canada, 2024 to 2033: …"): the openings and job seekers
       * and how they compare in words; the rating's meaning when there are no figures.
       */
      sentence: string;
      /**
       * Why the official rating differs from how the figures compare, when it does: COPS starts
       * from recent conditions and judges from the projections whether they will last. Else null.
       */
      note: string | null;
      /** What the term means, shown on demand. */
      explanation: string;
      /** COPS projection period, e.g. "2024–2033". */
      period: string;
      /** Recent (2021–2023) conditions, when rated. */
      recent: { condition: Condition; label: string; sentence: string } | null;
      source: SourceCitation | null;
    }
  | {
      rated: false;
      /** The figures and how they compare, or, without figures, that there is no rating. */
      sentence: string;
      /** That there is no rating, after figures; else null. */
      note: string | null;
      explanation: string;
      period: string;
      source: SourceCitation | null;
    };

/** An amount in CAD, as a number and as the page shows it. */
export interface MoneyFigure {
  value: number;
  /** Formatted with Intl in CAD, e.g. "$40.50" / "40,50 $". */
  formatted: string;
}

/**
 * An occupation's wages for one region (or the region it fell back to, saying so), hourly and
 * yearly, formatted.
 */
export interface WageReading {
  /** Region whose figures are shown. */
  region: string;
  regionName: string;
  /** Region asked for (ER00 when none was). */
  requestedRegion: string;
  /** True when `region` differs from `requestedRegion`. */
  fallback: boolean;
  /**
   * When `fallback`, which regions have no figures and whose these are ("There are no wage
   * figures for Toronto or for Ontario in this data, so these are for all of Canada."), else
   * null; for a region the index does not know, that it is not known (never its code).
   */
  notice: string | null;
  hourly: { low: MoneyFigure | null; median: MoneyFigure | null; high: MoneyFigure | null };
  /** Approximate yearly figures, hourly x `HOURS_PER_YEAR`. */
  yearly: { low: MoneyFigure | null; median: MoneyFigure | null; high: MoneyFigure | null };
  hoursPerYear: number;
  /** The hourly wages in one sentence. */
  sentence: string;
  /** The yearly approximation and how it was computed; null without a median. */
  yearlySentence: string | null;
  year: number;
  source: SourceCitation | null;
}

/** Which figure a `LabourMarketFact` gives. */
export type FactKind = 'openings' | 'seekers' | 'employment' | 'growth' | 'retirements';

/**
 * One labour-market figure (openings, job seekers, employment, growth, retirements), formatted
 * and in a sentence, with its period and source.
 */
export interface LabourMarketFact {
  kind: FactKind;
  value: number;
  /** The number formatted with Intl, rounded as the sentence says ("about"). */
  formatted: string;
  sentence: string;
  /** Period or year the figure refers to, e.g. "2024–2033" or "2023". */
  period: string;
  source: SourceCitation | null;
}

/**
 * What `describeLabourMarket` gives: an occupation's outlook, wages for a region and headline
 * figures, each as plain sentences in one language with its source.
 */
export interface LabourMarketDescription {
  code: string;
  title: string;
  lang: Lang;
  /** True when the index was built from hand-written sample data. */
  sample: boolean;
  /** Sentence to show next to sample figures; null for real data. */
  sampleNotice: string | null;
  /** Null when the index has no labour-market data for the occupation. */
  outlook: LabourMarketOutlook | null;
  /** Region the wages were asked for (ER00 when none was), whatever `wages` shows. */
  requestedRegion: string;
  /**
   * Its name in `lang`, or null when the index does not know the code (a typo, another
   * province's code): the wages are then the nearest wider region's, and their notice says the
   * region asked for is not known, never showing the code.
   */
  requestedRegionName: string | null;
  /** Null when no wage row exists for the region or its fallbacks. */
  wages: WageReading | null;
  /** Sentence when `wages` is null. */
  noWages: string | null;
  /**
   * Why wages are missing, when some are (none at all, none for the region asked for, or no
   * low or high): what Job Bank does not publish, and that the copy used is incomplete. Else null.
   */
  wageGap: string | null;
  /** The regions that have wage figures of their own for this occupation, in the index's order. */
  wageRegions: string[];
  /** Openings and seekers together, with where and when ("Across Canada, 2024 to 2033: …"); null unless both are known. */
  headline: string | null;
  facts: LabourMarketFact[];
  /** Always shown: an outlook describes prospects, not a shortage or a guarantee. */
  caveat: string;
}

function locale(lang: Lang): string {
  return lang === 'fr' ? 'fr-CA' : 'en-CA';
}

/**
 * Intl formatters are costly to create (a few ms each on a slow phone) and a results page
 * formats dozens of numbers: one per language and style, made on first use.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, style: 'cents' | 'dollars' | 'count'): Intl.NumberFormat {
  const key = `${lang} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = style === 'cents' ? 2 : 0;
    format = new Intl.NumberFormat(
      locale(lang),
      style === 'count' ? { maximumFractionDigits: 0 } : { style: 'currency', currency: 'CAD', minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    formatters.set(key, format);
  }
  return format;
}

/**
 * Creates the formatters of `lang` ahead of use, one per `step()` call (the first one
 * loads the locale's currency data: tens of ms on a slow phone), so the loader can spend
 * that time between yields instead of inside the first render of a result.
 */
export async function prepareNumberFormats(lang: Lang, step: () => Promise<void>): Promise<void> {
  for (const style of ['cents', 'dollars', 'count'] as const) {
    await step();
    formatter(lang, style);
  }
}

/** Money in CAD with cents (hourly) or whole dollars (yearly). */
export function formatMoney(value: number, lang: Lang, cents = true): string {
  return formatter(lang, cents ? 'cents' : 'dollars').format(value);
}

/** Rounds for "about N": two significant figures from 1,000 up, tens from 100. */
export function roundAbout(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 1000) {
    const magnitude = 10 ** (Math.floor(Math.log10(abs)) - 1);
    return Math.round(value / magnitude) * magnitude;
  }
  if (abs >= 100) return Math.round(value / 10) * 10;
  return Math.round(value);
}

export function formatCount(value: number, lang: Lang): string {
  return formatter(lang, 'count').format(value);
}

function citation(index: LoadedIndex, id: string, lang: Lang): SourceCitation | null {
  const source: SourceInfo | undefined = index.manifest.sources.find((s) => s.id === id);
  if (!source) return null;
  return {
    id: source.id,
    name: localize(source.name, lang),
    vintage: source.vintage,
    url: source.url,
    attribution: localize(source.attribution, lang),
  };
}

/** The index's region `code`, or undefined when it has no such region. */
export function regionOf(index: LoadedIndex, code: string): Region | undefined {
  return index.manifest.regions.find((r) => r.code === code);
}

/** `code` with its name in `lang`, or null when the index has no such region. */
function placeOf(index: LoadedIndex, code: string, lang: Lang): Place | null {
  const region = regionOf(index, code);
  return region ? { code, name: localize(region.name, lang) } : null;
}

/** Region codes to try, most specific first: the region, Ontario, Canada. */
export function wageFallbackChain(region: string | undefined): string[] {
  const chain: string[] = [];
  if (region) chain.push(region);
  if (region && region.startsWith(ONTARIO) && region !== ONTARIO) chain.push(ONTARIO);
  if (!chain.includes(CANADA)) chain.push(CANADA);
  return chain;
}

/** Whether a wage row has any figure (low, median or high). */
function hasFigures(row: WageRow): boolean {
  return row[1] !== null || row[2] !== null || row[3] !== null;
}

function pickWageRow(rows: readonly WageRow[], chain: readonly string[]): WageRow | null {
  for (const code of chain) {
    const row = rows.find((r) => r[0] === code && hasFigures(r));
    if (row) return row;
  }
  return null;
}

/**
 * Everything the labour-market panel shows for occupation `code`, in `lang`, with wages
 * for `region` (falling back to Ontario, then Canada, and saying so and why).
 * @throws UnknownOccupationError (a RangeError) for an occupation code not in the index.
 */
export function describeLabourMarket(index: LoadedIndex, code: string, opts: { lang: Lang; region?: string }): LabourMarketDescription {
  const occupation = requireOccupation(index, code);
  const lang = opts.lang;
  const m = lmiWords(lang);
  const title = localize(occupation.title, lang);
  const lmi = occupation.lmi;
  const sample = index.manifest.sample;
  const requested = opts.region || CANADA;
  const asked = placeOf(index, requested, lang);
  const base: LabourMarketDescription = {
    code,
    title,
    lang,
    sample,
    sampleNotice: sample ? m.sampleNotice() : null,
    outlook: null,
    requestedRegion: requested,
    requestedRegionName: asked?.name ?? null,
    wages: null,
    noWages: m.noWages(title),
    wageGap: null,
    wageRegions: [],
    headline: null,
    facts: [],
    caveat: m.outlookCaveat(),
  };
  if (!lmi) return base;

  const ctx: Context = { index, lang, m, title, lmi, period: formatPeriod(lmi.period), outlookSource: citation(index, lmi.outlookSource, lang) };
  if (lmi.openings !== null && lmi.seekers !== null) {
    base.headline = m.openingsAndSeekers(lmi.period, title, about(lmi.openings, lang), about(lmi.seekers, lang));
  }
  base.outlook = outlookOf(ctx, base.headline);
  const wages = wagesOf(ctx, requested, asked);
  base.wages = wages;
  if (wages) base.noWages = null;
  // Why wages can be missing: unsaid when the three figures show, for the region asked for (or one not known).
  const complete = wages !== null && !!wages.hourly.low && !!wages.hourly.median && !!wages.hourly.high && (!wages.fallback || !asked);
  base.wageGap = complete ? null : m.wageGap(fromPartialCopy(index, lmi.wageSource));
  base.wageRegions = lmi.wages.filter(hasFigures).map((r) => r[0]);
  base.facts = factsOf(ctx);
  return base;
}

/**
 * The builder's id of wages from a third party's partial copy of Job Bank's (the WageCAN
 * extract: its author dropped rows, so a missing wage may be one Job Bank publishes).
 */
const PARTIAL_COPY = 'wages-derived';

/** True when the occupation's wages, or the index's when it has none, come from the partial copy. */
export function fromPartialCopy(index: LoadedIndex, wageSource: string): boolean {
  if (wageSource) return wageSource === PARTIAL_COPY;
  const ids = new Set(index.manifest.sources.map((s) => s.id));
  return ids.has(PARTIAL_COPY) && !ids.has('wages');
}

/** What every part of the description shares. */
interface Context {
  index: LoadedIndex;
  lang: Lang;
  m: LmiWords;
  /** The occupation's title in `lang`. */
  title: string;
  lmi: NonNullable<Occupation['lmi']>;
  /** The outlook's period as shown. */
  period: string;
  outlookSource: SourceCitation | null;
}

const about = (x: number, lang: Lang) => formatCount(roundAbout(x), lang);

/**
 * The outlook, where and when first: the figures (`headline`) and how they compare in words,
 * then the official rating and, when it reads otherwise, why. The rating also weighs recent
 * conditions, so it can disagree with the projected totals shown beside it (a "moderate risk
 * of shortage" with as many seekers as openings): the sentence follows the figures, the note
 * says why the rating differs, never leaving two claims at odds.
 */
function outlookOf({ m, title, lmi, period, outlookSource }: Context, headline: string | null): LabourMarketDescription['outlook'] {
  const figures = compareFigures(lmi.openings, lmi.seekers);
  const compared = headline && figures ? `${headline} ${m.comparison(figures)}` : null;
  if (!lmi.future) {
    const sentence = compared ?? m.noRating(title, lmi.period, false);
    const note = compared ? m.noRating(title, lmi.period, true) : null;
    return { rated: false, sentence, note, explanation: m.noRatingExplanation(), period, source: outlookSource };
  }
  const label = m.conditionLabel(lmi.future);
  const recentPeriod = `${lmi.employmentYear - 2}-${lmi.employmentYear}`; // COPS recent conditions: the three years ending with the base year
  let sentence: string;
  let note: string | null = null;
  if (compared) {
    sentence = compared;
    const recent = lmi.recent ? { label: m.conditionLabel(lmi.recent), period: recentPeriod, same: lmi.recent === lmi.future } : null;
    if (figures !== lmi.future) note = m.ratingDiffers(label, recent);
  } else {
    sentence = lmi.openings === null || lmi.seekers === null ? m.outlookSentence(lmi.future, title, lmi.period) : m.ratingOnly(label, title, lmi.period);
  }
  return {
    rated: true,
    condition: lmi.future,
    label,
    sentence,
    note,
    explanation: m.outlookExplanation(lmi.future),
    period,
    recent: lmi.recent ? { condition: lmi.recent, label: m.conditionLabel(lmi.recent), sentence: m.recentSentence(lmi.recent, recentPeriod) } : null,
    source: outlookSource,
  };
}

/** Wages for `requested` (`asked`: its place, null when unknown), or the nearest region that has them (saying so); null when none has. */
function wagesOf({ index, lang, m, title, lmi }: Context, requested: string, asked: Place | null): WageReading | null {
  const chain = wageFallbackChain(requested);
  const row = pickWageRow(lmi.wages, chain);
  if (!row) return null;
  const [used, low, median, high, year] = row;
  const money = (x: number | null, cents: boolean): MoneyFigure | null => (x === null ? null : { value: x, formatted: formatMoney(x, lang, cents) });
  const yearly = (x: number | null) => (x === null ? null : Math.round((x * HOURS_PER_YEAR) / 100) * 100);
  const hourly = { low: money(low, true), median: money(median, true), high: money(high, true) };
  const yearlyFigures = {
    low: money(yearly(low), false),
    median: money(yearly(median), false),
    high: money(yearly(high), false),
  };
  const shown: Place = { code: used, name: placeOf(index, used, lang)?.name ?? used };
  // A wider region tried between the one asked for and the one shown has no figures either.
  const between = chain.indexOf(used) > 1 ? placeOf(index, chain[1]!, lang) : null;
  return {
    region: used,
    regionName: shown.name,
    requestedRegion: requested,
    fallback: used !== requested,
    notice: used !== requested ? m.wageFallback(asked, shown, between) : null,
    hourly,
    yearly: yearlyFigures,
    hoursPerYear: HOURS_PER_YEAR,
    sentence: m.wageSentence(shown, title, hourly.low?.formatted ?? null, hourly.median?.formatted ?? null, hourly.high?.formatted ?? null),
    yearlySentence: yearlyFigures.median ? m.yearlySentence(yearlyFigures.median.formatted, formatCount(HOURS_PER_YEAR, lang)) : null,
    year,
    source: citation(index, lmi.wageSource, lang),
  };
}

/** The figures there are (openings, seekers, employment, growth, retirements), each as a sentence. */
function factsOf({ lang, m, lmi, period, outlookSource }: Context): LabourMarketFact[] {
  const facts: LabourMarketFact[] = [];
  const fact = (kind: FactKind, value: number | null, sentence: (n: string) => string, factPeriod = period) => {
    if (value === null) return;
    const formatted = about(Math.abs(value), lang);
    facts.push({ kind, value, formatted, sentence: sentence(formatted), period: factPeriod, source: outlookSource });
  };
  fact('openings', lmi.openings, (n) => m.openings(lmi.period, n));
  fact('seekers', lmi.seekers, (n) => m.seekers(lmi.period, n));
  fact('employment', lmi.employment, (n) => m.employment(lmi.employmentYear, n), String(lmi.employmentYear));
  fact('growth', lmi.growth, (n) => m.growth(lmi.period, n, (lmi.growth ?? 0) < 0));
  fact('retirements', lmi.retirements, (n) => m.retirements(lmi.period, n));
  return facts;
}

/**
 * How the openings and seekers shown compare, on the rating's five-step scale: within a
 * tenth of each other is "about as many", half as many again or more is "far more".
 * Compared as shown (rounded), so the sentence agrees with the figures a person reads.
 * Null when a figure is missing, zero or negative (nothing to compare).
 */
export function compareFigures(openings: number | null, seekers: number | null): Condition | null {
  if (openings === null || seekers === null) return null;
  const jobs = roundAbout(openings);
  const people = roundAbout(seekers);
  if (jobs <= 0 || people <= 0) return null;
  const ratio = jobs / people;
  if (ratio >= 1.5) return 'strong-shortage';
  if (ratio > 1.1) return 'moderate-shortage';
  if (ratio >= 1 / 1.1) return 'balance';
  if (ratio > 1 / 1.5) return 'moderate-surplus';
  return 'strong-surplus';
}
