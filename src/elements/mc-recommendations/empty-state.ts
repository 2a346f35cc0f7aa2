/**
 * The box mc-recommendations shows in place of the list when no program shows: with the
 * person's filters, that they left none and the way to clear them; without, the notice of
 * what the catalogue holds (few-notice.ts). The host page's `empty` slot follows either.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../shared/locale.js';

export interface EmptyStateOptions {
  t: Strings<'recommendations'>;
  /** The person's filters left no program. */
  filtered: boolean;
  /** Without filters: what the catalogue holds for the occupation (`fewNotice`). */
  notice: TemplateResult | null;
  onClear: () => void;
}

export function emptyState({ t, filtered, notice, onClear }: EmptyStateOptions): TemplateResult {
  const r = t.recommendations;
  return filtered
    ? html`<div part="state" class="state">
        <p>${r.empty}</p>
        <p>${r.emptyHint}</p>
        <button type="button" class="secondary" @click=${onClear}>${r.clearFilters}</button>
        <slot name="empty"></slot>
      </div>`
    : html`<div part="state notice" class="state notice">${notice}<slot name="empty"></slot></div>`;
}
