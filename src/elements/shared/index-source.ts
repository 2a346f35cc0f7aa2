/**
 * The one place elements get an index from a URL. Every element on a page that points at
 * the same `index.json` in the same language shares one load; a failed load is forgotten
 * so Retry loads again. Loads go through the device cache (`core/load/cache.ts`): a returning
 * visitor gets the saved copy at once while a newer one is looked for in the background.
 */
import {
  loadIndexCached,
  manifestUrlOf,
  openIndexCache,
  type IndexCache,
  type Revalidation,
} from '../../core/load/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import { loadTitles } from '../../core/load/index.js';
import type { TitleIndex } from '../../core/model/index.js';

export interface IndexSnapshot {
  index: LoadedIndex;
  /** Where this copy came from on this page. */
  origin: 'network' | 'cache' | 'memory';
  /** Set when a saved copy is shown because a fresh one could not be had. */
  note: 'stale-cache' | 'offline-cache' | null;
  /** Language whose titles `index` carries (additive to the shared contract). */
  lang: Lang;
}

export interface RequestIndexOptions {
  lang: Lang;
  /** Aborts this caller's wait only; the shared load goes on for the others. */
  signal?: AbortSignal;
  /** `sha256-<base64>` of index.json, as in Subresource Integrity. */
  integrity?: string;
}

const loads = new Map<string, Promise<IndexSnapshot>>();
const listeners = new Map<string, Set<(snap: IndexSnapshot) => void>>();
let cache: Promise<IndexCache> | null = null;
let customFetch: typeof fetch | undefined;
/** Where each index loaded here came from: another language's titles are fetched beside it. */
const sources = new WeakMap<LoadedIndex, string>();
/** Titles of another language than the index was loaded in, one load per index and language. */
const extraTitles = new WeakMap<LoadedIndex, Map<Lang, Promise<TitleIndex>>>();

/**
 * Forget every load on this page and, optionally, use another cache or fetch from now on
 * (tests; hosts that must add headers to index requests).
 */
export function resetIndexSource(opts: { cache?: IndexCache; fetch?: typeof fetch } = {}): void {
  loads.clear();
  cache = opts.cache ? Promise.resolve(opts.cache) : null;
  customFetch = opts.fetch;
}

function notify(href: string, snap: IndexSnapshot): void {
  for (const cb of [...(listeners.get(href) ?? [])]) {
    try {
      cb(snap);
    } catch (error) {
      // One element's failure must not keep the update from the others.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function settle(key: string, href: string, load: Promise<IndexSnapshot>, served: IndexSnapshot, r: Revalidation) {
  if (loads.get(key) !== load || r.kind === 'unchanged') return;
  const snap: IndexSnapshot =
    r.kind === 'updated'
      ? { index: r.index, origin: 'network', note: null, lang: served.lang }
      : { ...served, note: r.note };
  sources.set(snap.index, href);
  loads.set(key, Promise.resolve(snap));
  notify(href, snap);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolve when `promise` does, reject early if `signal` aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The index at `url` with the job titles of `lang`. One load per url and language per page,
 * shared by every element that asks.
 */
export function requestIndex(url: string, opts: RequestIndexOptions): Promise<IndexSnapshot> {
  let href: string;
  try {
    href = manifestUrlOf(url);
  } catch (error) {
    // An unparseable URL rejects like any failed load instead of throwing at the caller.
    return Promise.reject(error);
  }
  const key = `${opts.lang} ${opts.integrity ?? ''} ${href}`;
  let load = loads.get(key);
  if (load) {
    const shared = load.then((snap) => ({ ...snap, origin: 'memory' as const }));
    return raceAbort(shared, opts.signal);
  }
  const started: Promise<IndexSnapshot> = (async () => {
    cache ??= openIndexCache();
    const got = await loadIndexCached(href, {
      lang: opts.lang,
      cache: await cache,
      integrity: opts.integrity,
      fetch: customFetch,
    });
    const snap: IndexSnapshot = { index: got.index, origin: got.origin, note: null, lang: opts.lang };
    sources.set(got.index, href);
    if (got.revalidate) void got.revalidate().then((r) => settle(key, href, started, snap, r));
    return snap;
  })();
  load = started;
  loads.set(key, load);
  load.catch(() => {
    if (loads.get(key) === load) loads.delete(key);
  });
  return raceAbort(load, opts.signal);
}

/**
 * The job titles of `lang` for `index`: its own when loaded, else `titles.<lang>.tsv`
 * alone, fetched beside the index once per page however many elements ask (for titles
 * typed in the other language). Null when `index` was not loaded here (a host's own
 * index: where its files are is unknown). A failed load is forgotten, so a later ask
 * tries again.
 */
export function requestTitles(index: LoadedIndex, lang: Lang): Promise<TitleIndex> | null {
  const own = index.titles[lang];
  if (own) return Promise.resolve(own);
  const href = sources.get(index);
  if (href === undefined) return null;
  let byLang = extraTitles.get(index);
  if (!byLang) extraTitles.set(index, (byLang = new Map()));
  let load = byLang.get(lang);
  if (!load) {
    const started = loadTitles(href, index, lang, { fetch: customFetch });
    byLang.set(lang, (load = started));
    started.catch(() => {
      if (byLang.get(lang) === started) byLang.delete(lang);
    });
  }
  return load;
}

/**
 * Call `cb` whenever a background revalidation swaps in a newer index for `url`, or finds
 * it cannot (the same index, now with `note` set to say it is a saved copy). Called once
 * per language loaded: compare `snap.lang`. Returns the unsubscribe function.
 */
export function onIndexUpdate(url: string, cb: (snap: IndexSnapshot) => void): () => void {
  let href: string;
  try {
    href = manifestUrlOf(url);
  } catch {
    return () => undefined;
  }
  let set = listeners.get(href);
  if (!set) {
    set = new Set();
    listeners.set(href, set);
  }
  set.add(cb);
  return () => {
    set.delete(cb);
    if (set.size === 0) listeners.delete(href);
  };
}
