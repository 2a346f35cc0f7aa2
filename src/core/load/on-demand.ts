/**
 * Files an index was loaded without, read into it when a page first needs them: another
 * language's job titles (`loadTitles`), labels and the skills' other names (`loadLabels`), an
 * occupation's slice of the catalogue (`loadOccupationIndex`), its quotes (`loadQuotes`) and
 * what the work requires (`loadRequirements`). Through the device cache the index came
 * through: a file is read from its copy of the same build when that holds it, else fetched and
 * then added to that copy, so a returning visitor offline finds again what an earlier visit
 * loaded. Either way it is verified before it is read: against `index.json` (size and
 * SHA-256), or against the short hash a file so verified records (a slice, its quotes). Reached
 * through the modules that load after a choice, so no page carries it before then.
 */
import { IndexIntegrityError, QUOTE_HASH_HEX, type FileRef, type IndexManifest, type Lang } from '../index-format/index.js';
import type { LoadedIndex, TitleIndex } from '../model/index.js';
import { Slicer } from '../schedule/index.js';
import { sameBytes } from './bytes.js';
import { readCache, writeCache } from './cached-load.js';
import type { CachedIndexBytes, IndexCache } from './index-cache.js';
import { buildTitles, decodeUtf8InSlices, fetchBytes, resolveManifestUrl, sha256Hex, TITLES_SOURCES, verifyFileRef, type LoadOptions } from './read.js';

/** Options of the loads of files an index was loaded without (`loadTitles`, `loadLabels`). */
export interface OnDemandOptions extends Omit<LoadOptions, 'lang' | 'base'> {
  /**
   * The device cache the index was loaded through (`loadIndexCached`, `loadTitlesCached`):
   * the file is read from its copy of the same build, or fetched and added to that copy.
   */
  cache?: IndexCache;
}

/**
 * `index.json` as read, of each whole index `loadIndex` assembled from it (those of the titles
 * loaded alone are in `TITLES_SOURCES`): which cached copy is of the same build. About 330 KB
 * on the real data, kept as long as the index, as the titles keep theirs.
 */
const WHOLE_SOURCES = new WeakMap<IndexManifest, Uint8Array>();

/**
 * A file `readFileCached` reads: one `index.json` lists (`FileRef`: size and SHA-256), or one
 * whose short hash (the first QUOTE_HASH_HEX hex digits of its SHA-256) a verified file
 * records: an occupation's slice (`catalogue.txt`), its quotes (`programs.txt`, the slice).
 */
export type CachedFileRef = FileRef | { path: string; shortHash: string };

/** Records that `manifest` was read from `bytes` (`loadIndex`). */
export function readFrom(manifest: IndexManifest, bytes: Uint8Array): void {
  WHOLE_SOURCES.set(manifest, bytes);
}

/**
 * The file `ref` of the index whose `index.json` is at `url` and was read into `manifest`,
 * verified, decoded and given to `read` in slices: from the cache's copy of the same build
 * when it holds the file, else downloaded (while the copy is looked in), then added to that
 * copy in the background once read, if it is still of that build (`keep`). A copy of another
 * build is left as it is (revalidation replaces it whole).
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError, or the signal's reason when aborted.
 */
export async function readFileCached<T>(
  manifest: IndexManifest,
  url: string | URL,
  ref: CachedFileRef,
  opts: OnDemandOptions,
  read: (text: string, fileUrl: string, slicer: Slicer) => Promise<T>,
): Promise<T> {
  const manifestUrl = await resolveManifestUrl(url);
  const fileUrl = new URL(ref.path, manifestUrl).href;
  // Downloaded while the saved copy is looked in, not after: reading the copy whole first added
  // a fifth of a second to a portal's first recommendations online (`npm run bench --
  // first-recommendations`), and a cache without `getFile` still does.
  const download = fetchBytes(opts.fetch, fileUrl, opts.signal).then(async (got) => {
    await verifyRef(ref, got, fileUrl);
    return got;
  });
  download.catch(() => undefined);
  const saved = await savedFile(manifest, manifestUrl, opts.cache, fileUrl);
  // Damaged storage is passed over for the network, as `loadCached` does.
  const bytes = saved && (await intact(ref, saved, fileUrl)) ? saved : await download;
  const slicer = new Slicer({ signal: opts.signal, onSlice: opts.onSlice });
  slicer.resume();
  const result = await read(await decodeUtf8InSlices(bytes, fileUrl, slicer), fileUrl, slicer);
  slicer.finish();
  if (opts.cache && bytes !== saved) void keep(manifest, manifestUrl, opts.cache, fileUrl, bytes);
  return result;
}

