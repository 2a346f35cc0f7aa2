/**
 * What `<mc-inquiry-form>` says about its inquiry in each phase, and the outbox shared by
 * every element of a page (../shared/outbox-drain.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RetryReason } from '../../core/offline/index.js';
import type { Messages } from '../../i18n/en.js';
import { KEPT_DAYS } from './earlier-inquiries.js';

export { pageOutbox } from '../shared/outbox-drain.js';

/**
 * `config`: the page cannot send it (a redirect, CORS, its policy), tried again on the next
 * visit; `refused`: the endpoint refused it (a 4xx but 408, 409, 425, 429, or a 400/422 with
 * nothing to fix): never sent again by itself, deleted when the person leaves the form.
 */
export type Phase = 'editing' | 'sending' | 'sent' | 'queued' | 'config' | 'refused' | 'rejected' | 'discarded' | 'no-endpoint';

/** A 4xx status the outbox does not retry (it retries 408, 409, 425 and 429). */
export function isRefusal(status: number | null | undefined): status is number {
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The status box's style (`success`, `warning`, `error` or plain) and its sentences. */
export function statusView(
  t: Messages['inquiry'],
  state: { phase: Phase; reason: RetryReason; persistent: boolean; institutions: string; sent: string; httpStatus: number | null },
): { kind: string; lines: string[] } {
  switch (state.phase) {
    case 'sending':
      return { kind: '', lines: [t.sending] };
    case 'sent':
      return { kind: 'success', lines: [state.sent] };
    case 'queued': {
      // No answer (offline, or none in time), or an answer that was an error: retrying makes sense.
      const lines = [state.reason === 'network' ? t.queuedOffline : state.reason === 'timeout' ? t.queuedNoAnswer : t.queuedServer];
      lines.push(state.persistent ? t.keptFor(KEPT_DAYS) : t.queuedMemory);
      return { kind: 'warning', lines };
    }
    case 'config':
      return { kind: 'error', lines: [t.config(state.institutions), t.keptFor(KEPT_DAYS), t.configHint] };
    case 'refused':
      return { kind: 'error', lines: [t.refused(state.httpStatus), t.refusedNext(state.institutions)] };
    case 'no-endpoint':
      return { kind: 'error', lines: [t.noEndpoint] };
    case 'rejected':
      return { kind: 'error', lines: [t.rejected] };
    case 'discarded':
      return { kind: '', lines: [t.discarded] };
    case 'editing':
      return { kind: '', lines: [] };
  }
}

/**
 * The buttons under the form in each phase; `pending`: the form shows an inquiry kept on the
 * device (a refused one stays there while the person fixes it, and they may drop it).
 */
export function actionsView(
  t: Messages['inquiry'],
  phase: Phase,
  pending: boolean,
  on: { another(): void; sendNow(): void; discard(): void; refused(): TemplateResult },
): TemplateResult {
  switch (phase) {
    case 'sent':
      return html`<button type="button" class="secondary" @click=${on.another}>${t.another}</button>`;
    case 'refused':
      return on.refused();
    case 'queued':
    case 'config':
      return html`<button type="button" @click=${on.sendNow}>${t.sendNow}</button>
        <button type="button" class="secondary" @click=${on.discard}>${t.discard}</button>`;
    default: {
      const discard = pending && (phase === 'editing' || phase === 'rejected');
      return html`<button type="submit" part="submit" aria-disabled=${phase === 'sending' ? 'true' : 'false'}>${phase === 'sending' ? t.sending : t.submit}</button>
        ${discard ? html`<button type="button" class="secondary" @click=${on.discard}>${t.discard}</button>` : nothing}`;
    }
  }
}
