/**
 * The one place elements get an index from a URL. Every element on a page that points at
 * the same `index.json` in the same language shares one load; a failed load is forgotten
 * so Retry loads again.
 */
import { loadIndex } from '../../core/load.js';
import type { LoadedIndex } from '../../core/loaded.js';
import type { Lang } from '../../core/schema.js';

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

function absolute(url: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  return new URL(url, base).href;
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
  const href = absolute(url);
  const key = `${opts.lang} ${href}`;
  let load = loads.get(key);
  if (load) {
    const shared = load.then((snap) => ({ ...snap, origin: 'memory' as const }));
    return raceAbort(shared, opts.signal);
  }
  load = loadIndex(href, { lang: opts.lang }).then(
    (index): IndexSnapshot => ({ index, origin: 'network', note: null, lang: opts.lang }),
  );
  loads.set(key, load);
  load.catch(() => {
    if (loads.get(key) === load) loads.delete(key);
  });
  return raceAbort(load, opts.signal);
}

/**
 * Call `cb` whenever a background revalidation swaps in a newer index for `url` (once per
 * language loaded; compare `snap.lang`). Returns the unsubscribe function.
 */
export function onIndexUpdate(url: string, cb: (snap: IndexSnapshot) => void): () => void {
  const href = absolute(url);
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
