/**
 * Index files kept on the device, so a returning visitor gets the index at once and a
 * flaky network or a bad deploy never takes the widgets down.
 *
 * What is stored is the bytes of files that already passed the loader's checks (sizes,
 * SHA-256, schema), keyed by the URL of index.json, never the assembled structures: a
 * library upgrade re-validates them on the next read. A record is replaced in one
 * transaction, so there is always one complete, last-good copy. Bytes, not text: storing
 * them needs no decoding, and IndexedDB copies an ArrayBuffer where it would serialize
 * megabytes of strings in one long main-thread task.
 *
 * Without IndexedDB (Node, private windows, blocked upgrades, read-only or full storage)
 * the cache lives in memory for the page's lifetime and nothing throws.
 */
import type { IDBPDatabase } from 'idb';
import { openStoreDb } from '../storage/index.js';
import { sameBytes } from './bytes.js';

/**
 * What the core asks of an IndexedDB factory (the browser's `indexedDB`, an `IDBFactory`, or
 * a stand-in in tests), typed by its shape rather than as `IDBFactory`: the core's
 * declarations then need no DOM library, and a Node program compiles against them with
 * `lib: ["ES2022"]`.
 */
export interface IndexedDBFactory {
  open(name: string, version?: number): object;
}

/**
 * One index's files as the device cache keeps them, with what is needed to ask the server for a
 * newer copy.
 */
export interface CachedIndexFiles {
  /** Absolute URL of index.json. */
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** When this copy was stored (ms since epoch). */
  storedAt: number;
  /** index.json as downloaded. */
  manifestText: string;
  /** Absolute URL of each other file (titles of the languages seen, programs) to its text. */
  files: Record<string, string>;
}

/** A cached copy as stored: every file as the bytes downloaded (no text to decode). */
export interface CachedIndexBytes extends Omit<CachedIndexFiles, 'files' | 'manifestText'> {
  /** index.json as downloaded. */
  manifest: Uint8Array;
  /** Absolute URL of each other file to its bytes (UTF-8, exactly as downloaded). */
  files: Record<string, Uint8Array>;
}

/**
 * Where `loadIndexCached` and `loadTitlesCached` keep the index files on the device: the
 * IndexedDB cache `openIndexCache` opens, or a `MemoryIndexCache`.
 */
export interface IndexCache {
  /** False when the copy only lasts as long as the page. */
  readonly persistent: boolean;
  get(url: string): Promise<CachedIndexFiles | null>;
  /**
   * Store `entry` atomically. When the stored copy has the same index.json, its other
   * files are kept (another language's titles); otherwise the record is replaced whole.
   */
  put(entry: CachedIndexFiles): Promise<void>;
  delete(url: string): Promise<void>;
  /** Like `get`, with the files as bytes (what the loader reads); optional. */
  getBytes?(url: string): Promise<CachedIndexBytes | null>;
  /** Like `put`, with the files as bytes (what the loader downloaded); optional. */
  putBytes?(entry: CachedIndexBytes): Promise<void>;
  /**
   * The file `file` (its absolute URL) of the copy of `url`, read without the copy's other
   * files, when that copy is of the build whose index.json is `manifest`; null otherwise.
   * Optional: without it, a file an index was loaded without is looked for in the whole copy.
   */
  getFile?(url: string, manifest: Uint8Array, file: string): Promise<Uint8Array | null>;
  /**
   * Adds `file` to the copy of `url` if that copy is of the build `manifest`, in one step: a
   * newer build stored meanwhile is left as it is. Optional: without it, the whole copy is
   * read and written again.
   */
  addFile?(url: string, manifest: Uint8Array, file: string, bytes: Uint8Array): Promise<void>;
}

// Keep a BOM as text so re-encoding gives the same bytes the manifest's SHA-256 covers.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

function merge(current: CachedIndexBytes | undefined | null, entry: CachedIndexBytes): CachedIndexBytes {
  if (!current || !sameBytes(current.manifest, entry.manifest)) return entry;
  return { ...entry, files: { ...current.files, ...entry.files } };
}

function mapFiles<A, B>(files: Record<string, A>, f: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(files).map(([url, value]) => [url, f(value)]));
}

export function toText({ manifest, ...entry }: CachedIndexBytes): CachedIndexFiles {
  return { ...entry, manifestText: decoder.decode(manifest), files: mapFiles(entry.files, (bytes) => decoder.decode(bytes)) };
}

export function toBytes({ manifestText, ...entry }: CachedIndexFiles): CachedIndexBytes {
  return { ...entry, manifest: encoder.encode(manifestText), files: mapFiles(entry.files, (text) => encoder.encode(text)) };
}

