/**
 * What a person typed in an inquiry form, kept in this page's memory while the form is gone:
 * an element that hosts the form (the skill finder's review step, the portal's dialog) drops
 * it when the person steps back or the language changes, and the form it makes next starts
 * from here. Never on the device: a reload, or leaving the page, forgets it. A sent inquiry's
 * receipt is kept the same way, until the person starts another inquiry.
 *
 * One entry per variant and endpoint: forms asking the same service share what was typed, so
 * a person who asks about another program keeps their name and address.
 */
import type { InquiryDraft, InquiryVariant } from '../../core/inquiry/index.js';
import type { Phase } from './form-status.js';
import { sameIds, type Receipt } from './receipt.js';

export interface KeptDraft {
  draft: InquiryDraft;
  /** The recipients (`Recipients.key`) the consent was ticked for; null when it is not ticked. */
  consentFor: string | null;
  /** The last inquiry sent from such a form, shown until the person starts another. */
  receipt: Receipt | null;
}

const kept = new Map<string, KeptDraft>();

/** The entry of a form: its variant and its endpoint, resolved against the page. */
export function draftKey(variant: InquiryVariant, endpoint: string, base: string): string {
  try {
    return `${variant} ${new URL(endpoint, base).href}`;
  } catch {
    return `${variant} ${endpoint}`;
  }
}

export function keptDraft(key: string): KeptDraft | undefined {
  return kept.get(key);
}

/** Keeps `value` under `key`; null forgets it. */
export function keepDraft(key: string, value: KeptDraft | null): void {
  if (value) kept.set(key, value);
  else kept.delete(key);
}

/** Forgets every kept draft and receipt (tests; a host has no need: leaving the page does it). */
export function forgetDrafts(): void {
  kept.clear();
}

/** What a form shows, as it is kept for the next form of its kind. */
export interface DraftState {
  phase: Phase;
  draft: InquiryDraft;
  receipt: Receipt | null;
}

/**
 * One form's link to the kept drafts, and its consent: which recipients (`Recipients.key`)
 * it was ticked for, so that a consent given for others is cleared, and the person told why.
 */
export class DraftKeeper {
  /** The recipients the consent was ticked for; null when it is not ticked. */
  consentFor: string | null = null;
  /** The consent was cleared because the recipients changed. */
  reset = false;
  private key = '';

  /** The person ticked (or unticked) the consent, for `recipients`. */
  ticked(on: boolean, recipients: string): void {
    this.consentFor = on ? recipients : null;
    this.reset = false;
  }

  /**
   * What a new form (or one given a new endpoint) takes up: the draft the last form of its kind
   * kept, or its receipt while it is about the same programs. Null when there is none, when the
   * key did not change, or when this form is not `empty`.
   */
  takeUp(key: string, programIds: readonly string[], empty: boolean): KeptDraft | null {
    if (key === this.key) return null;
    this.key = key;
    const k = empty ? kept.get(key) : undefined;
    if (!k || (k.receipt && !sameIds(k.receipt.programs, programIds))) return null;
    this.consentFor = k.consentFor;
    return k;
  }

  /** `draft`, its consent cleared when it was ticked for other recipients than `recipients`. */
  check(draft: InquiryDraft, recipients: string): InquiryDraft {
    if (draft.consent !== 'true' || this.consentFor === recipients) return draft;
    // Ticked before this form knew for whom (an inquiry reopened from the outbox): for these.
    if (this.consentFor === null) {
      this.consentFor = recipients;
      return draft;
    }
    this.consentFor = null;
    this.reset = true;
    return { ...draft, consent: 'false' };
  }

  /**
   * Keeps what the form shows for the next form of its kind: its receipt once sent, nothing
   * while the outbox holds the inquiry (sending, queued, or refused by the endpoint), else the draft.
   */
  keep(s: DraftState): void {
    if (s.phase === 'sent') keepDraft(this.key, s.receipt ? { draft: {}, consentFor: null, receipt: s.receipt } : null);
    else if (s.phase === 'queued' || s.phase === 'config' || s.phase === 'sending') keepDraft(this.key, null);
    else keepDraft(this.key, Object.keys(s.draft).length > 0 ? { draft: s.draft, consentFor: this.consentFor, receipt: null } : null);
  }

  /**
   * Before each render of a form showing `s`: what it shows now. A new form takes up what was
   * kept (`takeUp`), a consent ticked for other recipients is cleared (`check`), and what the
   * form shows is kept for the next one (`keep`).
   */
  sync(s: DraftState, at: { key: string; recipients: string; programIds: readonly string[] }): DraftState {
    const empty = s.phase === 'editing' && Object.keys(s.draft).length === 0;
    const kept = this.takeUp(at.key, at.programIds, empty);
    const shown: DraftState = kept ? { draft: kept.draft, phase: kept.receipt ? 'sent' : 'editing', receipt: kept.receipt } : s;
    const now = { ...shown, draft: this.check(shown.draft, at.recipients) };
    this.keep(now);
    return now;
  }

  /** Drops what is kept, and the consent (the form starts another inquiry). */
  forget(): void {
    keepDraft(this.key, null);
    this.consentFor = null;
    this.reset = false;
  }
}
