/**
 * Loading an index through the device cache (index-cache.ts): served from the cache at once
 * when it holds a copy, checked against the network afterwards (`revalidate`), or
 * downloaded, checked and then stored. Whole indexes (`loadIndexCached`) and the titles
 * alone (`loadTitlesCached`, cache-titles.ts) share `loadCached`.
 */
import { IndexFetchError, IndexIntegrityError } from '../index-format/index.js';
import { watchPolicyViolations } from './policy-watch.js';
import { failedFetch, folderIndexJson, sha256Hex, type TitlesIndex } from './read.js';
import type { LoadedIndex } from '../model/index.js';
import type { Lang } from '../index-format/index.js';
import { toBytes, toText, type CachedIndexBytes, type IndexCache } from './index-cache.js';
import { sameBytes } from './bytes.js';

/**
 * What `CachedLoad.revalidate` found: the cached copy is current, a newer index (now stored),
 * or a failure (`offline-cache` when no answer came, else `stale-cache`) that leaves the cached
 * copy in use.
 */
export type Revalidation<T = LoadedIndex> =
  { kind: 'unchanged' } | { kind: 'updated'; index: T } | { kind: 'failed'; note: 'stale-cache' | 'offline-cache'; error: unknown };

/**
 * What `loadIndexCached` and `loadTitlesCached` give: the index, where it came from, and, for a
 * cached copy, a way to look for a newer one.
 */
export interface CachedLoad<T = LoadedIndex> {
  index: T;
  origin: 'network' | 'cache';
  /** Set when served from the cache: asks the network for a newer copy. Never rejects. */
  revalidate: (() => Promise<Revalidation<T>>) | null;
}

/** Options of `loadIndexCached` and `loadTitlesCached`: `cache` is required. */
export interface CachedLoadOptions {
  /** As `LoadOptions.lang`: `'en'` when left out. */
  lang?: Lang;
  cache: IndexCache;
  signal?: AbortSignal;
  /** `sha256-<base64>` of index.json (as in Subresource Integrity). */
  integrity?: string;
  fetch?: typeof fetch;
  /** The titles of this index, loaded first: see `LoadOptions.titles`. */
  titles?: TitlesIndex;
}

/** Absolute URL of index.json for `url` (a folder's URL means its index.json: `folderIndexJson`). */
export function manifestUrlOf(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  return folderIndexJson(new URL(url, base));
}

/** `sha256-<base64>` of `bytes`; null where the page has no Web Crypto (plain http). */
export async function sriSha256(bytes: Uint8Array): Promise<string | null> {
  const hex = await sha256Hex(bytes);
  if (hex === null) return null;
  let binary = '';
  for (let i = 0; i < hex.length; i += 2) binary += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return `sha256-${btoa(binary)}`;
}

async function checkIntegrity(bytes: Uint8Array, integrity: string | undefined, file: string): Promise<void> {
  if (!integrity) return;
  // A page that pins a build is refused rather than trusted when the hash cannot be computed.
  const actual = (await sriSha256(bytes)) ?? 'not computable on this page (no Web Crypto over plain http)';
  if (actual !== integrity.trim()) throw new IndexIntegrityError(file, 'sha256', integrity, actual);
}

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

function sameOrigin(url: string): boolean {
  return typeof location === 'undefined' || new URL(url).origin === location.origin;
}

/** A fetch that records the bytes of every file it downloads, for storing after validation. */
function recordingFetch(doFetch: typeof fetch, record: Map<string, Uint8Array>, revalidating: boolean): typeof fetch {
  return async (input, init) => {
    const response = await doFetch(input, revalidating ? { ...init, cache: 'no-cache' } : init);
    if (!response.ok) return response;
    const buffer = await response.arrayBuffer();
    record.set(urlOf(input), new Uint8Array(buffer));
    return new Response(buffer, { status: response.status, headers: response.headers });
  };
}

export function readCache(cache: IndexCache, url: string): Promise<CachedIndexBytes | null> {
  return cache.getBytes ? cache.getBytes(url) : cache.get(url).then((entry) => entry && toBytes(entry));
}

export function writeCache(cache: IndexCache, entry: CachedIndexBytes): Promise<void> {
  return cache.putBytes ? cache.putBytes(entry) : cache.put(toText(entry));
}

/**
 * Reads an index (whole or only its titles) through `fetch`, which serves the files from
 * the cache or the network.
 */
export type IndexReader<T> = (url: string, opts: { lang?: Lang; signal?: AbortSignal; fetch: typeof fetch; titles?: TitlesIndex }) => Promise<T>;

