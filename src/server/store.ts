/**
 * What the inquiry endpoint needs from storage, so that the embedded file store (one
 * machine) and a database store (several) are interchangeable behind the handler.
 */
import type { Inquiry } from '../core/inquiry/index.js';
import type { CountRow, DayRange } from './outcome-rows.js';

/** What the store keeps for each accepted inquiry. */
export interface StoredInquiry {
  id: string;
  key: string;
  bodySha256: string;
  receivedAt: string;
  inquiry: Inquiry;
  /**
   * When the server routes (`--index`): the institutions the inquiry is for and the program
   * ids nobody offers (`routing.ts`), fixed at acceptance. Absent on inquiries accepted
   * without routing: only the operator sees those.
   */
  routedTo?: string[];
  unknownProgramIds?: string[];
  /**
   * Institutions whose webhook is owed this inquiry, stored with it (so the debt is as durable
   * as the inquiry, and written before the 201).
   */
  deliverTo?: string[];
}

/** What a repeated Idempotency-Key is answered with: the first acceptance of that key. */
export type Acceptance = Pick<StoredInquiry, 'id' | 'key' | 'bodySha256' | 'receivedAt'>;

/** One analytics batch as received (aggregate counts, nothing personal). */
export interface StoredAnalytics {
  receivedAt: string;
  batch: unknown;
}

/** An inquiry as the institution reads it (the idempotency key and body hash stay inside). */
export type ListedInquiry = Pick<StoredInquiry, 'id' | 'receivedAt' | 'inquiry' | 'routedTo' | 'unknownProgramIds'>;

/** The inquiry as listed, the routing fields only when it has them. */
export function listed(r: ListedInquiry): ListedInquiry {
  const out: ListedInquiry = { id: r.id, receivedAt: r.receivedAt, inquiry: r.inquiry };
  if (r.routedTo) out.routedTo = r.routedTo;
  if (r.unknownProgramIds) out.unknownProgramIds = r.unknownProgramIds;
  return out;
}

/** One webhook delivery owed: the inquiry, the institution, and how many attempts failed. */
export interface Delivery {
  provider: string;
  attempts: number;
  item: ListedInquiry;
}

/** What an institution's delete did: deleted from storage, or hidden for it only (others still have it). */
export type Withdrawal = 'deleted' | 'hidden';

/** Where a page of the inbox starts: just after (older than) this inquiry. */
export interface InquiryPosition {
  receivedAt: string;
  id: string;
}

/** Newest first: by `receivedAt`, then by `id`, both descending. */
export function newerFirst(a: InquiryPosition, b: InquiryPosition): number {
  if (a.receivedAt !== b.receivedAt) return Date.parse(b.receivedAt) - Date.parse(a.receivedAt);
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * An email as the admin filter compares it: spaces (U+0020) around it trimmed, A-Z in lower
 * case. Exactly what PostgreSQL's `btrim()` and `lower()` under the "C" collation do (JS `trim()`
 * would also strip other spaces, such as U+00A0), so both stores fold a stored email the same.
 * Stored emails are validated and trimmed already; the admin side trims what the operator types.
 */
export function foldEmail(email: string): string {
  return email.replace(/^ +| +$/g, '').replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

export const DEFAULT_RETENTION_DAYS = 180;
/** One day in milliseconds, for retention and idempotency windows. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Options every store takes. */
export interface StoreOptions {
  /** Inquiries and analytics older than this many days are deleted; default 180. */
  retentionDays?: number;
  /** How often to delete inquiries past retention; default hourly. */
  compactEveryMs?: number;
  warn?: (message: string) => void;
  now?: () => number;
}

/** `retentionDays` or its default, refused when not a whole number of days from 1. */
export function retentionDaysOf(opts: StoreOptions): number {
  const days = opts.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!(Number.isInteger(days) && days >= 1)) {
    throw new RangeError(`retentionDays: expected a whole number of days from 1, got ${days}`);
  }
  return days;
}

export interface InquiryStore {
  /** The acceptance of `key`, while the store still remembers it (its idempotency window). */
  lookup(key: string): Promise<Acceptance | undefined>;
  /**
   * Store `record` durably; resolves only once it is safe from a crash. When its key was
   * taken meanwhile (by another server instance), stores nothing and resolves with that
   * earlier acceptance. Rejects with `StoreUnavailableError` when storage refuses the write.
   */
  insert(record: StoredInquiry): Promise<Acceptance>;
  /** Keep one analytics batch; rejects with `StoreUnavailableError` like `insert`. */
  addAnalytics(entry: StoredAnalytics): Promise<void>;
  /**
   * The analytics received on days `range` (UTC), as count rows summed per day, page, kind
   * and key (`countRows`); rejects with `StoreUnavailableError` when storage cannot be read.
   */
  outcomeCounts(range: DayRange): Promise<CountRow[]>;
  /**
   * Up to `limit` inquiries, newest first (`newerFirst`), starting after `after` when given;
   * only those routed to `provider`, and only those whose email folds (`foldEmail`) to `email`,
   * when given. Rejects with `StoreUnavailableError` when storage cannot be read.
   */
  list(limit: number, after?: InquiryPosition, provider?: string, email?: string): Promise<ListedInquiry[]>;
  /**
   * An institution deletes `id` from its inbox: false when the inquiry is not routed to it (or
   * it already deleted it). When no other institution still has it and it names no unknown
   * program, it is deleted from storage; otherwise it is hidden for `provider` only. Either
   * way its webhook delivery to `provider`, if still owed, is dropped.
   */
  withdraw(id: string, provider: string): Promise<Withdrawal | false>;
  /**
   * Deliveries due at `now` (ms), at most `limit`; each is put off `leaseMs` so that no other
   * server instance takes it while this one tries.
   */
  claimDeliveries(now: number, limit: number, leaseMs: number): Promise<Delivery[]>;
  /** The receiver acknowledged: the delivery is done, durably, before this resolves. */
  deliveryDone(id: string, provider: string): Promise<void>;
  /** The attempt failed: try again at `nextAt` (ms), having failed `attempts` times. */
  deliveryFailed(id: string, provider: string, attempts: number, nextAt: number): Promise<void>;
  /**
   * Delete the inquiry `id` from storage (from the file on disk, or the table), resolving once
   * that is durable, and any delivery still owed for it; false when there is none.
   */
  remove(id: string): Promise<boolean>;
  /**
   * Delete inquiries and analytics past retention now (stores also do it on their own schedule), and put
   * aside what cannot be read.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}

/** Storage cannot take a write right now (disk full, I/O error, database down): answer 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