/** A cache for one page's lifetime. */
export class MemoryIndexCache implements IndexCache {
  readonly persistent: boolean = false;
  private entries = new Map<string, CachedIndexBytes>();

  async get(url: string): Promise<CachedIndexFiles | null> {
    const entry = this.entries.get(url);
    return entry ? toText(entry) : null;
  }

  async put(entry: CachedIndexFiles): Promise<void> {
    await this.putBytes(toBytes(entry));
  }

  async getBytes(url: string): Promise<CachedIndexBytes | null> {
    return this.entries.get(url) ?? null;
  }

  async putBytes(entry: CachedIndexBytes): Promise<void> {
    this.entries.set(entry.url, merge(this.entries.get(entry.url), entry));
  }

  async delete(url: string): Promise<void> {
    this.entries.delete(url);
  }
}

/** Version 2 stores bytes in `index-bytes`; version 1's text store is dropped on upgrade. */
const STORE = 'index-bytes';
const DB_VERSION = 2;
const OBSOLETE_STORES = ['index-files'] as const;
/**
 * Files are stored in slices of this many bytes, one record each, written one request
 * after another in the same transaction: IndexedDB serializes a value in the task that
 * puts it, and a megabyte is a long task on a slow phone.
 */
const CHUNK_BYTES = 256 * 1024;

/** One record per cached index (key: its URL): everything but the file bytes. */
interface StoredMeta {
  url: string;
  etag: string | null;
  lastModified: string | null;
  storedAt: number;
  /** Chunk count of index.json and of each other file. */
  manifestChunks: number;
  files: Record<string, number>;
}

/** Key of chunk `i` of `file` in the copy of `url` (index.json is file ''). */
function chunkKey(url: string, file: string, i: number): string {
  return `${url}\u0000${file}\u0000${String(i).padStart(8, '0')}`;
}

/** Every chunk key of `file` (or, with no file, of every file) in the copy of `url`. */
function chunkRange(url: string, file?: string): IDBKeyRange {
  const prefix = file === undefined ? `${url}\u0000` : `${url}\u0000${file}\u0000`;
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

function chunksOf(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength || out.length === 0; at += CHUNK_BYTES) {
    out.push(bytes.slice(at, at + CHUNK_BYTES));
  }
  return out;
}

function joinChunks(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** What reading a copy's chunks needs of an object store. */
interface ChunkStore {
  get(key: string): Promise<unknown>;
}

/** What writing them needs. */
interface WritableChunkStore extends ChunkStore {
  put(value: unknown, key: string): Promise<unknown>;
  delete(range: IDBKeyRange): Promise<void>;
}

/** The `count` chunks of `file` in the copy of `url`, joined; null when one is missing (a damaged copy). */
async function readChunks(store: ChunkStore, url: string, file: string, count: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = await store.get(chunkKey(url, file, i));
    if (!(chunk instanceof Uint8Array)) return null;
    chunks.push(chunk);
  }
  return joinChunks(chunks);
}

/** Replaces the chunks of `file` in the copy of `url` with those of `bytes`; returns their count. */
async function writeChunks(store: WritableChunkStore, url: string, file: string, bytes: Uint8Array): Promise<number> {
  const chunks = chunksOf(bytes);
  await store.delete(chunkRange(url, file));
  // One put per request turn: each chunk is serialized in its own task.
  for (const [i, chunk] of chunks.entries()) await store.put(chunk, chunkKey(url, file, i));
  return chunks.length;
}

/** What the store keeps of the copy of `url`, when that copy is of the build whose index.json is `manifest`; else null. */
async function metaOfBuild(store: ChunkStore, url: string, manifest: Uint8Array): Promise<StoredMeta | null> {
  const meta = await store.get(url);
  if (!isMeta(meta)) return null;
  const stored = await readChunks(store, url, '', meta.manifestChunks);
  return stored && sameBytes(stored, manifest) ? meta : null;
}

/**
 * IndexedDB-backed cache. Any storage failure after opening (quota, a read-only or closed
 * database) switches it to memory for the rest of the page, keeping what it had.
 */
class IdbIndexCache implements IndexCache {
  private fallback: MemoryIndexCache | null = null;

  constructor(private db: IDBPDatabase) {}

  get persistent(): boolean {
    return this.fallback === null;
  }

  private degrade(): MemoryIndexCache {
    return (this.fallback ??= new MemoryIndexCache());
  }

