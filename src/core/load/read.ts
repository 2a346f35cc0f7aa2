/**
 * Reading an index's files, for the titles loaded alone (`load-titles.ts`) and the whole
 * index (`load.ts`): fetching, checking size and SHA-256, decoding text in slices, the
 * manifest, labels and job titles. What only a whole index needs (programs, quotes, the
 * ranking data) is in `load.ts`, so a page with only a job search does not carry it.
 */
import { headSteps, labelSteps, parseJsonInSlices, type IndexHead } from '../index-format/index.js';
import { IndexFetchError, IndexFormatError, IndexIntegrityError } from '../index-format/index.js';
import { LANGS, type FileRef, type IndexManifest, type Lang } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { TitleIndexBuilder } from '../titles/index.js';
import type { TitleIndex } from '../model/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';
import { sha256Hex } from '../index-format/index.js';
import { readFileUrl, readsFromDisk, resolveNodeLocation } from './files.js';
import { watchPolicyViolations } from './policy-watch.js';

export { sha256Hex } from '../index-format/index.js';

/** Options of `loadIndex` (and, without `base` and `titles`, of `loadTitlesIndex`). */
export interface LoadOptions {
  /** Language whose job titles (and labels, with the English ones) to load: `'en'` when left out. */
  lang?: Lang;
  signal?: AbortSignal;
  /**
   * Replaces the global fetch (tests, service workers, custom auth). Without it, Node reads
   * a path or `file:` URL from disk.
   */
  fetch?: typeof fetch;
  /** An index already loaded from the same URL in another language: only that language's files are added. */
  base?: LoadedIndex;
  /**
   * The titles of this index in `lang`, loaded first (`loadTitlesIndex`): when `index.json`
   * has the same bytes, its manifest, labels and titles are reused, and only the programs
   * are fetched and read.
   */
  titles?: TitlesIndex;
  /** Called with the length in ms of every synchronous slice between yields (benchmarks). */
  onSlice?: (ms: number) => void;
}

/**
 * What the job-title search reads of an index: the manifest (occupations with their
 * labels), the occupations by code and the prepared titles. A whole `LoadedIndex` is one.
 * Loaded alone (`loadTitlesIndex`), its occupations' skill profiles, likeness and labour
 * market are empty (not yet checked) until a whole index is loaded from it
 * (`LoadOptions.titles`), which reads them into the same manifest.
 */
export type TitlesIndex = Pick<LoadedIndex, 'manifest' | 'occupations' | 'titles' | 'source'>;

/**
 * What each titles index was read from (`loadTitlesIndex`), for `LoadOptions.titles`: the
 * bytes of `index.json`, to tell it has not changed, and its head, whose occupations a
 * whole index checks and reads in.
 */
export const TITLES_SOURCES = new WeakMap<IndexManifest, { bytes: Uint8Array; head: IndexHead }>();

/**
 * The language `opts` asks for, English when it names none: a Node script's
 * `loadIndex('./data/index')` needs no options. A language the index cannot hold is a
 * TypeError naming it, not a failure deep in the loader.
 */
export function langOf(opts: { lang?: Lang } | undefined, caller: string): Lang {
  const lang = opts?.lang ?? 'en';
  if (!LANGS.includes(lang)) throw new TypeError(`${caller}: lang must be ${LANGS.map((l) => `'${l}'`).join(' or ')}, not ${JSON.stringify(lang)}`);
  return lang;
}

/** Label languages a page needs for `lang`: English always, and `lang`. */
export function labelLangs(lang: Lang): Lang[] {
  return lang === 'en' ? ['en'] : ['en', lang];
}

/** Languages whose labels each in-memory manifest holds. */
const LABELS_LOADED = new WeakMap<IndexManifest, Set<Lang>>();

/**
 * True when `index` holds the labels of `lang` (a page in English does not download the
 * French ones): until then `localize` shows the English label.
 */
export function hasLabels(index: Pick<LoadedIndex, 'manifest'>, lang: Lang): boolean {
  return LABELS_LOADED.get(index.manifest)?.has(lang) ?? false;
}

/**
 * The language `index` was loaded in: that of its job titles, or without any (its labels
 * alone, `loadLabelsIndex`), French when it holds the French labels.
 */
export function indexLang(index: Pick<LoadedIndex, 'manifest' | 'titles'>): Lang {
  if (index.titles.en) return 'en';
  return index.titles.fr || hasLabels(index, 'fr') ? 'fr' : 'en';
}

