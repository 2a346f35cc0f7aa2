/**
 * The filter and sort state of mc-recommendations and its empty value, apart from the
 * choices and sorting in filters.ts: the portal keeps the state (in its link too) from its
 * first render, when the recommendations' code has not loaded.
 */
import type { Delivery, ProgramLanguage } from '../../core/index-format/index.js';

export type SortOrder = 'fit' | 'hours' | 'cost';

export interface FilterState {
  delivery: Delivery[];
  language: ProgramLanguage[];
  /** null: any. */
  maxHours: number | null;
  /** null: any; 0: free only. */
  maxCost: number | null;
  osapOnly: boolean;
  /** '' : all institutions. */
  provider: string;
  sort: SortOrder;
}

export const EMPTY_FILTERS: FilterState = {
  delivery: [],
  language: [],
  maxHours: null,
  maxCost: null,
  osapOnly: false,
  provider: '',
  sort: 'fit',
};
