/**
 * Webhook delivery: each accepted inquiry is POSTed to the webhook of every institution it is
 * routed to that has one (`--webhooks-file`), until the receiver answers 2xx.
 *
 * - The debt is stored with the inquiry, before the 201 (`StoredInquiry.deliverTo`; a table
 *   row on PostgreSQL), and done only once acknowledged: a restart, a crash or a receiver
 *   down for days loses nothing. Retention, the operator's delete, or the institution's own
 *   delete end it.
 * - Back-off: 1 s after the first failure, doubling up to 1 h, for as long as it takes.
 * - At least once: a 2xx lost on the way back is followed by another delivery of the same
 *   body, so receivers use `X-Microcred-Delivery` (or the inquiry id) to skip one seen before.
 * - Body: JSON (`DELIVERY_FORMAT`), signed: `X-Microcred-Signature: sha256=<hex HMAC-SHA256 of
 *   the body's bytes with the institution's secret>`.
 *
 * Warnings name the institution and the status, never the inquiry's contents.
 */
import type { Delivery, InquiryStore } from './store.js';
import { signature, type Webhook } from './routing.js';

export const DELIVERY_FORMAT = 'mc-inquiry-delivery/1';

export interface DeliveryOptions {
  store: InquiryStore;
  webhooks: ReadonlyMap<string, Webhook>;
  /** First wait after a failure, doubled after each; default 1 s. */
  initialBackoffMs?: number;
  /** Longest wait between attempts; default 1 h. */
  maxBackoffMs?: number;
  /** How often owed deliveries are looked for (also right after each acceptance); default 5 s. */
  pollMs?: number;
  /** An attempt with no answer after this long has failed; default 10 s. */
  timeoutMs?: number;
  warn?: (message: string) => void;
  fetch?: typeof fetch;
}

/** The body POSTed for `delivery`: the inquiry as the institution's inbox lists it. */
export function deliveryBody(delivery: Delivery): string {
  const { item } = delivery;
  return JSON.stringify({
    format: DELIVERY_FORMAT,
    provider: delivery.provider,
    id: item.id,
    receivedAt: item.receivedAt,
    routedTo: item.routedTo ?? [],
    unknownProgramIds: item.unknownProgramIds ?? [],
    inquiry: item.inquiry,
  });
}

export class WebhookDelivery {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  /** The last look for owed deliveries failed (the database is down, say). */
  private unreadable = false;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Aborts attempts under way when the server stops (they stay owed). */
  private readonly stopping = new AbortController();
  private readonly warn: (message: string) => void;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: DeliveryOptions) {
    this.warn = opts.warn ?? ((m) => console.warn(m));
    this.fetch = opts.fetch ?? globalThis.fetch;
  }

  /** Start delivering what is owed (what a previous run left included). */
  start(): void {
    this.kick();
  }

  /** Look for owed deliveries now (an inquiry was just accepted). */
  kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.round()
      .then(() => {
        if (this.unreadable) this.warn('webhooks: owed deliveries can be read again');
        this.unreadable = false;
      })
      .catch((error: unknown) => {
        // Once per spell, not every poll.
        if (!this.unreadable) this.warn(`webhooks: owed deliveries could not be read, will try again (${(error as Error).message})`);
        this.unreadable = true;
      })
      .finally(() => {
        this.running = null;
        if (this.closed) return;
        if (this.again) {
          this.again = false;
          this.kick();
          return;
        }
        this.timer = setTimeout(() => this.kick(), this.opts.pollMs ?? 5_000);
        this.timer.unref?.();
      });
  }

  private async round(): Promise<void> {
    const timeout = this.opts.timeoutMs ?? 10_000;
    // Leased past the attempt's timeout: no other instance takes it meanwhile.
    const due = await this.opts.store.claimDeliveries(Date.now(), 16, timeout + 30_000);
    for (const delivery of due) {
      const attempt = this.attempt(delivery)
        .catch((error: unknown) => this.warn(`webhooks: delivery to "${delivery.provider}" not recorded, will be made again (${(error as Error).message})`))
        .finally(() => this.inFlight.delete(attempt));
      this.inFlight.add(attempt);
    }
    // The next round may start while these run; each claimed one is leased, so none twice.
    if (due.length === 16) this.again = true;
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const { store } = this.opts;
    const hook = this.opts.webhooks.get(delivery.provider);
    const { id } = delivery.item;
    if (!hook) {
      // Its webhook was taken out of the configuration: nothing to deliver to; it stays owed.
      await store.deliveryFailed(id, delivery.provider, delivery.attempts, Date.now() + (this.opts.maxBackoffMs ?? 3_600_000));
      return;
    }
    const body = deliveryBody(delivery);
    let why: string;
    const attempt = new AbortController();
    const onStop = () => attempt.abort();
    this.stopping.signal.addEventListener('abort', onStop);
    const timer = setTimeout(() => attempt.abort(new DOMException('no answer in time', 'TimeoutError')), this.opts.timeoutMs ?? 10_000);
    try {
      const res = await this.fetch(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-microcred-signature': signature(body, hook.secret),
          'x-microcred-delivery': `${id}/${encodeURIComponent(delivery.provider)}`,
          'user-agent': 'microcred-inquiry-server',
        },
        body,
        redirect: 'error',
        signal: attempt.signal,
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) {
        await store.deliveryDone(id, delivery.provider);
        return;
      }
      why = `HTTP ${res.status}`;
    } catch (error) {
      // Stopping: the next start tries again, without counting this one.
      if (this.stopping.signal.aborted) return;
      why = (error as Error).name === 'TimeoutError' ? 'no answer in time' : ((error as { cause?: { code?: string } }).cause?.code ?? 'network error');
    } finally {
      clearTimeout(timer);
      this.stopping.signal.removeEventListener('abort', onStop);
    }
    const attempts = delivery.attempts + 1;
    const wait = Math.min((this.opts.initialBackoffMs ?? 1_000) * 2 ** (attempts - 1), this.opts.maxBackoffMs ?? 3_600_000);
    this.warn(`webhooks: delivery to "${delivery.provider}" failed (${why}), attempt ${attempts}; next in ${Math.ceil(wait / 1000)} s`);
    await store.deliveryFailed(id, delivery.provider, attempts, Date.now() + wait).catch(() => undefined);
    // Not before its time: the next poll after `wait` picks it up.
    if (wait < (this.opts.pollMs ?? 5_000)) setTimeout(() => this.kick(), wait).unref?.();
  }

  /** Stop trying; what is still owed stays stored for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.stopping.abort();
    await this.running;
    await Promise.allSettled([...this.inFlight]);
  }
}