/** Download index.json (conditionally when `prev` is given), then the files it names. */
async function loadFromNetwork<T>(
  url: string,
  opts: CachedLoadOptions,
  read: IndexReader<T>,
  prev: CachedIndexBytes | null,
  base: CachedIndexBytes | null = null,
): Promise<T | 'unchanged'> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  // The browser's own fetch: a TypeError before any response may be a block (CSP, CORS).
  const own = opts.fetch === undefined;
  if (own) watchPolicyViolations();
  const headers: Record<string, string> = {};
  // Conditional headers are not CORS-safelisted; cross-origin, let the HTTP cache revalidate.
  const conditional = prev !== null && sameOrigin(url);
  if (conditional && prev.etag) headers['if-none-match'] = prev.etag;
  if (conditional && prev.lastModified) headers['if-modified-since'] = prev.lastModified;
  let response: Response | undefined;
  let bytes: Uint8Array;
  try {
    response = await doFetch(url, {
      signal: opts.signal,
      credentials: 'omit',
      headers,
      cache: prev ? (conditional ? 'no-store' : 'no-cache') : 'default',
    });
    if (response.status === 304 && prev) return 'unchanged';
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    // Before a response, the browser may have blocked it (CSP, CORS); after, the network failed.
    throw response === undefined && own ? await failedFetch(url, error) : new IndexFetchError(url, 'network', null, { cause: error });
  }
  if (response.ok && prev && sameBytes(bytes, prev.manifest)) return 'unchanged';
  if (response.ok) await checkIntegrity(bytes, opts.integrity, url);

  const record = new Map<string, Uint8Array>();
  // A file the browser refuses is classified here, where the fetch is known to be its own.
  const classified: typeof fetch = (input, init) =>
    doFetch(input, init).catch(async (error: unknown) => {
      throw init?.signal?.aborted ? error : await failedFetch(urlOf(input), error);
    });
  const network = recordingFetch(own ? classified : doFetch, record, prev !== null);
  const fetchFiles: typeof fetch = async (input, init) => {
    const fileUrl = urlOf(input);
    // The manifest answer (even an error status or an HTML page) goes to the loader to judge.
    if (fileUrl === url) return new Response(bytes as Uint8Array<ArrayBuffer>, { status: response.status, headers: response.headers });
    const kept = base && sameBytes(base.manifest, bytes) ? base.files[fileUrl] : undefined;
    if (kept !== undefined) return new Response(kept as Uint8Array<ArrayBuffer>, { status: 200 });
    return network(input, init);
  };
  const index = await read(url, { lang: opts.lang, signal: opts.signal, fetch: fetchFiles, titles: opts.titles });
  await writeCache(opts.cache, {
    url,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    storedAt: Date.now(),
    manifest: bytes,
    files: Object.fromEntries(record),
  });
  return index;
}

async function revalidate<T>(url: string, opts: CachedLoadOptions, read: IndexReader<T>, served: CachedIndexBytes): Promise<Revalidation<T>> {
  try {
    const result = await loadFromNetwork(url, { ...opts, signal: undefined }, read, served);
    return result === 'unchanged' ? { kind: 'unchanged' } : { kind: 'updated', index: result };
  } catch (error) {
    const offline = error instanceof IndexFetchError && error.failure === 'network' && error.status === null;
    return { kind: 'failed', note: offline ? 'offline-cache' : 'stale-cache', error };
  }
}

/**
 * `loadIndexCached` with another reader (`loadTitlesCached` reads only the titles): a
 * cached copy that lacks a file the reader needs is passed over for the network, which
 * adds the file to it.
 */
export async function loadCached<T>(url: string, opts: CachedLoadOptions, read: IndexReader<T>): Promise<CachedLoad<T>> {
  const href = manifestUrlOf(url);
  let entry = await readCache(opts.cache, href).catch(() => null);
  if (entry && opts.integrity) {
    // The page asks for a specific build; a cached copy of another one does not count.
    const ok = await checkIntegrity(entry.manifest, opts.integrity, href).then(
      () => true,
      () => false,
    );
    if (!ok) entry = null;
  }
  if (entry) {
    const cached = entry;
    const fromCache: typeof fetch = async (input) => {
      const fileUrl = urlOf(input);
      if (fileUrl === href) return new Response(cached.manifest as Uint8Array<ArrayBuffer>, { status: 200 });
      const bytes = cached.files[fileUrl];
      if (bytes !== undefined) return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200 });
      throw new TypeError(`${fileUrl} is not in the cache`);
    };
    try {
      const index = await read(href, { lang: opts.lang, signal: opts.signal, fetch: fromCache, titles: opts.titles });
      return { index, origin: 'cache', revalidate: () => revalidate(href, opts, read, cached) };
    } catch (error) {
      if (opts.signal?.aborted) throw error;
    }
  }
  // Another language (or only the titles) may be cached: its files still serve if index.json is unchanged.
  const index = await loadFromNetwork(href, opts, read, null, entry).catch((error: unknown) => {
    if (!entry || opts.signal?.aborted) throw error;
    return loadFromNetwork(href, opts, read, null);
  });
  if (index === 'unchanged') throw new Error('unreachable: an unconditional request cannot be unchanged');
  return { index, origin: 'network', revalidate: null };
}
