/**
 * The inquiry outbox: an inquiry is stored on the device before the first attempt to send
 * it, keeps one Idempotency-Key for life, and is retried until the endpoint confirms it,
 * across timeouts, offline spells, reloads and tabs. Once delivered, it is deleted.
 *
 * Answers are sorted into what a person can act on: delivered; will retry by itself
 * (no answer: network, timeout; a server error: 5xx, 408, 409, 425, 429, honouring
 * Retry-After); needs an edit (400/422, with field errors); refused (any other 4xx: 401, 403,
 * 404, 413...); or the site is set up wrong (a redirect, CORS, or this page's
 * Content-Security-Policy not listing the endpoint in `connect-src`), said plainly. An
 * inquiry the endpoint refused (a 4xx other than 408, 409, 425, 429) is never sent again by
 * itself: it waits, with what to fix, for the person to edit, resend or discard it, and once
 * they were told (`told`) it is deleted by the next outbox to open.
 *
 * Nothing personal stays on the device longer than `OUTBOX_MAX_AGE_MS` (14 days) after it
 * was written: an inquiry still here by then is deleted, whatever its state, and never sent
 * (the reference server remembers keys for 30 days, so a late retry is never stored twice).
 */
import type { FieldError } from '../inquiry/index.js';
import { blockedBy, watchPolicyViolations, type IndexedDBFactory } from '../load/index.js';
import { openOutboxStore, waitsForPerson, type OutboxItem, type OutboxStore } from './outbox-store.js';

export type { OutboxItem, OutboxState, OutboxStore } from './outbox-store.js';
export { MemoryOutboxStore, waitsForPerson } from './outbox-store.js';

/**
 * Why a queued inquiry will be tried again: no network, no answer in time, a server error or a
 * status worth retrying (408, 409, 425), or too many requests (429).
 */
export type RetryReason = 'network' | 'timeout' | 'server' | 'rate-limited';

/**
 * Why the endpoint cannot take inquiries from this page: an HTTP status that will not change
 * by retrying (401, 403, 404, ...), a redirect, the endpoint's CORS headers, or this page's
 * Content-Security-Policy (`csp`: `connect-src` does not list the endpoint).
 */
export type SetupProblem = 'status' | 'redirect' | 'cors' | 'csp';

/**
 * What the outbox asks of the Web Locks API (`navigator.locks`, a `LockManager`), typed by its
 * shape for the reason `IndexedDBFactory` is: no DOM library needed to compile against it.
 */
export interface OutboxLocks {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: object | null) => T | Promise<T>): Promise<T>;
}

/** How long an undelivered inquiry may stay on the device, from when it was written. */
export const OUTBOX_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * What an attempt to send one inquiry came to (`Outbox.submit`, `send`, `flush`, and the
 * `change` event).
 */
export type SendResult =
  | { status: 'sent'; id: string; receipt: unknown }
  | { status: 'queued'; id: string; reason: RetryReason; retryAt: number }
  | { status: 'invalid'; id: string; fieldErrors: FieldError[] }
  | { status: 'config'; id: string; httpStatus: number | null; problem: SetupProblem }
  /** Another tab or instance is sending it right now. */
  | { status: 'busy'; id: string }
  /** Not in the outbox (delivered or discarded elsewhere). */
  | { status: 'gone'; id: string };

/** Which inquiries a flush may send, e.g. those to the endpoints the page's elements hold. */
export type OutboxFilter = (item: OutboxItem) => boolean;

/** Options of `Outbox.open`; every one has a default. */
export interface OutboxOptions {
  fetch?: typeof fetch;
  /** IndexedDB factory; `null` forces the in-memory outbox. Default: the global one. */
  indexedDB?: IndexedDBFactory | null;
  /** Database name; default `microcred-outbox`. */
  dbName?: string;
  /** Give up on one attempt after this long; default 15 s. */
  timeoutMs?: number;
  /** Full-jitter exponential backoff: `random() * min(capMs, baseMs * 2^attempts)`. */
  backoff?: { baseMs: number; capMs: number };
  /** Web Locks; `null` uses leases in the store instead. Default: `navigator.locks`. */
  locks?: OutboxLocks | null;
  /** How often to look for due inquiries while started; default 30 s. */
  pollMs?: number;
  /** Delete undelivered inquiries this long after they were written; default `OUTBOX_MAX_AGE_MS`. */
  maxAgeMs?: number;
  now?: () => number;
  random?: () => number;
}

