/**
 * The key of one ranking of mc-recommendations: everything its results depend on. A new key
 * for the same choice (only the filters, sort or region differ) re-ranks at once; any other
 * waits for a ranking in later tasks (see `resultsOrLater`).
 */
import type { FilterState } from './filters.js';

/** `provider`: the institution's name as the index has it (not as the page wrote it). */
export function resultsKey(
  occupation: string | null,
  from: string | null,
  region: string | null,
  provider: string | null,
  filters: FilterState,
  lang: string,
): string {
  return JSON.stringify([occupation, from, region, provider, filters, lang]);
}

/**
 * Same occupation, from, provider and language: keys differ only in filters, sort or region.
 * A region is a filter too (programs offered there or everywhere), and a host changes it as
 * the person arrows through a region select (mc-portal, for wages): re-ranked at once, the
 * programs stay on screen, with no "Loading programs…" said for each region passed.
 */
export function sameChoice(a: string, b: string): boolean {
  const [ao, af, , ap, , al] = JSON.parse(a) as unknown[];
  const [bo, bf, , bp, , bl] = JSON.parse(b) as unknown[];
  return ao === bo && af === bf && ap === bp && al === bl;
}
