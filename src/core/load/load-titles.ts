/**
 * The job titles of an index, first and alone: `index.json`, the labels of the page's
 * language (English always: the official titles the suggestions show) and
 * `titles.<lang>.tsv`, each verified against the manifest's size and SHA-256 like every
 * file `loadIndex` reads. Never programs, quotes or labour-market data, and no ranking
 * code: what a job search needs before its first suggestion, so it never waits for the
 * rest. Of `index.json` it checks and reads what the titles need, not the occupations'
 * skill profiles, likeness and labour market (`decode-occupations.ts`). `loadIndex` later
 * builds the whole index when an element needs recommendations: given these titles
 * (`LoadOptions.titles`), it checks and reads those into their manifest, reuses their
 * labels and titles, and reads only the programs. For that, the bytes of `index.json` are
 * kept beside the titles (about 330 KB on the real data) to check that it has not changed
 * since. `loadLabelsIndex` reads the same without the titles, for elements that show one
 * occupation and never match a typed title.
 */
import { expandManifestSteps } from '../index-format/index.js';
import {
  applyLabels,
  buildTitles,
  decodeUtf8InSlices,
  fetchBytes,
  fetchVerified,
  labelLangs,
  langOf,
  readManifestHead,
  resolveManifestUrl,
  TITLES_SOURCES,
  type LoadOptions,
  type TitlesIndex,
} from './read.js';
import type { FileRef, Lang } from '../index-format/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';

export type { TitlesIndex } from './read.js';

/**
 * Options of `loadTitlesIndex`, `loadLabelsIndex` and `loadTitlesCached`: those of `loadIndex`
 * but `base` and `titles`.
 */
export type TitlesLoadOptions = Omit<LoadOptions, 'base' | 'titles'>;

/**
 * Loads the titles of `opts.lang` (English when left out) from the index at `url` (resolved as `loadIndex` does):
 * the manifest, the labels `labelLangs(lang)` and `titles.<lang>.tsv`, fetched in parallel
 * once the manifest is read, verified, then parsed in slices.
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError,
 *   or the signal's reason when aborted.
 */
export function loadTitlesIndex(url: string | URL, opts: TitlesLoadOptions = {}): Promise<TitlesIndex> {
  return loadHead(url, opts, langOf(opts, 'loadTitlesIndex'), true);
}

/**
 * `loadTitlesIndex` without the job titles (`titles` is empty): the manifest and the labels
 * of `labelLangs(lang)`, what an element needs that shows one occupation's programs or
 * labour market and never matches a typed title. On the real data, 176 KB of gzip less for
 * an English page. `loadOccupationIndex` and `loadIndex` take it as `titles` like a titles
 * index (`loadIndex` then loads the titles too).
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError,
 *   or the signal's reason when aborted.
 */
export function loadLabelsIndex(url: string | URL, opts: TitlesLoadOptions = {}): Promise<TitlesIndex> {
  return loadHead(url, opts, langOf(opts, 'loadLabelsIndex'), false);
}

async function loadHead(url: string | URL, opts: TitlesLoadOptions, lang: Lang, withTitles: boolean): Promise<TitlesIndex> {
  const { signal } = opts;
  const manifestUrl = await resolveManifestUrl(url);
  const slicer = new Slicer({ signal, onSlice: opts.onSlice });
  const manifestBytes = await fetchBytes(opts.fetch, manifestUrl, signal);
  const file = await readManifestHead(manifestBytes, manifestUrl, slicer);
  await slicer.pause();

  const langs = labelLangs(lang);
  const refs: FileRef[] = langs.map((l) => file.files.labels[l]);
  if (withTitles) refs.push(file.files.titles[lang]);
  const fetched = await Promise.all(refs.map((ref) => fetchVerified(ref, manifestUrl, opts)));
  slicer.resume();
  const manifest = await runInSlices(expandManifestSteps(file), slicer);
  for (let k = 0; k < langs.length; k++) {
    const [bytes, fileUrl] = fetched[k]!;
    await applyLabels(manifest, langs[k]!, await decodeUtf8InSlices(bytes, fileUrl, slicer), fileUrl, slicer);
  }
  const titles: TitlesIndex['titles'] = {};
  if (withTitles) {
    const [titleBytes, titlesUrl] = fetched[langs.length]!;
    titles[lang] = await buildTitles(await decodeUtf8InSlices(titleBytes, titlesUrl, slicer), lang, manifest, titlesUrl, refs[langs.length]!, slicer);
  }
  slicer.finish();
  TITLES_SOURCES.set(manifest, { bytes: manifestBytes, head: file });
  return {
    manifest,
    occupations: new Map(manifest.occupations.map((occupation) => [occupation.code, occupation])),
    titles,
    source: manifestUrl,
  };
}
