/**
 * What `<mc-inquiry-form>` says about its inquiry in each phase, and the outbox shared by
 * every form on a page.
 */
import { Outbox, type RetryReason } from '../../core/offline/index.js';
import type { Messages } from '../../i18n/en.js';
import { KEPT_DAYS } from './earlier-inquiries.js';

export type Phase = 'editing' | 'sending' | 'sent' | 'queued' | 'config' | 'rejected' | 'discarded' | 'no-endpoint';

let sharedOutbox: Promise<Outbox> | null = null;

/** One outbox per page, started on first use so inquiries queued on an earlier visit go out. */
export function pageOutbox(): Promise<Outbox> {
  sharedOutbox ??= Outbox.open().then((outbox) => {
    outbox.start();
    return outbox;
  });
  return sharedOutbox;
}

/** The status box's style (`success`, `warning`, `error` or plain) and its sentences. */
export function statusView(
  t: Messages['inquiry'],
  state: { phase: Phase; reason: RetryReason; persistent: boolean; institutions: string; sent: string },
): { kind: string; lines: string[] } {
  switch (state.phase) {
    case 'sending':
      return { kind: '', lines: [t.sending] };
    case 'sent':
      return { kind: 'success', lines: [state.sent] };
    case 'queued': {
      const lines = [state.reason === 'network' ? t.queuedOffline : t.queuedServer];
      lines.push(state.persistent ? t.keptFor(KEPT_DAYS) : t.queuedMemory);
      return { kind: 'warning', lines };
    }
    case 'config':
      return { kind: 'error', lines: [t.config(state.institutions), t.keptFor(KEPT_DAYS), t.configHint] };
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
