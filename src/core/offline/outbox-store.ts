/**
 * Where the outbox keeps inquiries until they are delivered: IndexedDB when it works,
 * else memory for the page's lifetime (and the outbox says so). Claims are leases taken
 * in one transaction, so two tabs or two outbox instances never send one inquiry at once.
 */
import type { IDBPDatabase } from 'idb';
import type { IndexedDBFactory } from '../load/index.js';
import { openStoreDb } from '../storage/index.js';
import type { FieldError } from '../inquiry/index.js';

/**
 * Where an inquiry kept on the device stands: `pending` is retried automatically, `invalid`
 * waits for the person's edit, `config` is a setup problem of the endpoint.
 */
export type OutboxState = 'pending' | 'invalid' | 'config';

/** An inquiry kept on the device until the endpoint has it. */
export interface OutboxItem {
  /** Also the Idempotency-Key: one per submission, reused on every retry, reload and tab. */
  id: string;
  endpoint: string;
  /** The JSON body exactly as sent, so retries are byte-identical. */
  body: string;
  /** Program ids of the inquiry (not personal), for the `mc-inquire` event and listings. */
  programIds: string[];
  createdAt: number;
  attempts: number;
  /** Earliest time of the next automatic attempt. */
  nextAttemptAt: number;
  /**
   * `pending` is retried automatically; `invalid` (400, 422) waits for the person's edit;
   * `config` is a setup problem (a redirect, CORS, the page's policy), tried again on the next
   * visit, unless the endpoint refused it with a 4xx status: that one waits for the person too.
   */
  state: OutboxState;
  /** What to fix, from the endpoint's 400/422 answer (field names and codes only). */
  fieldErrors?: FieldError[];
  /** The HTTP status of a `config` answer, `null` for a redirect or CORS failure. */
  httpStatus?: number | null;
  /**
   * When the person was shown that the endpoint refused it (`Outbox.told`): an outbox opened
   * later deletes it, as the page that told them does when they leave it.
   */
  toldAt?: number;
  /** Who is sending it right now, and until when that claim holds. */
  leaseOwner: string | null;
  leaseUntil: number;
}

/**
 * Refused by the endpoint (400/422 to fix, or another 4xx status: 401, 403, 404, 413...): only
 * the person sends it again. (408, 409, 425 and 429 are retried: the outbox never stores them.)
 */
export function waitsForPerson(item: Pick<OutboxItem, 'state' | 'httpStatus'>): boolean {
  return item.state === 'invalid' || (item.state === 'config' && typeof item.httpStatus === 'number' && item.httpStatus >= 400 && item.httpStatus < 500);
}

/**
 * Where an `Outbox` keeps inquiries: IndexedDB, or a `MemoryOutboxStore`; `claim` and `release`
 * keep two tabs from sending the same inquiry where there are no Web Locks.
 */
export interface OutboxStore {
  readonly persistent: boolean;
  put(item: OutboxItem): Promise<void>;
  get(id: string): Promise<OutboxItem | undefined>;
  all(): Promise<OutboxItem[]>;
  delete(id: string): Promise<void>;
  /** Take the item for `owner` until `until`, unless another owner's lease is still running. */
  claim(id: string, owner: string, now: number, until: number): Promise<OutboxItem | null>;
  /** Drop `owner`'s lease, if it still holds one. */
  release(id: string, owner: string): Promise<void>;
}

function claimable(item: OutboxItem | undefined, owner: string, now: number): item is OutboxItem {
  return item !== undefined && (item.leaseOwner === null || item.leaseOwner === owner || item.leaseUntil <= now);
}

/** An outbox store that keeps inquiries in memory only (`persistent` false): for tests and pages without IndexedDB. */
export class MemoryOutboxStore implements OutboxStore {
  readonly persistent: boolean = false;
  private items = new Map<string, OutboxItem>();

