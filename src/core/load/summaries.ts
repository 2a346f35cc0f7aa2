/**
 * The occupations' lead statements ("Registered nurses provide direct nursing care…"), in
 * `summaries.<lang>.txt`: no element shows them, so no page loads them with the titles or the
 * programs (29 KB of gzip in English on the real data). A host that shows them loads them here;
 * until then `Occupation.summary` is empty in that language.
 */
import { summarySteps, type Lang } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';
import { decodeUtf8InSlices, fetchVerified, type LoadOptions } from './read.js';
import type { TitlesIndex } from './read.js';
import { raceAbort, SharedLoads } from './shared-loads.js';

/** The summaries of each language, per manifest. */
const LOADS = new SharedLoads<LoadedIndex['manifest'], Lang, void>();

/**
 * Fetches, verifies (size and SHA-256 from `index.json`) and reads into `index` the
 * occupations' lead statements in `lang`, once per index and language; a failed load can
 * be tried again.
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError, or the signal's reason.
 */
export function loadSummaries(index: TitlesIndex, lang: Lang, opts: Pick<LoadOptions, 'fetch' | 'signal'> = {}): Promise<void> {
  const { manifest } = index;
  // Shared: one caller's signal stops its own wait, not the load.
  const load = LOADS.get(manifest, lang, async () => {
    const [bytes, file] = await fetchVerified(manifest.files.summaries[lang], index.source, { fetch: opts.fetch });
    const slicer = new Slicer();
    await runInSlices(summarySteps(await decodeUtf8InSlices(bytes, file, slicer), lang, manifest, file), slicer);
    slicer.finish();
  });
  return raceAbort(load, opts.signal);
}

/** Marks the summaries of `lang` as read into `manifest` (the Node reader and `assembleIndex` read them with the rest). */
export function summariesRead(manifest: LoadedIndex['manifest'], lang: Lang): void {
  LOADS.set(manifest, lang, undefined);
}
