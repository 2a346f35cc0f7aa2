/**
 * The job titles of an index (or its labels alone) through the device cache (`cache.ts`):
 * from a saved copy at once when it holds them, else from the network, verified, then added
 * to the saved copy. What a page with only the job search loads; `loadIndexCached` later
 * finds these files in the cache and downloads only the rest.
 */
import { loadCached, type CachedLoad, type CachedLoadOptions, type IndexReader } from './cached-load.js';
import { loadLabelsIndex, loadTitlesIndex, type TitlesIndex } from './load-titles.js';

const readTitles: IndexReader<TitlesIndex> = (url, opts) => loadTitlesIndex(url, opts);
const readLabels: IndexReader<TitlesIndex> = (url, opts) => loadLabelsIndex(url, opts);

/**
 * The titles of `opts.lang` of the index at `url` (see `loadTitlesIndex`), as
 * `loadIndexCached` loads a whole index: a cached copy with `revalidate`, or the network.
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError
 */
export function loadTitlesCached(url: string, opts: CachedLoadOptions): Promise<CachedLoad<TitlesIndex>> {
  return loadCached(url, opts, readTitles);
}

/** `loadTitlesCached` without the job titles (see `loadLabelsIndex`). */
export function loadLabelsCached(url: string, opts: CachedLoadOptions): Promise<CachedLoad<TitlesIndex>> {
  return loadCached(url, opts, readLabels);
}