  async put(item: OutboxItem) {
    this.items.set(item.id, structuredClone(item));
  }
  async get(id: string) {
    const item = this.items.get(id);
    return item && structuredClone(item);
  }
  async all() {
    return [...this.items.values()].map((i) => structuredClone(i));
  }
  async delete(id: string) {
    this.items.delete(id);
  }
  async claim(id: string, owner: string, now: number, until: number) {
    const item = this.items.get(id);
    if (!claimable(item, owner, now)) return null;
    item.leaseOwner = owner;
    item.leaseUntil = until;
    return structuredClone(item);
  }
  async release(id: string, owner: string) {
    const item = this.items.get(id);
    if (item?.leaseOwner === owner) {
      item.leaseOwner = null;
      item.leaseUntil = 0;
    }
  }
}

const STORE = 'inquiries';

/**
 * IndexedDB store. A failing write (quota, read-only) moves this store to memory, keeping
 * the item being written, and `persistent` turns false so the person can be told.
 */
class IdbOutboxStore implements OutboxStore {
  private fallback: MemoryOutboxStore | null = null;

  constructor(private db: IDBPDatabase) {}

  get persistent(): boolean {
    return this.fallback === null;
  }

  private async degrade(): Promise<MemoryOutboxStore> {
    if (this.fallback) return this.fallback;
    const memory = new MemoryOutboxStore();
    try {
      for (const item of (await this.db.getAll(STORE)) as OutboxItem[]) await memory.put(item);
    } catch {
      // Unreadable too: start the memory copy empty; the items stay on disk for a later visit.
    }
    this.fallback = memory;
    return memory;
  }

  private async run<T>(work: () => Promise<T>, fallback: (m: MemoryOutboxStore) => Promise<T>): Promise<T> {
    if (this.fallback) return fallback(this.fallback);
    try {
      return await work();
    } catch {
      return fallback(await this.degrade());
    }
  }

  put(item: OutboxItem) {
    return this.run(
      async () => void (await this.db.put(STORE, item, item.id)),
      (m) => m.put(item),
    );
  }
  get(id: string) {
    return this.run(
      async () => (await this.db.get(STORE, id)) as OutboxItem | undefined,
      (m) => m.get(id),
    );
  }
  all() {
    return this.run(
      async () => (await this.db.getAll(STORE)) as OutboxItem[],
      (m) => m.all(),
    );
  }
  delete(id: string) {
    return this.run(
      async () => {
        await this.db.delete(STORE, id);
        await this.fallback?.delete(id);
      },
      (m) => m.delete(id),
    );
  }
  claim(id: string, owner: string, now: number, until: number) {
    return this.run(
      async () => {
        const tx = this.db.transaction(STORE, 'readwrite');
        const item = (await tx.store.get(id)) as OutboxItem | undefined;
        if (!claimable(item, owner, now)) {
          await tx.done;
          return null;
        }
        const claimed = { ...item, leaseOwner: owner, leaseUntil: until };
        await tx.store.put(claimed, id);
        await tx.done;
        return claimed;
      },
      (m) => m.claim(id, owner, now, until),
    );
  }
  release(id: string, owner: string) {
    return this.run(
      async () => {
        const tx = this.db.transaction(STORE, 'readwrite');
        const item = (await tx.store.get(id)) as OutboxItem | undefined;
        if (item?.leaseOwner === owner) await tx.store.put({ ...item, leaseOwner: null, leaseUntil: 0 }, id);
        await tx.done;
      },
      (m) => m.release(id, owner),
    );
  }
}

/** The device store, or memory when IndexedDB is missing, blocked or refuses. Never rejects. */
export async function openOutboxStore(opts: { name?: string; indexedDB?: IndexedDBFactory | null; openTimeoutMs?: number }): Promise<OutboxStore> {
  const factory = opts.indexedDB !== undefined ? opts.indexedDB : globalThis.indexedDB;
  if (!factory) return new MemoryOutboxStore();
  try {
    const db = await openStoreDb(factory, opts.name ?? 'microcred-outbox', [STORE], opts.openTimeoutMs ?? 3000);
    return new IdbOutboxStore(db);
  } catch {
    return new MemoryOutboxStore();
  }
}
