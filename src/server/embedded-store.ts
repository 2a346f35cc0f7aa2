/**
 * The default store, for one machine: `inquiries.jsonl` and `analytics.jsonl` in a data
 * folder, one server process per folder: the store holds the folder's lock while open
 * (`data-dir-lock.ts`), as a second process would lose inquiries at the other's next rewrite.
 * Every write waits for the lock's lease to be confirmed (`lock-lease.ts`): once the lock is
 * found replaced, or cannot be refreshed, writes are refused (503) rather than made beside
 * another server.
 *
 * Memory is bounded by what idempotency needs, not by the file: startup streams the log
 * and keeps, for each key accepted within the idempotency window, only what a retry is
 * answered with. The window outlasts the browser outbox's own limit (an undelivered
 * inquiry is deleted from the device after `OUTBOX_MAX_AGE_MS`), so a retry never comes
 * after its key was forgotten.
 *
 * Retention: inquiries older than `retentionDays` are deleted from disk by rewriting the log
 * (temporary file, fsync, rename), at start when needed and then hourly. Damaged lines are
 * moved to `inquiries.set-aside.jsonl` at the same time, where retention applies too.
 *
 * The inbox reads the log by streaming it, keeping only the page asked for; deleting one
 * inquiry rewrites the log without it, the same way, so its details leave the file at once.
 * Rewrites and reads take turns, so a read never sees a log being renamed over.
 *
 * Routing (`routing.ts`): an inquiry's line carries the institutions it is routed to and
 * those whose webhook is owed it, so the debt is on disk, fsync'd, before the 201. What
 * happened since goes to `inquiries.routing.jsonl` next to the log, one fsync'd line per
 * event: a delivery acknowledged, or an inquiry an institution deleted from its inbox while
 * others still have it. Deliveries still owed are read back at start (their inquiries kept
 * in memory until delivered); attempts and back-off start over after a restart.
 */
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock.js';
import type { LeaseOptions } from './lock-lease.js';
import { Fifo } from './fifo.js';
import { SetAsideFile, analyticsDay, isRoutingMark, isStoredInquiry, type RoutingMark } from './embedded-records.js';
import { countRows, inRange, sumRows, type CountRow, type DayRange } from './outcomes.js';
import { JsonlLog, StorageError, fileSize, forEachRecord, type DamageReason, type LinePosition, type LogFs } from './jsonl-log.js';
import {
  DAY_MS,
  DEFAULT_RETENTION_DAYS,
  StoreUnavailableError,
  newerFirst,
  retentionDaysOf,
  type Acceptance,
  type InquiryPosition,
  type ListedInquiry,
  type StoreOptions,
  type InquiryStore,
  type StoredAnalytics,
  type StoredInquiry,
  type Delivery,
  type Withdrawal,
  foldEmail,
  listed,
} from './store.js';

/** How long a key is remembered: more than the outbox keeps an inquiry, with room for clocks. */
export const IDEMPOTENCY_WINDOW_MS = 30 * DAY_MS;
export { DEFAULT_RETENTION_DAYS };

export interface EmbeddedStoreOptions extends StoreOptions {
  /** Folder of the log files; created when missing. */
  dataDir: string;
  /** How long a key is answered from memory; default 30 days (never more than retention). */
  idempotencyWindowMs?: number;
  /** The filesystem layer writes go through (a failing one in tests). */
  fs?: LogFs;
  /** The data folder lock's lease: how often it is refreshed (tests), who is told when it is lost. */
  lock?: LeaseOptions;
}

type Remembered = Acceptance & { at: number };

interface Owed {
  item: ListedInquiry;
  provider: string;
  attempts: number;
  nextAt: number;
}

const owedKey = (id: string, provider: string) => `${id}\u0000${provider}`;

