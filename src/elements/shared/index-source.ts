/**
 * The one place elements get an index from a URL. Every element on a page that points at
 * the same `index.json` in the same language shares one load; a failed load is forgotten
 * so Retry loads again. Loads go through the device cache (`core/load/cache.ts`): a returning
 * visitor gets the saved copy at once while a newer one is looked for in the background. So
 * do the files an index was loaded without and a page reads later (another language's titles,
 * what a skill finder's miss loads, an occupation's slice of the catalogue), kept beside its
 * saved copy, as are the files elements load themselves after a choice (a card's quotes, what
 * the work requires: `through`); all go through the host's fetch when it gave one
 * (`resetIndexSource`).
 */
import { manifestUrlOf, openIndexCache, type CachedLoad, type CachedLoadOptions, type IndexCache, type Revalidation } from '../../core/load/index.js';
import { indexLang, loadLabelsCached, loadTitlesCached } from '../../core/load/index.js';
import type { TitlesIndex } from '../../core/load/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import { raceAbort, SharedLoads } from '../../core/load/index.js';
import type { TitleIndex } from '../../core/model/index.js';
import { onceRetrying } from './once.js';

export interface IndexSnapshot<T extends TitlesIndex = LoadedIndex> {
  index: T;
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

/** Loads of one kind (whole indexes, or their titles alone) and who hears of their updates. */
interface Shared<T extends TitlesIndex> {
  loads: Map<string, Promise<IndexSnapshot<T>>>;
  listeners: Map<string, Set<(snap: IndexSnapshot<T>) => void>>;
  load: (url: string, opts: CachedLoadOptions) => Promise<CachedLoad<T>>;
}

/**
 * The whole loader (programs, the ranking data) comes when a whole index is first asked
 * for, not with the page: a page with only a job search never asks and never downloads it.
 * Imported through the folder's lazy entry, not its index.ts, which the page already has. Asked
 * for at once by `requestIndex`, so it arrives while the titles load; a failed import is
 * forgotten, so Retry imports again.
 */
const importWhole = onceRetrying(() => import('../../core/load/lazy.js'));
const loadWhole = (url: string, opts: CachedLoadOptions) => importWhole().then((m) => m.loadIndexCached(url, opts));
const whole: Shared<LoadedIndex> = { loads: new Map(), listeners: new Map(), load: loadWhole };
const titlesOnly: Shared<TitlesIndex> = { loads: new Map(), listeners: new Map(), load: loadTitlesCached };
const labelsOnly: Shared<TitlesIndex> = { loads: new Map(), listeners: new Map(), load: loadLabelsCached };
const loads = whole.loads;
let cache: Promise<IndexCache> | null = null;
/** The host's fetch (`resetIndexSource`); undefined, the page's own. */
let hostFetch: typeof fetch | undefined;
/** Where each index loaded here came from: another language's titles are fetched beside it. */
const sources = new WeakMap<TitlesIndex, string>();
/** Titles of another language than the index was loaded in, one load per index and language. */
const extraTitles = new SharedLoads<TitlesIndex, Lang, TitleIndex>();

/**
 * Forget every load on this page and, optionally, use another cache or fetch from now on
 * (tests; hosts that must add headers to index requests).
 */
export function resetIndexSource(opts: { cache?: IndexCache; fetch?: typeof fetch } = {}): void {
  loads.clear();
  titlesOnly.loads.clear();
  labelsOnly.loads.clear();
  cache = opts.cache ? Promise.resolve(opts.cache) : null;
  hostFetch = opts.fetch;
}

function notify<T extends TitlesIndex>(shared: Shared<T>, href: string, snap: IndexSnapshot<T>): void {
  for (const cb of [...(shared.listeners.get(href) ?? [])]) {
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

function settle<T extends TitlesIndex>(
  shared: Shared<T>,
  key: string,
  href: string,
  load: Promise<IndexSnapshot<T>>,
  served: IndexSnapshot<T>,
  r: Revalidation<T>,
) {
  if (shared.loads.get(key) !== load || r.kind === 'unchanged') return;
  const snap: IndexSnapshot<T> = r.kind === 'updated' ? { index: r.index, origin: 'network', note: null, lang: served.lang } : { ...served, note: r.note };
  sources.set(snap.index, href);
  shared.loads.set(key, Promise.resolve(snap));
  notify(shared, href, snap);
}

/**
 * The index at `url` with the job titles of `lang`. One load per url and language per page,
 * shared by every element that asks. Titles loading alone for the same index (a job search,
 * `requestTitlesIndex`) go first: the rest waits for them, so the two never share the
 * connection, and then reuses what they read (`LoadOptions.titles`) and fetches only the
 * programs.
 */
export function requestIndex(url: string, opts: RequestIndexOptions): Promise<IndexSnapshot> {
  importWhole().catch(() => undefined);
  return request(whole, url, opts, (key) => titlesOnly.loads.get(key));
}

/**
 * Only what a job search needs of the index at `url` (see `loadTitlesIndex`): the whole
 * index when one is loaded or loading here, else the titles of `lang` alone, one load per
 * url and language per page.
 */
export function requestTitlesIndex(url: string, opts: RequestIndexOptions): Promise<IndexSnapshot<TitlesIndex>> {
  const key = keyOrNull(url, opts);
  if (key !== null && loads.has(key)) return requestIndex(url, opts);
  return request(titlesOnly, url, opts, () => undefined);
}

/**
 * Only the labels of the index at `url` (see `loadLabelsIndex`), for an element that shows
 * one occupation and never matches a typed title: the titles or the whole index when they
 * are loaded or loading here, else the labels of `lang` alone, one load per url and language
 * per page.
 */
export function requestLabelsIndex(url: string, opts: RequestIndexOptions): Promise<IndexSnapshot<TitlesIndex>> {
  const key = keyOrNull(url, opts);
  if (key !== null && (loads.has(key) || titlesOnly.loads.has(key))) return requestTitlesIndex(url, opts);
  return request(labelsOnly, url, opts, () => undefined);
}

/**
 * What every index load here goes through: the host's fetch (`resetIndexSource`), and the device
 * cache. Exported for the files an element loads itself beside an index it shows, after a choice
 * (a card's quotes, what the work requires): they come the way the index came, and are kept.
 */
export async function through(): Promise<{ fetch: typeof fetch | undefined; cache: IndexCache }> {
  return { fetch: hostFetch, cache: await (cache ??= openIndexCache()) };
}

function keyOf(url: string, opts: RequestIndexOptions): string {
  return `${opts.lang} ${opts.integrity ?? ''} ${manifestUrlOf(url)}`;
}

/** `keyOf`, or null for a URL that does not parse (`request` then rejects like a failed load). */
function keyOrNull(url: string, opts: RequestIndexOptions): string | null {
  try {
    return keyOf(url, opts);
  } catch {
    return null;
  }
}

function request<T extends TitlesIndex>(
  shared: Shared<T>,
  url: string,
  opts: RequestIndexOptions,
  before: (key: string) => Promise<IndexSnapshot<TitlesIndex>> | undefined,
): Promise<IndexSnapshot<T>> {
  let href: string;
  try {
    href = manifestUrlOf(url);
  } catch (error) {
    // An unparseable URL rejects like any failed load instead of throwing at the caller.
    return Promise.reject(error);
  }
  const key = keyOf(href, opts);
  let load = shared.loads.get(key);
  if (load) {
    const loaded = load.then((snap) => ({ ...snap, origin: 'memory' as const }));
    return raceAbort(loaded, opts.signal);
  }
  const first = before(key);
  const started: Promise<IndexSnapshot<T>> = (async () => {
    // Its manifest, labels and titles are reused when index.json has not changed since.
    const titles = (await first?.catch(() => undefined))?.index;
    const got = await shared.load(href, { ...(await through()), lang: opts.lang, integrity: opts.integrity, titles });
    const snap: IndexSnapshot<T> = { index: got.index, origin: got.origin, note: null, lang: opts.lang };
    sources.set(got.index, href);
    if (got.revalidate) void got.revalidate().then((r) => settle(shared, key, href, started, snap, r));
    return snap;
  })();
  load = started;
  shared.loads.set(key, load);
  load.catch(() => {
    if (shared.loads.get(key) === load) shared.loads.delete(key);
  });
  return raceAbort(load, opts.signal);
}

/** Each occupation's slice per titles index, one load per page however many elements ask. */
const sliceLoads = new SharedLoads<TitlesIndex, string, LoadedIndex>();

/**
 * The index of one occupation (`loadOccupationIndex`): the `titles` (or labels) already
 * loaded, with that occupation's slice of the catalogue, what a page's first recommendations
 * need instead of the whole catalogue, through the device cache. A failed load is forgotten,
 * so Retry loads again.
 */
export function requestOccupationIndex(titles: TitlesIndex, code: string, signal?: AbortSignal): Promise<LoadedIndex> {
  const lang = indexLang(titles);
  const load = sliceLoads.get(titles, code, () =>
    importWhole().then(async (m) => m.loadOccupationIndex(titles.source, code, { lang, ...(await through()), titles })),
  );
  return raceAbort(load, signal);
}

/**
 * The job titles of `lang` for `index`: its own when loaded, else `titles.<lang>.tsv`
 * alone (`loadTitles`), read beside the index through the device cache once per page
 * however many elements ask (for titles typed in the other language). Null when `index` was
 * not loaded here (a host's own index: where its files are is unknown). A failed load is
 * forgotten, so a later ask tries again.
 */
export function requestTitles(index: TitlesIndex, lang: Lang): Promise<TitleIndex> | null {
  const own = index.titles[lang];
  if (own) return Promise.resolve(own);
  const href = sources.get(index);
  if (href === undefined) return null;
  return extraTitles.get(index, lang, () => importWhole().then(async (m) => m.loadTitles(href, index, lang, await through())));
}

/**
 * Call `cb` whenever a background revalidation swaps in a newer index for `url`, or finds
 * it cannot (the same index, now with `note` set to say it is a saved copy). Called once
 * per language loaded: compare `snap.lang`. Returns the unsubscribe function.
 */
export function onIndexUpdate(url: string, cb: (snap: IndexSnapshot) => void): () => void {
  return listen(whole, url, cb);
}

/** `onIndexUpdate` for the titles loaded alone (`requestTitlesIndex`). */
export function onTitlesIndexUpdate(url: string, cb: (snap: IndexSnapshot<TitlesIndex>) => void): () => void {
  return listen(titlesOnly, url, cb);
}

/** `onIndexUpdate` for the labels loaded alone (`requestLabelsIndex`). */
export function onLabelsIndexUpdate(url: string, cb: (snap: IndexSnapshot<TitlesIndex>) => void): () => void {
  return listen(labelsOnly, url, cb);
}

function listen<T extends TitlesIndex>(shared: Shared<T>, url: string, cb: (snap: IndexSnapshot<T>) => void): () => void {
  let href: string;
  try {
    href = manifestUrlOf(url);
  } catch {
    return () => undefined;
  }
  let set = shared.listeners.get(href);
  if (!set) {
    set = new Set();
    shared.listeners.set(href, set);
  }
  set.add(cb);
  return () => {
    set.delete(cb);
    if (set.size === 0) shared.listeners.delete(href);
  };
}