/** Fired on the outbox when an inquiry's fate changes, e.g. a queued one was delivered. */
export class OutboxChangeEvent extends Event {
  constructor(readonly result: SendResult) {
    super('change');
  }
}

const CHANNEL = 'microcred-outbox';

/** A random UUID v4; `crypto.randomUUID` exists only on https pages, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function retryAfterMs(header: string | null, now: number): number {
  if (!header) return 0;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

async function fieldErrorsOf(response: Response): Promise<FieldError[]> {
  try {
    const body = (await response.json()) as { fields?: unknown };
    if (Array.isArray(body.fields)) {
      return body.fields.filter((f): f is FieldError => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.code === 'string');
    }
  } catch {
    // A 400/422 without our JSON shape: no field to point at.
  }
  return [];
}

/**
 * The inquiry outbox of one page (see the top of this module). Opened with `Outbox.open()`;
 * fires a `change` event (`OutboxChangeEvent`, its `SendResult`) after each attempt to send.
 */
export class Outbox extends EventTarget {
  private readonly owner = newIdempotencyKey();
  private readonly fetch: typeof fetch;
  /**
   * The `no-cors` request that tells a CORS refusal (the server answers it) from the network,
   * through the outbox's fetch and never for long.
   */
  private readonly probe: typeof fetch = (input, init) => this.fetch(input, { ...init, signal: AbortSignal.timeout(5000) });
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly locks: OutboxLocks | null;
  private readonly inFlight = new Map<string, AbortController>();
  private readonly telling = new Map<string, Promise<void>>();
  private readonly stops: Array<() => void> = [];
  private channel: BroadcastChannel | null = null;
  private wake: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private only: OutboxFilter | null = null;