export class EmbeddedStore implements InquiryStore {
  private readonly inquiries: JsonlLog<StoredInquiry>;
  private readonly analytics: JsonlLog<StoredAnalytics>;
  private readonly routing: JsonlLog<RoutingMark>;
  /** Webhook deliveries owed, by inquiry id and provider. */
  private readonly owed = new Map<string, Owed>();
  /** Inquiry id -> institutions that deleted it from their inbox while others still have it. */
  private readonly hidden = new Map<string, Set<string>>();
  private readonly setAsidePath: string;
  /** Key -> acceptance for keys within the idempotency window, and their order received. */
  private readonly keys = new Map<string, Remembered>();
  private readonly order = new Fifo<Remembered>();
  private readonly retentionMs: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly warn: (message: string) => void;
  /** Received time of the oldest inquiry in the log, and lines waiting to be set aside. */
  private oldest = Number.POSITIVE_INFINITY;
  /** Day (`YYYY-MM-DD`) of the oldest analytics batch in its log. */
  private oldestAnalyticsDay = '9999-12-31';
  /** Day of the oldest batch appended since the current analytics rewrite began. */
  private oldestAnalyticsAppended = '9999-12-31';
  private damaged = 0;
  /** Oldest inquiry appended since the current compaction began (it copies them unread). */
  private oldestAppended = Number.POSITIVE_INFINITY;
  private compacting: Promise<void> | null = null;
  /** Rewrites and inbox reads, one at a time. */
  private turns: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | undefined;
  private lock: DataDirLock | undefined;
  private readonly leased = () => this.lock!.confirm();

  private constructor(private readonly opts: EmbeddedStoreOptions) {
    this.inquiries = new JsonlLog(join(opts.dataDir, 'inquiries.jsonl'), opts.fs, this.leased);
    this.analytics = new JsonlLog(join(opts.dataDir, 'analytics.jsonl'), opts.fs, this.leased);
    this.setAsidePath = join(opts.dataDir, 'inquiries.set-aside.jsonl');
    this.routing = new JsonlLog(join(opts.dataDir, 'inquiries.routing.jsonl'), opts.fs, this.leased);
    this.retentionMs = retentionDaysOf(opts) * DAY_MS;
    this.windowMs = Math.min(opts.idempotencyWindowMs ?? IDEMPOTENCY_WINDOW_MS, this.retentionMs);
    this.now = opts.now ?? Date.now;
    this.warn = opts.warn ?? ((m) => console.warn(m));
  }