export async function applyLabels(manifest: IndexManifest, lang: Lang, text: string, file: string, slicer: Slicer): Promise<void> {
  await runInSlices(labelSteps(text, lang, manifest, file), slicer);
  let loaded = LABELS_LOADED.get(manifest);
  if (!loaded) LABELS_LOADED.set(manifest, (loaded = new Set()));
  loaded.add(lang);
}

/**
 * The head of `index.json` from its bytes (`headSteps`: versions, header, occupations'
 * codes and categories), decoded, parsed and checked in slices; `occupationSteps` checks
 * the rest when a whole index is loaded.
 */
export async function readManifestHead(bytes: Uint8Array, manifestUrl: string, slicer: Slicer): Promise<IndexHead> {
  slicer.resume();
  const text = await decodeUtf8InSlices(bytes, manifestUrl, slicer);
  return runInSlices(headSteps(await parseJsonInSlices(text, manifestUrl, slicer), manifestUrl), slicer);
}

export async function buildTitles(text: string, lang: Lang, manifest: IndexManifest, file: string, ref: FileRef, slicer: Slicer): Promise<TitleIndex> {
  const lines = splitLines(text, file);
  if (lines.length < ref.count) {
    throw new IndexFormatError(file, 'truncated', `has ${lines.length} occupations but index.json lists ${ref.count}`, {
      line: lines.length + 1,
    });
  }
  if (lines.length > ref.count) {
    throw new IndexFormatError(file, 'line', `has ${lines.length} occupations but index.json lists ${ref.count}`, {
      line: ref.count + 1,
    });
  }
  const official = new Map(manifest.occupations.map((o) => [o.code, o.title[lang]]));
  const builder = new TitleIndexBuilder(lang);
  for (let i = 0; i < lines.length; i++) {
    await slicer.tick();
    const fields = lines[i]!.split('\t');
    const code = fields[0] ?? '';
    if (!/^\d{5}$/.test(code)) {
      throw new IndexFormatError(file, 'line', `starts with "${code.slice(0, 20)}", not a 5-digit NOC code`, { line: i + 1 });
    }
    const title = official.get(code);
    if (title === undefined) {
      throw new IndexFormatError(file, 'reference', `occupation ${code} is not in index.json`, { line: i + 1 });
    }
    // The official title is in the labels file; the line holds the other titles.
    const titles = [title, ...fields.slice(1)].filter((t) => t !== '');
    // Titles loaded without their language's labels (`loadTitles`) lack the official one:
    // an occupation with no other title is then left out, not an error.
    if (titles.length === 0 && title === '' && !LABELS_LOADED.get(manifest)?.has(lang)) continue;
    if (titles.length === 0) {
      throw new IndexFormatError(file, 'line', `occupation ${code} has no titles`, { line: i + 1 });
    }
    // A line can hold hundreds of titles: added in runs (the official title first, as
    // the builder expects) with a tick between runs.
    for (let k = 0; k < titles.length; k += TITLE_RUN) {
      if (k > 0) await slicer.tick();
      builder.add(code, k === 0 && titles.length <= TITLE_RUN ? titles : titles.slice(k, k + TITLE_RUN));
    }
  }
  await slicer.tick();
  return builder.buildInSlices(slicer);
}

/** Titles added to the title index between ticks. */
const TITLE_RUN = 48;

