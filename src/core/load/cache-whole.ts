/**
 * A whole index through the device cache (`cached-load.ts`), as `loadTitlesCached` loads
 * its titles. Apart from the cache machinery because it brings the whole loader (programs,
 * quotes, ranking): the elements import this module only when they need a whole index, so
 * a page with only a job search does not download it.
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
