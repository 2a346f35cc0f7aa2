/**
 * The page's outbox, and what it is doing with the inquiries saved on this device for the
 * endpoints the page's elements hold: as soon as one of them is connected and the browser is
 * online, those inquiries are sent (under their Idempotency-Key, one tab at a time: the
 * outbox's Web Locks or leases), and each element that holds the endpoint can say which are
 * being sent, were sent, wait, or were refused (outbox-notice.ts). Without this, an inquiry
 * saved offline went out only once the person opened the form again.
 */
import { Outbox, waitsForPerson, type OutboxChangeEvent, type OutboxItem, type SendResult } from '../../core/offline/index.js';
import { heldEndpoints, isHeld, outboxOnDevice } from './held-endpoints.js';

let shared: Promise<Outbox> | null = null;

/** One outbox per page, started on first use; its flushes send only to the endpoints held on the page. */
export function pageOutbox(): Promise<Outbox> {
  shared ??= Outbox.open().then((outbox) => {
    outbox.start({ only: (item) => isHeld(item.endpoint) });
    if (outbox.persistent) outboxOnDevice();
    return outbox;
  });
  return shared;
}

/** Why a saved inquiry is not sent yet. */
export type WaitReason = 'offline' | 'no-answer' | 'server' | 'setup';

/** A saved inquiry as the notice tells of it; nothing personal but `message`, kept in memory for "Copy your message". */
export interface DrainEntry {
  id: string;
  endpoint: string;
  createdAt: number;
  programIds: string[];
  state: 'waiting' | 'sending' | 'sent' | 'refused' | 'removed';
  why?: WaitReason;
  sentAt?: number;
  /** Refused: its HTTP status (null: not known), and whether entries must be fixed. */
  httpStatus?: number | null;
  fix?: boolean;
  message?: string;
}

/** After a `busy` answer (another tab is sending it), look again once that tab's lease has run out. */
const RECHECK_MS = 25_000;

function messageOf(item: OutboxItem): string {
  try {
    const message = (JSON.parse(item.body) as { message?: unknown }).message;
    return typeof message === 'string' ? message : '';
  } catch {
    return '';
  }
}

function whyOf(result: Extract<SendResult, { status: 'queued' }>): WaitReason {
  if (result.reason === 'network') return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'no-answer';
  return result.reason === 'timeout' ? 'no-answer' : 'server';
}

/**
 * What one outbox is doing with the saved inquiries of the held endpoints; fires `change`
 * when an entry changes. One per outbox (`drainOf`).
 */
export class Drain extends EventTarget {
  readonly entries = new Map<string, DrainEntry>();
  private readonly told = new Set<string>();

  constructor(readonly outbox: Outbox) {
    super();
    outbox.addEventListener('change', (event) => void this.onResult((event as OutboxChangeEvent).result));
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => {
        for (const endpoint of heldEndpoints()) void this.drain(endpoint);
      });
      // Leaving the page is leaving the notice: a refusal the person was shown goes with it.
      window.addEventListener('pagehide', () => void this.forgetTold());
    }
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  private track(item: OutboxItem, state: DrainEntry['state'], why?: WaitReason): DrainEntry {
    const entry: DrainEntry = {
      ...this.entries.get(item.id),
      id: item.id,
      endpoint: item.endpoint,
      createdAt: item.createdAt,
      programIds: item.programIds,
      state,
      why,
    };
    if (waitsForPerson(item))
      Object.assign(entry, { state: 'refused', httpStatus: item.httpStatus ?? null, fix: (item.fieldErrors ?? []).length > 0, message: messageOf(item) });
    this.entries.set(item.id, entry);
    return entry;
  }

  /** Send the saved inquiries to `endpoint` now, when the browser is online; either way, say where each stands. */
  async drain(endpoint: string): Promise<void> {
    const online = typeof navigator === 'undefined' || navigator.onLine !== false;
    const items = (await this.outbox.list()).filter((item) => item.endpoint === endpoint);
    for (const item of items) {
      const known = this.entries.get(item.id);
      if (known?.state === 'sending' || (known?.state === 'refused' && waitsForPerson(item))) continue;
      this.track(item, online ? 'sending' : 'waiting', online ? undefined : 'offline');
    }
    this.changed();
    if (!online || items.length === 0) return;
    const results = await this.outbox.flush(true, (item) => item.endpoint === endpoint);
    // Another tab sends it: it says so if it delivers it; otherwise it is waiting again.
    if (results.some((r) => r.status === 'busy')) setTimeout(() => void this.recheck(), RECHECK_MS);
  }

  private async recheck(): Promise<void> {
    const items = new Map((await this.outbox.list()).map((item) => [item.id, item]));
    for (const entry of this.entries.values()) {
      const item = items.get(entry.id);
      if (entry.state === 'sending' && item) this.track(item, 'waiting', 'no-answer');
    }
    this.changed();
  }

  private async onResult(result: SendResult): Promise<void> {
    const entry = this.entries.get(result.id);
    if (result.status === 'busy') return;
    if (result.status === 'sent' || result.status === 'gone') {
      if (!entry) return;
      if (result.status === 'sent') Object.assign(entry, { state: 'sent', sentAt: Date.now(), message: undefined });
      // Discarded or expired elsewhere: nothing to say of it.
      else if (entry.state !== 'removed') this.entries.delete(result.id);
      this.changed();
      return;
    }
    // Queued, refused or blocked by setup: the item is still on the device.
    const item = (await this.outbox.list()).find((i) => i.id === result.id);
    if (!item || (!entry && !isHeld(item.endpoint))) return;
    const why = result.status === 'queued' ? whyOf(result) : 'setup';
    this.track(item, 'waiting', why);
    this.changed();
  }

  /** The person was shown that `id` was refused: it is deleted when they leave (`forgetTold`). */
  markTold(id: string): void {
    if (this.told.has(id)) return;
    this.told.add(id);
    void this.outbox.told(id);
  }

  /** Delete the refused inquiries the person was shown, of `endpoint` or all. */
  async forgetTold(endpoint?: string): Promise<void> {
    for (const id of [...this.told]) {
      const entry = this.entries.get(id);
      if (endpoint !== undefined && entry?.endpoint !== endpoint) continue;
      this.told.delete(id);
      await this.remove(id, false);
    }
  }

  /** Delete a saved inquiry now (the person chose to); `say`: tell them it was deleted. */
  async remove(id: string, say = true): Promise<void> {
    const entry = this.entries.get(id);
    // Before the outbox's `gone`, which drops an entry not marked removed.
    if (entry && say) Object.assign(entry, { state: 'removed', message: undefined });
    else this.entries.delete(id);
    await this.outbox.discard(id);
    this.changed();
  }
}

const drains = new WeakMap<Outbox, Drain>();

/** The drain of `outbox`, made on first use. */
export function drainOf(outbox: Outbox): Drain {
  let drain = drains.get(outbox);
  if (!drain) {
    drain = new Drain(outbox);
    drains.set(outbox, drain);
  }
  return drain;
}
