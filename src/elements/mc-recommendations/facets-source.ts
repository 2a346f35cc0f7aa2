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

  /** The facets of `choice` over `index`, worked out once per choice. */
  of(index: LoadedIndex, choice: FacetsChoice): Facets {
    const core = coreChoice(choice);
    const key = JSON.stringify(core);
    if (this.kept?.index !== index || this.kept.key !== key) this.kept = { index, key, value: programFacets(index, core) };
    return this.kept.value;
  }
}
