/**
 * The key of one ranking of mc-recommendations: everything its results depend on. A new key
 * for the same choice (only the filters or sort differ) re-ranks at once; any other waits
 * for a ranking in later tasks (see `resultsOrLater`).
 */
import type { FilterState } from './filters.js';

export interface ResultsChoice {
  occupation: string | null;
  from: string | null;
  region: string | null;
  provider: string | null;
  filters: FilterState;
  lang: string;
}

export function resultsKey(c: ResultsChoice): string {
  return JSON.stringify([c.occupation, c.from, c.region, c.provider, c.filters, c.lang]);
}

/** Same occupation, from, region, provider and language: keys differ only in filters or sort. */
export function sameChoice(a: string, b: string): boolean {
  const [ao, af, ar, ap, , al] = JSON.parse(a) as unknown[];
  const [bo, bf, br, bp, , bl] = JSON.parse(b) as unknown[];
  return ao === bo && af === bf && ar === br && ap === bp && al === bl;
}
