/**
 * One occupation's index, for a page's first recommendations: the titles (loaded first,
 * as a job search loads them) or the labels alone (`loadLabelsIndex`), the catalogue's
 * shared figures (`catalogue.txt`, once per index) and that occupation's slice of the
 * catalogue (`programs.<code>.txt`), about 1 to 3 KB of gzip instead of the whole
 * `programs.txt` (190 KB on the Coursera catalogue). Over it, `recommend()` for that
 * occupation (with any filters, or from any current occupation) and `relatedOccupations()`
 * give what they give over the whole index. Each file is verified: the catalogue against
 * `index.json`, the slice against the hash the catalogue records; with `cache`, both are read
 * from (or added to) the device cache's copy of the same build (`readFileCached`), so a
 * returning visitor offline gets the same first recommendations.
 */
import {
  catalogueSteps,
  expandOccupationSteps,
  FILE_NAMES,
  occupationSteps,
  requireOccupation,
  sliceSteps,
  type Catalogue,
  type DecodedSlice,
  type IndexManifest,
} from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';
import { loadLabelsIndex } from './load-titles.js';
import { readFileCached, type OnDemandOptions } from './on-demand.js';
import { SharedLoads } from './shared-loads.js';
import { indexLang, langOf, TITLES_SOURCES, type LoadOptions, type TitlesIndex } from './read.js';

/** Options of `loadOccupationIndex`: with `cache`, the device cache its titles came through (see `readFileCached`). */
export type OccupationLoadOptions = LoadOptions & Pick<OnDemandOptions, 'cache'>;

/** The fetch and cache each slice was loaded with, for the slices of other occupations it leads to. */
const FETCHES = new WeakMap<LoadedIndex, Pick<OnDemandOptions, 'fetch' | 'cache'>>();
/** Per manifest: its occupations' profiles read in, and its catalogue figures. */
const COMPLETED = new SharedLoads<IndexManifest, null, void>();
const CATALOGUES = new SharedLoads<IndexManifest, null, Catalogue>();

/**
 * The index of occupation `code` at `url`: `opts.titles` (or the labels of `opts.lang`
 * alone, English when left out, loaded here: no job titles) with the programs that have
 * evidence for `code`.
 * `recommend()` over it refuses any other target occupation. Retried from scratch after a failure.
 * @throws UnknownOccupationError (a RangeError) for a code not in the index; IndexFetchError |
 *   IndexFormatError | IndexVersionError | IndexIntegrityError, or the signal's reason when aborted.
 */
export async function loadOccupationIndex(url: string | URL, code: string, opts: OccupationLoadOptions = {}): Promise<LoadedIndex> {
  let titles = opts.titles;
  if (!titles || !TITLES_SOURCES.has(titles.manifest)) titles = await loadLabelsIndex(url, { ...opts, lang: langOf(opts, 'loadOccupationIndex') });
  const { manifest, source } = titles;
  requireOccupation(titles, code);
  const catalogue = await CATALOGUES.get(manifest, null, () =>
    readFileCached(manifest, source, manifest.files.catalogue, opts, (text, file, s) => runInSlices(catalogueSteps(text, manifest, file), s)),
  );
  // After the download: a slice's length is the work done, not the wait.
  const slicer = new Slicer({ signal: opts.signal, onSlice: opts.onSlice });
  await COMPLETED.get(manifest, null, () => completeOccupations(titles, slicer));
  const expected = catalogue.slices.get(code);
  let slice: DecodedSlice = { programs: [], positions: new Uint32Array(0), quoteHash: null };
  if (expected !== undefined) {
    const ref = { path: FILE_NAMES.slice(code), shortHash: expected };
    slice = await readFileCached(manifest, source, ref, opts, (text, file, s) => runInSlices(sliceSteps(text, manifest, catalogue, code, file), s));
    slicer.resume();
  }
  const [prepareRankingInSlices, prepareNumberFormats] = await Promise.all([
    import('../rank/index.js').then(({ prepareRankingInSlices }) => prepareRankingInSlices),
    import('../lmi/index.js').then(({ prepareNumberFormats }) => prepareNumberFormats),
  ]);
  // The text postings (`findPrograms({ text })`, no recommendation) are built on first use.
  const ranking = await prepareRankingInSlices(manifest, slice.programs, slicer, catalogue);
  await prepareNumberFormats(indexLang(titles), () => slicer.pause());
  slicer.finish();
  const index: LoadedIndex = {
    manifest,
    occupations: titles.occupations,
    programs: slice.programs,
    titles: titles.titles,
    ranking,
    quoteFiles: new Map(slice.quoteHash ? [[code, slice.quoteHash]] : []),
    source,
    slice: { occupation: code, positions: slice.positions, withPrograms: new Set(catalogue.slices.keys()) },
  };
  FETCHES.set(index, { fetch: opts.fetch, cache: opts.cache });
  return index;
}

/**
 * An index that ranks the programs of occupation `code`: `index` itself when it is a whole
 * index or that occupation's slice, else that occupation's slice, loaded beside `index` (same
 * files, titles, fetch and device cache).
 */
export async function occupationIndexFor(index: LoadedIndex, code: string, opts: { signal?: AbortSignal } = {}): Promise<LoadedIndex> {
  if (!index.slice || index.slice.occupation === code) return index;
  return loadOccupationIndex(index.source, code, { ...FETCHES.get(index), lang: indexLang(index), signal: opts.signal, titles: index });
}

/** The occupations' skill profiles, likeness and labour market, which the titles leave unread. */
async function completeOccupations(titles: TitlesIndex, slicer: Slicer): Promise<void> {
  const head = TITLES_SOURCES.get(titles.manifest)!.head;
  const file = await runInSlices(occupationSteps(head, titles.source), slicer);
  await runInSlices(expandOccupationSteps(file, titles.manifest), slicer);
}