  /**
   * Take the folder's lock, read the inquiry log (streamed) and open the logs; starts retention
   * in the background.
   * @throws DataDirInUseError when another server process holds the folder.
   */
  static async open(opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    retentionDaysOf(opts);
    const store = new EmbeddedStore(opts);
    store.lock = await DataDirLock.acquire(opts.dataDir, store.warn, store.now, opts.lock);
    try {
      await store.load();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  private async load(): Promise<void> {
    const since = this.now() - this.windowMs;
    const delivered = new Set<string>();
    await this.routing.open({
      record: (value) => {
        if (!isRoutingMark(value)) return false;
        if (value.event === 'delivered') delivered.add(owedKey(value.id, value.provider));
        else this.hidden.set(value.id, (this.hidden.get(value.id) ?? new Set()).add(value.provider));
        return true;
      },
      // A damaged mark is dropped by the next retention run; a delivery it recorded is made again.
      damaged: () => undefined,
    });
    await this.inquiries.open({
      record: (value) => {
        if (!isStoredInquiry(value)) return false;
        for (const provider of value.deliverTo ?? []) {
          if (!delivered.has(owedKey(value.id, provider))) this.owe(value, provider);
        }
        const at = Date.parse(value.receivedAt);
        if (at < this.oldest) this.oldest = at;
        // A key stored twice (never by this store) is answered with its first acceptance.
        if (at >= since && !this.keys.has(value.key)) {
          const { id, key, bodySha256, receivedAt } = value;
          this.remember({ id, key, bodySha256, receivedAt, at });
        }
        return true;
      },
      damaged: (at, reason) => {
        this.damaged += 1;
        this.warn(this.damageWarning(at, reason));
      },
    });
    await this.analytics.open({
      record: (value) => {
        const day = analyticsDay(value);
        if (day !== null && day < this.oldestAnalyticsDay) this.oldestAnalyticsDay = day;
        return true;
      },
      // A damaged line is skipped by the report and dropped by the next retention run.
      damaged: () => undefined,
    });
    if (this.needsCompaction()) void this.compact().catch(() => undefined);
    this.timer = setInterval(
      () => {
        if (this.needsCompaction()) void this.compact().catch(() => undefined);
      },
      this.opts.compactEveryMs ?? 60 * 60 * 1000,
    );
    this.timer.unref?.();
  }

  /** Names the line and why, never what it holds (it may be a person's details). */
  private damageWarning(at: LinePosition, reason: DamageReason): string {
    return `${this.inquiries.path}: line ${at.line} (byte ${at.offset}): ${reason}; not loaded, set aside in ${this.setAsidePath}`;
  }

  private needsCompaction(): boolean {
    return this.damaged > 0 || this.oldest < this.now() - this.retentionMs || this.oldestAnalyticsDay < this.analyticsCutoff();
  }

  /** The first UTC day whose analytics are kept. */
  private analyticsCutoff(): string {
    return new Date(this.now() - this.retentionMs).toISOString().slice(0, 10);
  }

  /** Keys remembered for idempotency, and bytes in the inquiry log. */
  stats(): { keys: number; logBytes: number } {
    return { keys: this.keys.size, logBytes: this.inquiries.length };
  }

  async lookup(key: string): Promise<Acceptance | undefined> {
    this.forget();
    const found = this.keys.get(key);
    if (!found) return undefined;
    const { id, bodySha256, receivedAt } = found;
    return { id, key, bodySha256, receivedAt };
  }

  async insert(record: StoredInquiry): Promise<Acceptance> {
    const earlier = await this.lookup(record.key);
    if (earlier) return earlier;
    try {
      await this.inquiries.append(record);
    } catch (error) {
      throw unavailable(error);
    }
    const at = Date.parse(record.receivedAt);
    const { id, key, bodySha256, receivedAt } = record;
    this.remember({ id, key, bodySha256, receivedAt, at });
    for (const provider of record.deliverTo ?? []) this.owe(record, provider);
    this.oldest = Math.min(this.oldest, at);
    this.oldestAppended = Math.min(this.oldestAppended, at);
    return { id, key, bodySha256, receivedAt };
  }

  async addAnalytics(entry: StoredAnalytics): Promise<void> {
    try {
      await this.analytics.append(entry);
    } catch (error) {
      throw unavailable(error);
    }
    const day = entry.receivedAt.slice(0, 10);
    if (day < this.oldestAnalyticsDay) this.oldestAnalyticsDay = day;
    if (day < this.oldestAnalyticsAppended) this.oldestAnalyticsAppended = day;
  }

  async outcomeCounts(range: DayRange): Promise<CountRow[]> {
    return this.inTurn(async () => {
      const sums = new Map<string, CountRow>();
      await scan(this.analytics, (value) => {
        const day = analyticsDay(value);
        if (day === null || !inRange(day, range)) return;
        sumRows(sums, countRows(day, (value as StoredAnalytics).batch));
      });
      return [...sums.values()];
    });
  }

  /**
   * Delete inquiries past retention from disk and set damaged lines aside, by rewriting the
   * log; one run at a time (a call during a run waits for it).
   */
  compact(): Promise<void> {
    this.compacting ??= this.inTurn(async () => {
      await this.runCompaction();
      await this.compactAnalytics();
    }).finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private inTurn<T>(run: () => Promise<T>): Promise<T> {
    const next = this.turns.then(run, run);
    this.turns = next.catch(() => undefined);
    return next;
  }

  private owe(record: StoredInquiry, provider: string): void {
    this.owed.set(owedKey(record.id, provider), { item: listed(record), provider, attempts: 0, nextAt: 0 });
  }

  private visibleTo(value: StoredInquiry, provider: string): boolean {
    return (value.routedTo ?? []).includes(provider) && !this.hidden.get(value.id)?.has(provider);
  }

  async claimDeliveries(now: number, limit: number, leaseMs: number): Promise<Delivery[]> {
    const due: Delivery[] = [];
    for (const owed of this.owed.values()) {
      if (due.length >= limit) break;
      if (owed.nextAt > now) continue;
      owed.nextAt = now + leaseMs;
      due.push({ provider: owed.provider, attempts: owed.attempts, item: owed.item });
    }
    return due;
  }

  async deliveryDone(id: string, provider: string): Promise<void> {
    const key = owedKey(id, provider);
    if (!this.owed.has(key)) return;
    try {
      await this.routing.append({ at: new Date(this.now()).toISOString(), id, provider, event: 'delivered' });
    } catch (error) {
      throw unavailable(error);
    }
    this.owed.delete(key);
  }

  async deliveryFailed(id: string, provider: string, attempts: number, nextAt: number): Promise<void> {
    const owed = this.owed.get(owedKey(id, provider));
    if (owed) Object.assign(owed, { attempts, nextAt });
  }

  async withdraw(id: string, provider: string): Promise<Withdrawal | false> {
    return this.inTurn(async () => {
      let found: StoredInquiry | undefined;
      await scan(this.inquiries, (value) => {
        if (!found && isStoredInquiry(value) && value.id === id) found = value;
      });
      if (!found || !this.visibleTo(found, provider)) return false;
      const hiddenFor = this.hidden.get(id) ?? new Set<string>();
      const others = found.routedTo!.filter((p) => p !== provider && !hiddenFor.has(p));
      if (others.length === 0 && (found.unknownProgramIds ?? []).length === 0) {
        await this.removeInTurn(id);
        return 'deleted';
      }
      try {
        await this.routing.append({ at: new Date(this.now()).toISOString(), id, provider, event: 'hidden' });
      } catch (error) {
        throw unavailable(error);
      }
      this.hidden.set(id, hiddenFor.add(provider));
      this.owed.delete(owedKey(id, provider));
      return 'hidden';
    });
  }

  async list(limit: number, after?: InquiryPosition, provider?: string, email?: string): Promise<ListedInquiry[]> {
    return this.inTurn(async () => {
      let page: ListedInquiry[] = [];
      await scan(this.inquiries, (value) => {
        if (!isStoredInquiry(value)) return;
        if (after && newerFirst(after, value) >= 0) return;
        if (provider !== undefined && !this.visibleTo(value, provider)) return;
        if (email !== undefined && foldEmail(value.inquiry.email) !== email) return;
        page.push(listed(value));
        // Memory stays near the page size, whatever the length of the log.
        if (page.length >= 2 * limit + 64) page = page.sort(newerFirst).slice(0, limit);
      });
      return page.sort(newerFirst).slice(0, limit);
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.inTurn(() => this.removeInTurn(id));
  }

  /** `remove`, when it is already this call's turn. */
  private async removeInTurn(id: string): Promise<boolean> {
    let found = false;
    try {
      await this.runCompaction(id, () => (found = true));
    } catch (error) {
      if (error instanceof StorageError || typeof (error as NodeJS.ErrnoException).code === 'string') {
        throw new StoreUnavailableError(`${this.inquiries.path}: could not be rewritten (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
          cause: error,
        });
      }
      throw error;
    }
    return found;
  }

  /** Rewrite the log: past retention, damaged lines and the inquiry `removeId` go. */
  private async runCompaction(removeId?: string, removed?: () => void): Promise<void> {
    const cutoff = this.now() - this.retentionMs;
    let removedHere = 0;
    /** Inquiries leaving the log that something is owed or hidden for (ids only, not their details). */
    const gone: Array<Pick<StoredInquiry, 'id' | 'deliverTo'>> = [];
    const note = (value: StoredInquiry) => {
      if (value.deliverTo || this.hidden.has(value.id)) gone.push({ id: value.id, deliverTo: value.deliverTo });
    };
    let oldestKept = Number.POSITIVE_INFINITY;
    this.oldestAppended = Number.POSITIVE_INFINITY;
    const aside = new SetAsideFile(this.setAsidePath, this.opts.fs, this.now, this.leased);
    try {
      const { dropped, setAside } = await this.inquiries.rewrite(
        (value) => {
          if (!isStoredInquiry(value)) return 'damaged';
          if (value.id === removeId) {
            note(value);
            removedHere += 1;
            removed?.();
            // As on PostgreSQL, where the key goes with the row: a retry would store it anew.
            if (this.keys.get(value.key)?.id === value.id) this.keys.delete(value.key);
            return false;
          }
          const at = Date.parse(value.receivedAt);
          if (at < cutoff) {
            note(value);
            return false;
          }
          if (at < oldestKept) oldestKept = at;
          return true;
        },
        (bytes, at, reason) => aside.add(bytes, at, reason),
      );
      this.oldest = Math.min(oldestKept, this.oldestAppended);
      this.damaged = 0;
      if ((await fileSize(this.setAsidePath)) > 0) await aside.trim(cutoff);
      this.forget();
      // Only once the log no longer holds them (a failed rewrite keeps them, and what they are owed).
      for (const value of gone) this.forgetRouting(value);
      // Marks are younger than their inquiry: one older than the cutoff is of an inquiry gone.
      const cutoffIso = new Date(cutoff).toISOString();
      const keepMark = (value: unknown) => isRoutingMark(value) && value.at >= cutoffIso;
      if (this.routing.length > 0) await this.routing.rewrite(keepMark, async () => undefined);
      const expired = dropped - removedHere;
      if (expired > 0 || setAside > 0) {
        const days = this.retentionMs / DAY_MS;
        this.warn(`${this.inquiries.path}: retention deleted ${expired} inquiries older than ${days} days; ${setAside} damaged lines set aside`);
      }
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const what = removeId === undefined ? 'retention could not rewrite the log, will try again' : 'could not delete an inquiry; it is kept';
      this.warn(`${this.inquiries.path}: ${what} (${why})`);
      throw error;
    } finally {
      await aside.close();
    }
  }

  /** Delete analytics received before the retention cutoff day (and unreadable lines) from disk. */
  private async compactAnalytics(): Promise<void> {
    const cutoff = this.analyticsCutoff();
    if (this.oldestAnalyticsDay >= cutoff) return;
    let oldestKept = '9999-12-31';
    this.oldestAnalyticsAppended = '9999-12-31';
    try {
      const { dropped } = await this.analytics.rewrite(
        (value) => {
          const day = analyticsDay(value);
          if (day === null || day < cutoff) return false;
          if (day < oldestKept) oldestKept = day;
          return true;
        },
        async () => undefined,
      );
      // The rewrite copies batches appended meanwhile without reading them.
      this.oldestAnalyticsDay = oldestKept < this.oldestAnalyticsAppended ? oldestKept : this.oldestAnalyticsAppended;
      if (dropped > 0) this.warn(`${this.analytics.path}: retention deleted ${dropped} analytics batches older than ${this.retentionMs / DAY_MS} days`);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      this.warn(`${this.analytics.path}: retention could not rewrite the log, will try again (${why})`);
      throw error;
    }
  }

  /** An inquiry leaves storage: nothing is owed for it any more, nor hidden. */
  private forgetRouting(value: Pick<StoredInquiry, 'id' | 'deliverTo'>): void {
    for (const provider of value.deliverTo ?? []) this.owed.delete(owedKey(value.id, provider));
    this.hidden.delete(value.id);
  }

  private remember(entry: Remembered): void {
    this.keys.set(entry.key, entry);
    this.order.push(entry);
  }

  /** Drop keys older than the idempotency window (the oldest come first). */
  private forget(): void {
    const since = this.now() - this.windowMs;
    for (let k = this.order.peek(); k && k.at < since; k = this.order.peek()) {
      this.order.shift();
      if (this.keys.get(k.key) === k) this.keys.delete(k.key);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.compacting?.catch(() => undefined);
    try {
      await this.inquiries.close();
      await this.routing.close();
      await this.analytics.close();
    } finally {
      await this.lock?.release();
    }
  }
}

/** Read every record of `log`; rejects with StoreUnavailableError when the file cannot be read. */
async function scan(log: JsonlLog<unknown>, onRecord: (value: unknown) => void): Promise<void> {
  try {
    await forEachRecord(log.path, log.length, onRecord);
  } catch (error) {
    throw new StoreUnavailableError(`${log.path}: could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
}

const unavailable = (error: unknown): Error => (error instanceof StorageError ? new StoreUnavailableError(error.message, { cause: error }) : (error as Error));
