/**
 * The plan above mc-recommendations' list, and the recommendations it is worked out from:
 * the ranking's own order for the chosen occupation (with the current one, region, the
 * host's institution and the language), without the filters and sort the person chose for
 * the list, so the suggested pathway is the same whatever the list shows. With none of the
 * person's filters they are the list's own, before its sort; with some, ranked once more
 * without them (in slices with a new choice, at once otherwise), and kept for the choice
 * while the filters change.
 */
import type { LoadedIndex, Recommendation } from '../../core/model/index.js';
import { pathway, recommend, recommendInSlices, skillGap, type Pathway, type RecommendOptions, type SkillGap } from '../../core/rank/index.js';
import { hasQuotes } from '../../core/load/index.js';
import { EMPTY_FILTERS, activeFilterCount, toProgramFilters, type FilterState } from './filters.js';

/** What the list shows: its ranking's options, and the person's filters and the host's institution. */
export interface PlanChoice {
  options: RecommendOptions;
  filters: FilterState;
  provider: string | null;
}

export interface Plan {
  gap: SkillGap;
  pathway: Pathway;
}

/** The list's options without the person's filters (the host's institution stays). */
function planOptions({ options, provider }: PlanChoice): RecommendOptions {
  return { ...options, filters: toProgramFilters(EMPTY_FILTERS, provider) };
}

const filtered = (choice: PlanChoice): boolean => activeFilterCount(choice.filters, choice.provider) > 0;

export class PlanSource {
  /** The recommendations for a choice, and the plan once worked out from them (filters and sort change neither). */
  private kept: { key: string; index: LoadedIndex; recs: readonly Recommendation[]; plan?: Plan } | null = null;

  /** Strengths come with the quotes: a ranking before them is not the one after. */
  private key(index: LoadedIndex, options: RecommendOptions): string {
    return `${JSON.stringify(options)}|${hasQuotes(index, options.occupation)}`;
  }

  private has(index: LoadedIndex, key: string): boolean {
    return this.kept !== null && this.kept.index === index && this.kept.key === key;
  }

  /** The list's recommendations, in the ranking's order: kept when none of the person's filters narrowed them. */
  offer(index: LoadedIndex, choice: PlanChoice, recs: readonly Recommendation[]): void {
    if (!filtered(choice)) this.kept = { key: this.key(index, planOptions(choice)), index, recs };
  }

  /** With the person's filters, ranks the plan's recommendations in slices, unless known. */
  async prepare(index: LoadedIndex, choice: PlanChoice, signal?: AbortSignal): Promise<void> {
    const options = planOptions(choice);
    const key = this.key(index, options);
    if (!filtered(choice) || this.has(index, key)) return;
    const recs = await recommendInSlices(index, options, { signal });
    this.kept = { key, index, recs };
  }

  /** The plan for `choice` (from the recommendations kept, else ranked now). */
  plan(index: LoadedIndex, choice: PlanChoice): Plan {
    const options = planOptions(choice);
    const key = this.key(index, options);
    if (!this.has(index, key)) this.kept = { key, index, recs: recommend(index, options) };
    const kept = this.kept!;
    if (!kept.plan) {
      const gap = skillGap(index, { occupation: options.occupation, from: options.from ?? null, lang: options.lang ?? 'en' });
      kept.plan = { gap, pathway: pathway(kept.recs, gap) };
    }
    return kept.plan;
  }
}
