/**
 * The choices mc-recommendations' filters offer: the values of the programs that teach the
 * chosen occupation, in the region and of the host's institution, not the person's own
 * filters, which the panel offers to change (`programFacets`). Over the whole catalogue, a
 * list of three programs offered some four hundred institutions.
 */
import type { LoadedIndex } from '../../core/model/index.js';
import { programFacets, type Facets, type ProgramFilters } from '../../core/rank/index.js';
import { EMPTY_FILTERS, toProgramFilters } from './filters.js';

export type { Facets };

/** What the filters can narrow, for the element's occupation, host institution and region. */
export interface FacetsChoice {
  occupation: string;
  provider: string | null;
  region: string | null;
}

function coreChoice({ occupation, provider, region }: FacetsChoice): { occupation: string; filters: ProgramFilters } {
  return { occupation, filters: { ...toProgramFilters(EMPTY_FILTERS, provider), ...(region ? { region } : {}) } };
}

export class FacetsSource {
  private kept: { index: LoadedIndex; key: string; value: Facets } | null = null;

  /** Whether the facets of `choice` over `index` are worked out. */
  has(index: LoadedIndex, choice: FacetsChoice): boolean {
    return this.kept !== null && this.kept.index === index && this.kept.key === JSON.stringify(coreChoice(choice));
  }

  /** The facets of `choice` over `index`, worked out once per choice. */
  of(index: LoadedIndex, choice: FacetsChoice): Facets {
    if (!this.has(index, choice)) {
      const core = coreChoice(choice);
      this.kept = { index, key: JSON.stringify(core), value: programFacets(index, core) };
    }
    return this.kept!.value;
  }

  /** Forgets them: worked out again when next asked for. */
  clear(): void {
    this.kept = null;
  }
}