  async get(url: string): Promise<CachedIndexFiles | null> {
    const entry = await this.getBytes(url);
    return entry ? toText(entry) : null;
  }

  async put(entry: CachedIndexFiles): Promise<void> {
    await this.putBytes(toBytes(entry));
  }

  async getBytes(url: string): Promise<CachedIndexBytes | null> {
    const memory = this.fallback && (await this.fallback.getBytes(url));
    if (memory) return memory;
    try {
      const store = this.db.transaction(STORE, 'readonly').store;
      const meta: unknown = await store.get(url);
      if (!isMeta(meta)) return null;
      const manifest = await readChunks(store, url, '', meta.manifestChunks);
      if (!manifest) return null;
      const files: Record<string, Uint8Array> = {};
      for (const [file, count] of Object.entries(meta.files)) {
        const bytes = await readChunks(store, url, file, count);
        // A damaged copy (a chunk missing) is no copy: the network serves instead.
        if (!bytes) return null;
        files[file] = bytes;
      }
      const { etag, lastModified, storedAt } = meta;
      return { url, etag, lastModified, storedAt, manifest, files };
    } catch {
      this.degrade();
      return null;
    }
  }

  async getFile(url: string, manifest: Uint8Array, file: string): Promise<Uint8Array | null> {
    // Also after a storage failure: the database may still read, and a copy of another build there is no answer.
    try {
      const store = this.db.transaction(STORE, 'readonly').store;
      const count = (await metaOfBuild(store, url, manifest))?.files[file];
      return count ? await readChunks(store, url, file, count) : null;
    } catch {
      this.degrade();
      return null;
    }
  }

  async putBytes(entry: CachedIndexBytes): Promise<void> {
    if (this.fallback) return this.fallback.putBytes(entry);
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const { url, manifest } = entry;
      const same = await metaOfBuild(tx.store, url, manifest);
      // Same build: keep the other files already stored (another language's titles).
      const files = same ? same.files : {};
      if (!same) await tx.store.delete(chunkRange(url));
      const manifestChunks = await writeChunks(tx.store, url, '', manifest);
      for (const [file, bytes] of Object.entries(entry.files)) files[file] = await writeChunks(tx.store, url, file, bytes);
      const { etag, lastModified, storedAt } = entry;
      await tx.store.put({ url, etag, lastModified, storedAt, manifestChunks, files } satisfies StoredMeta, url);
      await tx.done;
    } catch {
      // The transaction rolled back: the previous copy on disk is intact.
      await this.degrade().putBytes(entry);
    }
  }

  async addFile(url: string, manifest: Uint8Array, file: string, bytes: Uint8Array): Promise<void> {
    // Also after a storage failure: added only to the database's copy of the same build, if it can be written.
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const meta = await metaOfBuild(tx.store, url, manifest);
      if (!meta) return;
      meta.files[file] = await writeChunks(tx.store, url, file, bytes);
      await tx.store.put(meta, url);
      await tx.done;
    } catch {
      // Rolled back: the copy is as it was, without this file.
      this.degrade();
    }
  }

  async delete(url: string): Promise<void> {
    await this.fallback?.delete(url);
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      await tx.store.delete(chunkRange(url));
      await tx.store.delete(url);
      await tx.done;
    } catch {
      this.degrade();
    }
  }
}

function isMeta(value: unknown): value is StoredMeta {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  return typeof e.url === 'string' && count(e.manifestChunks) && typeof e.files === 'object' && e.files !== null && Object.values(e.files).every(count);
}

/** Options of `openIndexCache`. */
export interface OpenCacheOptions {
  /** Database name; default `microcred-index`. */
  name?: string;
  /** An IndexedDB factory to use instead of the global `indexedDB` (tests); `null` keeps the cache in memory. */
  indexedDB?: IndexedDBFactory | null;
  /** Give up on a blocked or hanging open after this long; default 3000 ms. */
  openTimeoutMs?: number;
}

/** Open the device cache, or a memory cache when IndexedDB cannot be used. Never rejects. */
export async function openIndexCache(opts: OpenCacheOptions = {}): Promise<IndexCache> {
  const factory = opts.indexedDB !== undefined ? opts.indexedDB : globalThis.indexedDB;
  if (!factory) return new MemoryIndexCache();
  try {
    const db = await openStoreDb(factory, opts.name ?? 'microcred-index', [STORE], opts.openTimeoutMs ?? 3000, {
      version: DB_VERSION,
      obsolete: OBSOLETE_STORES,
    });
    return new IdbIndexCache(db);
  } catch {
    return new MemoryIndexCache();
  }
}