/** Lines of a text file; a final newline is expected, a missing one means truncation. */
function splitLines(text: string, file: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  const last = lines.pop();
  if (last !== '') {
    throw new IndexFormatError(file, 'truncated', 'does not end with a newline (cut off mid-line?)', {
      line: lines.length + 1,
    });
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}

export async function resolveManifestUrl(url: string | URL): Promise<string> {
  const base = typeof document !== 'undefined' && typeof document.baseURI === 'string' ? document.baseURI : undefined;
  return folderIndexJson(new URL((await resolveNodeLocation(url)) ?? String(url), base));
}

/**
 * The `index.json` of a folder URL, else `url` as it is. A folder is a URL ending in `/`, or
 * an http(s) URL whose path does not end in `.json` (`/data/index`): the builder always names
 * the file `index.json`, and a page cannot ask the server whether a path is a folder, as Node
 * asks the disk for a path (`resolveNodeLocation` has added the `/` to a directory's by now).
 */
export function folderIndexJson(url: URL): string {
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  if (url.pathname.endsWith('/')) url.pathname += 'index.json';
  else if (web && !/\.json$/i.test(url.pathname)) url.pathname += '/index.json';
  return url.href;
}

/**
 * The bytes at `url`, fetched with `doFetch`; without one, the global fetch, or in Node
 * the file a `file:` URL names.
 */
export async function fetchBytes(doFetch: typeof fetch | undefined, url: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  signal?.throwIfAborted();
  if (!doFetch && readsFromDisk(url)) return readFileUrl(url, signal);
  // Only the browser's own fetch tells a blocked download by its bare TypeError; a
  // replacement's errors are its own (or already classified, as the cache's are).
  const own = !doFetch;
  if (own) watchPolicyViolations();
  doFetch ??= globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    // Default credentials (same-origin): an intranet behind a login keeps its session cookie.
    response = await doFetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof IndexFetchError) throw error;
    throw own ? await failedFetch(url, error) : new IndexFetchError(url, 'network', null, { cause: error });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) throw new IndexFetchError(url, 'status', response.status);
  if (/text\/html|application\/xhtml/i.test(type)) throw new IndexFetchError(url, 'html', response.status);
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new IndexFetchError(url, 'network', response.status, { cause: error });
  }
  const bytes = new Uint8Array(buffer);
  if (looksLikeHtml(bytes)) {
    throw new IndexFetchError(url, 'html', response.status);
  }
  return bytes;
}

/**
 * The error for a fetch of `url` that rejected with `error` before any response: blocked by
 * the browser (`index-blocked`) or lost by the network (`network`). The check (`blocked.ts`)
 * loads only now, as no download that works needs it; when it cannot load either (offline,
 * as a rule), the network it is.
 */
export async function failedFetch(url: string, error: unknown): Promise<IndexFetchError> {
  let check: typeof import('./blocked.js');
  try {
    check = await import('./blocked.js');
  } catch {
    return new IndexFetchError(url, 'network', null, { cause: error });
  }
  return check.fetchFailure(url, error);
}

/** The file `ref` names beside `manifestUrl`: its bytes, verified (`verifyFileRef`), and its URL. */
export async function fetchVerified(
  ref: FileRef,
  manifestUrl: string,
  opts: Pick<LoadOptions, 'fetch' | 'signal'>,
): Promise<[bytes: Uint8Array, fileUrl: string]> {
  const fileUrl = new URL(ref.path, manifestUrl).href;
  const bytes = await fetchBytes(opts.fetch, fileUrl, opts.signal);
  await verifyFileRef(ref, bytes, fileUrl);
  return [bytes, fileUrl];
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x3c) return false; // '<'
  const head = new TextDecoder().decode(bytes.subarray(i, i + 64)).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<!--');
}

/** Bytes decoded between ticks. */
const DECODE_CHUNK = 128 * 1024;

/** `decodeUtf8` in chunks with ticks between them; the same text and the same errors. */
export async function decodeUtf8InSlices(bytes: Uint8Array, file: string, slicer: Slicer): Promise<string> {
  if (bytes.length <= DECODE_CHUNK) return decodeUtf8(bytes, file);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += DECODE_CHUNK) {
    const end = Math.min(start + DECODE_CHUNK, bytes.length);
    try {
      // A character split across chunks is carried over by the streaming decoder.
      parts.push(decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length }));
    } catch (error) {
      throw new IndexFormatError(file, 'encoding', 'is not valid UTF-8 text', {}, { cause: error });
    }
    await slicer.tick();
  }
  return parts.join('');
}

/** UTF-8 text of `bytes`; invalid UTF-8 is a format error naming `file`. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw new IndexFormatError(file, 'encoding', 'is not valid UTF-8 text', {}, { cause: error });
  }
}

/**
 * Checks `bytes` against the manifest's record: fewer bytes than recorded is a truncated
 * download (`IndexFormatError`), any other difference an `IndexIntegrityError`. The hash is
 * checked wherever the page has Web Crypto (every https page; see `sha256.ts`).
 */
export async function verifyFileRef(ref: FileRef, bytes: Uint8Array, file: string): Promise<void> {
  if (bytes.byteLength < ref.bytes) {
    throw new IndexFormatError(file, 'truncated', `has ${bytes.byteLength} bytes but index.json records ${ref.bytes}`);
  }
  if (bytes.byteLength !== ref.bytes) {
    throw new IndexIntegrityError(file, 'bytes', ref.bytes, bytes.byteLength);
  }
  const actual = await sha256Hex(bytes);
  if (actual !== null && actual !== ref.sha256) throw new IndexIntegrityError(file, 'sha256', ref.sha256, actual);
}
