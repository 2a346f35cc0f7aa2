/**
 * The choices mc-recommendations offers for its filters and sort (their state is in
 * filter-state.ts) and the presentation order. Ranking itself is the core's; sorting by hours or cost only
 * reorders what the core returned, strong matches first, keeping its order among equals.
 */
import type { Recommendation } from '../../core/model/index.js';
import type { ProgramFilters, programFacets } from '../../core/rank/index.js';
import type { FilterState, SortOrder } from './filter-state.js';

export { EMPTY_FILTERS, type FilterState, type SortOrder } from './filter-state.js';

const HOUR_STEPS = [10, 20, 40, 80, 160, 320, 640];
const COST_STEPS = [100, 250, 500, 1000, 2500, 5000];

/** `steps` with `chosen` (the person's own limit, from a link or another occupation) among them. */
function withChosen(steps: number[], chosen: number | null): number[] {
  return chosen == null || steps.includes(chosen) ? steps : [...steps, chosen].sort((a, b) => a - b);
}

/** Hour limits worth offering: the steps below the longest program, and the one chosen. */
export function hourChoices(maxHours: number, chosen: number | null = null): number[] {
  return withChosen(
    HOUR_STEPS.filter((step) => step < maxHours),
    chosen,
  );
}

/** Cost limits worth offering (0 = free only), below the dearest program, and the one chosen. */
export function costChoices(maxCost: number, chosen: number | null = null): number[] {
  return withChosen(maxCost > 0 ? [0, ...COST_STEPS.filter((step) => step < maxCost)] : [], chosen);
}

/** A filter of the panel, by the `FilterState` field it sets (`osapOnly` for the OSAP checkbox). */
export type FilterName = 'delivery' | 'language' | 'maxHours' | 'maxCost' | 'osapOnly' | 'provider';

/**
 * Whether the panel offers `name` for programs with `facets` (those that teach the
 * occupation): a choice between two deliveries, languages or institutions at least (not the
 * host's fixed institution), hour or cost limits below their longest and dearest; the OSAP
 * checkbox always; and any filter the person set (`state`), so it can be seen and changed: a
 * delivery set by a link leaves out the programs whose delivery is not known.
 */
export function filterShown(name: FilterName, facets: ReturnType<typeof programFacets>, fixedProvider: string | null, state: FilterState): boolean {
  if (activeFilters(state, fixedProvider).includes(name)) return true;
  if (name === 'delivery') return facets.deliveries.length >= 2;
  if (name === 'language') return facets.languages.length >= 2;
  if (name === 'maxHours') return hourChoices(facets.maxHours).length > 0;
  if (name === 'maxCost') return costChoices(facets.maxCost).length > 0;
  if (name === 'provider') return !fixedProvider && facets.providers.length >= 2;
  return true;
}

/** The filters the person set, in the panel's order (the host's fixed institution is not one). */
export function activeFilters(state: FilterState, fixedProvider: string | null): FilterName[] {
  const active: FilterName[] = [];
  if (state.delivery.length > 0) active.push('delivery');
  if (state.language.length > 0) active.push('language');
  if (state.maxHours != null) active.push('maxHours');
  if (state.maxCost != null) active.push('maxCost');
  if (state.provider && !fixedProvider) active.push('provider');
  if (state.osapOnly) active.push('osapOnly');
  return active;
}

/** How many filters narrow the list; the host's fixed `provider` is not the person's filter. */
export function activeFilterCount(state: FilterState, fixedProvider: string | null): number {
  return (
    state.delivery.length +
    state.language.length +
    (state.maxHours != null ? 1 : 0) +
    (state.maxCost != null ? 1 : 0) +
    (state.osapOnly ? 1 : 0) +
    (state.provider && !fixedProvider ? 1 : 0)
  );
}

/** The core filters for `state`; `fixedProvider` (the host's `provider`) wins. */
export function toProgramFilters(state: FilterState, fixedProvider: string | null): ProgramFilters {
  const filters: ProgramFilters = {};
  if (state.delivery.length > 0) filters.delivery = [...state.delivery];
  if (state.language.length > 0) filters.language = [...state.language];
  if (state.maxHours != null) filters.maxHours = state.maxHours;
  if (state.maxCost != null) filters.maxCost = state.maxCost;
  if (state.osapOnly) filters.osapEligible = true;
  const provider = fixedProvider || state.provider;
  if (provider) filters.provider = [provider];
  return filters;
}

/**
 * `recs` in the chosen order. 'fit' keeps the core's order (its fused ranking, measured as
 * it is). The others list the strong matches first and the rest after them, each group by
 * the figure, unknown figures last, ties keeping the core's order: a short course that only
 * uses the work's words ("EDIVET" for practical nurses, a partial match) never comes before
 * the programs that teach the work. Before the strengths are known (the quotes), one group.
 */
export function sortRecommendations(recs: readonly Recommendation[], sort: SortOrder): Recommendation[] {
  if (sort === 'fit') return [...recs];
  const value = (rec: Recommendation): number => {
    const figure = sort === 'hours' ? rec.program.hours : rec.program.costCad;
    return figure ?? Number.POSITIVE_INFINITY;
  };
  const group = (rec: Recommendation): number => (rec.strength === 'strong' ? 0 : 1);
  return recs
    .map((rec, position) => ({ rec, position, group: group(rec), key: value(rec) }))
    .sort((a, b) => a.group - b.group || a.key - b.key || a.position - b.position)
    .map((entry) => entry.rec);
}