/** `index.json` as read, of the index `manifest` was read into: which cached copy is of the same build. */
const builtFrom = (manifest: IndexManifest) => TITLES_SOURCES.get(manifest)?.bytes ?? WHOLE_SOURCES.get(manifest);

/**
 * The file at `fileUrl` in the copy `cache` holds of the build `manifest` was read from, or null
 * (no copy, another build, or the file not in it). A cache that can read one file alone does;
 * another reads its whole copy.
 */
async function savedFile(manifest: IndexManifest, url: string, cache: IndexCache | undefined, fileUrl: string): Promise<Uint8Array | null> {
  const built = builtFrom(manifest);
  if (!cache || !built) return null;
  if (cache.getFile) return cache.getFile(url, built, fileUrl).catch(() => null);
  return (await wholeCopy(cache, url, built))?.files[fileUrl] ?? null;
}

/**
 * Adds the file downloaded at `fileUrl` to the cache's copy, after the page has it, if that
 * copy is still of the build `manifest` was read from: a revalidation may have stored a newer
 * one meanwhile, which this would replace. A cache that can add one file alone checks and
 * adds it in one step; another is read whole, checked, and written again. A copy that cannot
 * be written is no reason to fail what was read.
 */
async function keep(manifest: IndexManifest, url: string, cache: IndexCache, fileUrl: string, bytes: Uint8Array): Promise<void> {
  const built = builtFrom(manifest);
  if (!built) return;
  if (cache.addFile) return cache.addFile(url, built, fileUrl, bytes).catch(() => undefined);
  const still = await wholeCopy(cache, url, built);
  if (still) await writeCache(cache, { ...still, files: { [fileUrl]: bytes } }).catch(() => undefined);
}

/** The copy of `url` in `cache`, read whole, when it is of the build whose index.json is `built`; else null. */
async function wholeCopy(cache: IndexCache, url: string, built: Uint8Array): Promise<CachedIndexBytes | null> {
  const copy = await readCache(cache, url).catch(() => null);
  return copy && sameBytes(copy.manifest, built) ? copy : null;
}

/**
 * Checks `bytes` against `ref`: `verifyFileRef`, or the short hash (checked wherever the page
 * has Web Crypto, as `verifyFileRef` checks the SHA-256).
 * @throws IndexFormatError | IndexIntegrityError
 */
export async function verifyRef(ref: CachedFileRef, bytes: Uint8Array, fileUrl: string): Promise<void> {
  if ('sha256' in ref) return verifyFileRef(ref, bytes, fileUrl);
  const actual = (await sha256Hex(bytes))?.slice(0, QUOTE_HASH_HEX);
  if (actual !== undefined && actual !== ref.shortHash) throw new IndexIntegrityError(fileUrl, 'sha256', ref.shortHash, actual);
}

/** True when `bytes` are the file `ref` records (`verifyRef`). */
async function intact(ref: CachedFileRef, bytes: Uint8Array, fileUrl: string): Promise<boolean> {
  try {
    await verifyRef(ref, bytes, fileUrl);
    return true;
  } catch {
    return false;
  }
}

/**
 * The job titles of `lang` alone, for an index loaded from `url` in the other language:
 * only `titles.<lang>.tsv` is fetched (or, with `opts.cache`, read from its copy of the
 * index), verified and built in slices, and no labels (the page keeps showing occupations in
 * its own language). For titles typed in the other language (`matchTitlesAcross`). Returns
 * the index's own titles when it has them.
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError, or the signal's reason when aborted.
 */
export async function loadTitles(
  url: string | URL,
  index: Pick<LoadedIndex, 'titles' | 'manifest'>,
  lang: Lang,
  opts: OnDemandOptions = {},
): Promise<TitleIndex> {
  const own = index.titles[lang];
  if (own) return own;
  const ref = index.manifest.files.titles[lang];
  return readFileCached(index.manifest, url, ref, opts, (text, fileUrl, slicer) => buildTitles(text, lang, index.manifest, fileUrl, ref, slicer));
}
