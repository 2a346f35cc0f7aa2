/**
 * The load folder's second entry, for dynamic `import()` only: a whole index through the
 * device cache (`cached-load.ts`), as `loadTitlesCached` loads its titles. It brings the
 * whole loader (programs, assembling, the ranking data), so importing it statically would
 * put all of that in the bundle of every page, a job search's included; the elements import
 * it when a whole index is first asked for.
 */
import { loadCached, type CachedLoad, type CachedLoadOptions, type IndexReader } from './cached-load.js';
import { loadIndex } from './load.js';
import type { LoadedIndex } from '../model/index.js';

const readWhole: IndexReader<LoadedIndex> = (url, opts) => loadIndex(url, opts);

/**
 * The index at `url` in `lang`: from the cache at once when a validated copy is there
 * (with `revalidate` to look for a newer one), else from the network, validated, then
 * stored. A cached copy the library can no longer read (another schema version, damaged
 * storage) is passed over for the network.
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError
 */
export function loadIndexCached(url: string, opts: CachedLoadOptions): Promise<CachedLoad> {
  return loadCached(url, opts, readWhole);
}

export { loadOccupationIndex, occupationIndexFor } from './load-slice.js';
export { loadLabels } from './load-labels.js';
export { loadTitles } from './on-demand.js';