  private constructor(
    private readonly store: OutboxStore,
    private readonly opts: OutboxOptions,
  ) {
    super();
    this.fetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = opts.now ?? Date.now;
    this.random = opts.random ?? Math.random;
    const nav = typeof navigator !== 'undefined' ? navigator : undefined;
    this.locks = opts.locks !== undefined ? opts.locks : (nav?.locks ?? null);
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`${CHANNEL}:${opts.dbName ?? 'default'}`);
      this.channel.onmessage = (e: MessageEvent<SendResult>) => this.dispatchEvent(new OutboxChangeEvent(e.data));
    }
  }

  /** Open the outbox over the device store (memory when IndexedDB cannot be used). */
  static async open(opts: OutboxOptions = {}): Promise<Outbox> {
    const store = await openOutboxStore({ name: opts.dbName, indexedDB: opts.indexedDB });
    const outbox = new Outbox(store, opts);
    for (const item of await outbox.items()) {
      // The person was told on an earlier page that it cannot be sent, and left it.
      if (item.toldAt !== undefined && waitsForPerson(item)) await outbox.expire(item.id);
    }
    return outbox;
  }

  /** False when inquiries live only as long as this page (no usable IndexedDB). */
  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * Keep `payload` on the device, then try to send it once. `id` reuses the key of an
   * earlier submission of the same inquiry (after an edit for a 400/422).
   */
  async submit<P extends { programIds: readonly string[] }>(endpoint: string, payload: P, id?: string): Promise<SendResult> {
    let earlier = id ? await this.store.get(id) : undefined;
    if (earlier && this.expired(earlier)) {
      // Past its time on the device: the edit goes out as a new inquiry.
      await this.expire(earlier.id);
      earlier = undefined;
    }
    const key = earlier?.id ?? newIdempotencyKey();
    const item: OutboxItem = {
      id: key,
      endpoint,
      body: JSON.stringify(payload),
      programIds: [...payload.programIds],
      createdAt: earlier?.createdAt ?? this.now(),
      attempts: earlier?.attempts ?? 0,
      nextAttemptAt: this.now(),
      state: 'pending',
      leaseOwner: earlier?.leaseOwner ?? null,
      leaseUntil: earlier?.leaseUntil ?? 0,
    };
    await this.store.put(item);
    return this.send(key);
  }

  /** Inquiries still on the device (queued, waiting for an edit, or blocked by setup). */
  list(): Promise<OutboxItem[]> {
    return this.items();
  }

  private expired(item: OutboxItem): boolean {
    return this.now() - item.createdAt > (this.opts.maxAgeMs ?? OUTBOX_MAX_AGE_MS);
  }

  /** Every item on the device, once those past their time are deleted. */
  private async items(): Promise<OutboxItem[]> {
    const kept: OutboxItem[] = [];
    for (const item of await this.store.all()) {
      if (!this.expired(item)) kept.push(item);
      else await this.expire(item.id);
    }
    return kept;
  }

  private async expire(id: string): Promise<void> {
    // A `told` under way would write the item back after the delete.
    await this.telling.get(id)?.catch(() => undefined);
    this.inFlight.get(id)?.abort();
    await this.store.delete(id);
    this.announce({ status: 'gone', id });
  }

  /** Tried again without the person: due pending ones, and on `force` setup problems too. */
  private retriesItself(item: OutboxItem, force: boolean): boolean {
    if (item.state === 'pending') return force || this.dueAt(item) <= this.now();
    return force && !waitsForPerson(item);
  }

  /** The person gave up on an inquiry: forget it and its personal data. */
  discard(id: string): Promise<void> {
    return this.expire(id);
  }

  /**
   * The person was shown that the endpoint refused this inquiry: if the page does not delete
   * it when they leave (the tab closed first), the next outbox to open does.
   */
  async told(id: string): Promise<void> {
    const telling = (async () => {
      const item = await this.store.get(id);
      if (item && waitsForPerson(item) && item.toldAt === undefined) await this.store.put({ ...item, toldAt: this.now() });
    })();
    this.telling.set(id, telling);
    await telling.finally(() => this.telling.delete(id));
  }

  /**
   * Try every inquiry that is due. `force` tries every one now, whatever its schedule,
   * including those blocked by setup (on load, and when the browser comes back online).
   * `only` limits it to some inquiries (default: those `start` was given, else all).
   */
  async flush(force = false, only: OutboxFilter | null = this.only): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const item of await this.items()) {
      if ((!only || only(item)) && this.retriesItself(item, force)) results.push(await this.send(item.id));
    }
    this.schedule();
    return results;
  }

  /** Send one inquiry now, unless another tab or instance is already sending it. */
  async send(id: string): Promise<SendResult> {
    if (this.locks) {
      return await this.locks.request(`${CHANNEL}:${id}`, { ifAvailable: true }, (lock) =>
        lock ? this.attempt(id) : Promise.resolve<SendResult>({ status: 'busy', id }),
      );
    }
    return this.attempt(id);
  }

  /**
   * Flush now and whenever the page comes back online or into view, and on a timer; `only`
   * limits those flushes to some inquiries (the page's elements pass the endpoints they hold).
   */
  start(options: { only?: OutboxFilter } = {}): void {
    if (this.stops.length > 0 || this.closed) return;
    this.only = options.only ?? null;
    const flush = () => void this.flush();
    const onOnline = () => void this.flush(true);
    const onVisible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    if (typeof window !== 'undefined') {
      window.addEventListener('online', onOnline);
      this.stops.push(() => window.removeEventListener('online', onOnline));
    }
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', onVisible);
      this.stops.push(() => document.removeEventListener('visibilitychange', onVisible));
    }
    const poll = setInterval(flush, this.opts.pollMs ?? 30_000);
    this.stops.push(() => clearInterval(poll));
    void this.flush(true);
  }

  /** Stop timers and listeners and abandon attempts under way (they stay queued). */
  close(): void {
    this.closed = true;
    for (const stop of this.stops.splice(0)) stop();
    clearTimeout(this.wake);
    for (const controller of this.inFlight.values()) controller.abort();
    // A discard after closing (a form left once the page is done) tells no other tab.
    this.channel?.close();
    this.channel = null;
  }

  private schedule(): void {
    if (this.stops.length === 0 || this.closed) return;
    void this.store.all().then((items) => {
      const next = Math.min(...items.filter((i) => i.state === 'pending' && (!this.only || this.only(i))).map((i) => this.dueAt(i)));
      clearTimeout(this.wake);
      if (Number.isFinite(next) && !this.closed) {
        this.wake = setTimeout(() => void this.flush(), Math.max(0, next - this.now()));
      }
    });
  }

  /** When an item may next be tried: its schedule, or later while another sender's lease runs. */
  private dueAt(item: OutboxItem): number {
    const leased = item.leaseOwner !== null && item.leaseOwner !== this.owner ? item.leaseUntil : 0;
    return Math.max(item.nextAttemptAt, leased);
  }

  private announce(result: SendResult): void {
    this.dispatchEvent(new OutboxChangeEvent(result));
    if (result.status === 'sent' || result.status === 'gone') this.channel?.postMessage(result);
  }

  private backoff(attempts: number): number {
    const { baseMs, capMs } = this.opts.backoff ?? { baseMs: 2000, capMs: 5 * 60_000 };
    return Math.floor(this.random() * Math.min(capMs, baseMs * 2 ** attempts));
  }

  private async attempt(id: string): Promise<SendResult> {
    const timeoutMs = this.opts.timeoutMs ?? 15_000;
    const item = await this.store.claim(id, this.owner, this.now(), this.now() + timeoutMs + 5_000);
    if (!item) return (await this.store.get(id)) ? { status: 'busy', id } : { status: 'gone', id };
    if (this.expired(item)) {
      await this.expire(id);
      return { status: 'gone', id };
    }
    const controller = new AbortController();
    this.inFlight.set(id, controller);
    let result: SendResult;
    try {
      result = await this.post(item, controller.signal, timeoutMs);
    } finally {
      this.inFlight.delete(id);
    }
    if (result.status === 'sent') {
      await this.store.delete(id);
    } else if (result.status !== 'gone' && result.status !== 'busy') {
      const current = await this.store.get(id);
      if (!current) return { status: 'gone', id };
      await this.store.put({
        ...current,
        attempts: current.attempts + 1,
        state: result.status === 'queued' ? 'pending' : result.status,
        nextAttemptAt: result.status === 'queued' ? result.retryAt : current.nextAttemptAt,
        fieldErrors: result.status === 'invalid' ? result.fieldErrors : undefined,
        httpStatus: result.status === 'config' ? result.httpStatus : undefined,
        leaseOwner: null,
        leaseUntil: 0,
      });
    }
    this.announce(result);
    this.schedule();
    return result;
  }

  private queued(item: OutboxItem, reason: RetryReason, atLeastMs = 0): SendResult {
    const wait = Math.max(atLeastMs, this.backoff(item.attempts));
    return { status: 'queued', id: item.id, reason, retryAt: this.now() + wait };
  }

  private async post(item: OutboxItem, abort: AbortSignal, timeoutMs: number): Promise<SendResult> {
    const signal = AbortSignal.any([abort, AbortSignal.timeout(timeoutMs)]);
    // Before the request, so that a violation of the page's policy by it is seen.
    watchPolicyViolations();
    let response: Response;
    try {
      response = await this.fetch(item.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': item.id },
        body: item.body,
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        signal,
      });
    } catch (error) {
      if (abort.aborted) return this.queued(item, 'network');
      if ((error as Error)?.name === 'TimeoutError') return this.queued(item, 'timeout');
      const by = await blockedBy(item.endpoint, error, this.probe);
      return by ? { status: 'config', id: item.id, httpStatus: null, problem: by } : this.queued(item, 'network');
    }
    const status = response.status;
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
      return { status: 'config', id: item.id, httpStatus: status || null, problem: 'redirect' };
    }
    if (status >= 200 && status < 300) {
      const receipt: unknown = await response.json().catch(() => null);
      return { status: 'sent', id: item.id, receipt };
    }
    if (status === 400 || status === 422) {
      const fieldErrors = await fieldErrorsOf(response);
      return { status: 'invalid', id: item.id, fieldErrors };
    }
    if (status === 408 || status === 409 || status === 425) return this.queued(item, 'server');
    if (status === 429 || status >= 500) {
      const wait = retryAfterMs(response.headers.get('retry-after'), this.now());
      return this.queued(item, status === 429 ? 'rate-limited' : 'server', wait);
    }
    return { status: 'config', id: item.id, httpStatus: status, problem: 'status' };
  }
}
