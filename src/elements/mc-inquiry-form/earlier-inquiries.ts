/**
 * Inquiries from an earlier visit that the endpoint refused (a 400/422 to fix, another 4xx),
 * which `<mc-inquiry-form>` lists one by one to open or discard. Those the outbox still sends
 * by itself are told of by the notice every sending element shows (../shared/outbox-status.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { draftFromPayload, type InquiryDraft, type InquiryVariant } from '../../core/inquiry/index.js';
import { OUTBOX_MAX_AGE_MS, waitsForPerson, type OutboxItem } from '../../core/offline/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { dateFormat } from '../shared/locale.js';

/** A refused inquiry waiting on the device for the person. */
export interface WaitingInquiry {
  id: string;
  createdAt: number;
  /** `invalid`: entries to fix; `config`: the endpoint refused it (a 4xx status). */
  state: 'invalid' | 'config';
}

export interface EarlierInquiries {
  /** Refused, newest first. */
  waiting: WaitingInquiry[];
}

/** Days an undelivered inquiry stays on the device, as told to the person. */
export const KEPT_DAYS = Math.round(OUTBOX_MAX_AGE_MS / 86_400_000);

function variantOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { variant?: string }).variant;
  } catch {
    return undefined;
  }
}

/** The earlier inquiries for this endpoint and variant, leaving out the one the form shows. */
export function sortEarlier(items: readonly OutboxItem[], form: { endpoint: string; variant: InquiryVariant; pendingId: string | null }): EarlierInquiries {
  const earlier: EarlierInquiries = { waiting: [] };
  for (const item of items) {
    if (item.id === form.pendingId || item.endpoint !== form.endpoint) continue;
    if (waitsForPerson(item) && variantOf(item.body) === form.variant) {
      earlier.waiting.push({ id: item.id, createdAt: item.createdAt, state: item.state as WaitingInquiry['state'] });
    }
  }
  earlier.waiting.sort((a, b) => b.createdAt - a.createdAt);
  return earlier;
}

/** A refused earlier inquiry of `variant` as it was typed; null when it is gone, not ours, or of the other variant. */
export function restoreEarlier(items: readonly OutboxItem[], id: string, variant: InquiryVariant): { item: OutboxItem; draft: InquiryDraft } | null {
  const item = items.find((i) => i.id === id);
  try {
    const restored = item ? draftFromPayload(JSON.parse(item.body)) : null;
    return item && restored?.variant === variant ? { item, draft: restored.draft } : null;
  } catch {
    // Not our JSON: nothing to show.
    return null;
  }
}

/** The notice and its buttons; nothing when no earlier inquiry was refused. */
export function earlierView(
  t: Messages['inquiry'],
  lang: Lang,
  uid: string,
  earlier: EarlierInquiries,
  on: { open(id: string): void; discard(id: string): void },
): TemplateResult | typeof nothing {
  if (earlier.waiting.length === 0) return nothing;
  const date = dateFormat(lang, { dateStyle: 'long' });
  return html`<div class="status warning" part="status earlier refused">
    ${earlier.waiting.map((w) => {
      const id = `${uid}-earlier-${w.id}`;
      return html`<p id=${id}>${t.refusedEarlier(date.format(w.createdAt), w.state === 'invalid')}</p>
        <div class="actions">
          <button type="button" aria-describedby=${id} @click=${() => on.open(w.id)}>${w.state === 'invalid' ? t.openToFix : t.openRefused}</button>
          <button type="button" class="secondary" aria-describedby=${id} @click=${() => on.discard(w.id)}>${t.discardOne}</button>
        </div>`;
    })}
    <p>${t.keptFor(KEPT_DAYS)}</p>
  </div>`;
}
