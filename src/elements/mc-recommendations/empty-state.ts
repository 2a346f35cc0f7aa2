/**
 * The box mc-recommendations shows in place of the list when no program shows: with the
 * person's filters, that they left none, which of them to change (those the person set, which
 * the panel always shows: "a higher maximum cost … another delivery" on a page with neither
 * was advice nobody could follow) and the way to clear them; without, the notice of what the
 * catalogue holds (few-notice.ts). The host page's `empty` slot follows either.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../shared/locale.js';
import { activeFilters, type FilterName, type FilterState } from './filters.js';

export interface EmptyStateOptions {
  t: Strings<'recommendations'>;
  /** The person's filters left no program. */
  filtered: boolean;
  filters: FilterState;
  /** The host's fixed institution: not a filter of the person's. */
  fixedProvider: string | null;
  /** Without filters: what the catalogue holds for the occupation (`fewNotice`). */
  notice: TemplateResult | null;
  onClear: () => void;
}

export function emptyState({ t, filtered, filters, fixedProvider, notice, onClear }: EmptyStateOptions): TemplateResult {
  const r = t.recommendations;
  // Named as the panel labels them.
  const label: Record<FilterName, string> = {
    delivery: r.delivery,
    language: r.language,
    maxHours: r.maxHours,
    maxCost: r.maxCost,
    osapOnly: r.osap,
    provider: r.provider,
  };
  const names = activeFilters(filters, fixedProvider).map((name) => label[name]);
  return filtered
    ? html`<div part="state" class="state">
        <p>${r.empty}</p>
        <p>${r.emptyHint(names)}</p>
        <button type="button" class="secondary" @click=${onClear}>${r.clearFilters}</button>
        <slot name="empty"></slot>
      </div>`
    : html`<div part="state notice" class="state notice">${notice}<slot name="empty"></slot></div>`;
}
