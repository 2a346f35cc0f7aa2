/**
 * Fetches an index, checks its versions before anything else, verifies every file
 * against the manifest's size and SHA-256, validates it and assembles a `LoadedIndex`
 * in chunks that never hold the main thread for long. The file format is read by
 * `decode.ts` and `decode-programs.ts`; reading the files is `read.ts`'s; this module
 * assembles the whole index, with its programs and quotes.
 */
import {
  expandManifestSteps,
  expandOccupationSteps,
  isParsedManifest,
  manifestSteps,
  occupationSteps,
  programSteps,
  summarySteps,
  occupationsOfBroad,
  requirementsFile,
  requirementSteps,
} from '../index-format/index.js';
import { IndexFormatError } from '../index-format/index.js';
import { FILE_NAMES, type FileRef, type IndexFile, type IndexHead, type Lang } from '../index-format/index.js';
import { applyQuotes } from './quotes.js';
import { summariesRead } from './summaries.js';
import { requirementsRead } from './requirements.js';
import type { LoadedIndex } from '../model/index.js';
import { runInSlices, runSteps, Slicer } from '../schedule/index.js';
import { sameBytes } from './bytes.js';
import { readFrom } from './on-demand.js';
import {
  applyLabels,
  buildTitles,
  decodeUtf8InSlices,
  fetchBytes,
  fetchVerified,
  hasLabels,
  labelLangs,
  langOf,
  readManifestHead,
  resolveManifestUrl,
  TITLES_SOURCES,
  type LoadOptions,
  type TitlesIndex,
} from './read.js';

/** Options of `assembleIndex`. */
export interface AssembleOptions {
  signal?: AbortSignal;
  /** Name used in error messages, e.g. the URL of index.json. */
  source?: string;
  /** Called with the length in ms of every synchronous slice between yields (benchmarks). */
  onSlice?: (ms: number) => void;
}

/** The text of an index's files other than `index.json`. */
export interface IndexTexts {
  /** `labels.<lang>.txt`: English is required (ranking and skill ids use it). */
  labels: Partial<Record<Lang, string>>;
  /** `titles.<lang>.tsv` of the languages to match job titles in. */
  titles: Partial<Record<Lang, string>>;
  programs: string;
  /** `names.<lang>.txt`, the skills' other names written apart: optional (a page loads them on demand, `loadLabels`). */
  otherNames?: Partial<Record<Lang, string>>;
  /** `summaries.<lang>.txt`, the occupations' lead statements: optional (a page loads them on demand, `loadSummaries`). */
  summaries?: Partial<Record<Lang, string>>;
  /** `requirements.<lang>.<broad>.txt` by language and broad category: optional (a page loads them on demand, `loadRequirements`). */
  requirements?: Partial<Record<Lang, Readonly<Record<string, string>>>>;
  /**
   * `quotes.<code>.txt` texts by occupation code, applied at once (the Node reader, tests);
   * a page leaves them out and loads each when shown (`loadQuotes`).
   */
  quotes?: Readonly<Record<string, string>>;
}

/**
 * Loads the index whose `index.json` is at `url` (a URL ending in `/` means
 * `<url>index.json`), with the job titles of `opts.lang` (English when left out). In a page `url` is resolved
 * against the page; in Node it may also be a file path (relative to the working directory)
 * or a `file:` URL, of `index.json` or of the directory holding it.
 * @throws IndexFetchError | IndexFormatError | IndexVersionError | IndexIntegrityError,
 *   or the signal's reason when aborted.
 */
export async function loadIndex(url: string | URL, opts: LoadOptions = {}): Promise<LoadedIndex> {
  const lang = langOf(opts, 'loadIndex');
  const manifestUrl = await resolveManifestUrl(url);
  const signal = opts.signal;
  // Files are fetched and verified in parallel, then decoded one after another in slices.
  const fetchFile = (ref: FileRef) => fetchVerified(ref, manifestUrl, opts);
  const decodeAll = async (files: Array<[Uint8Array, string]>, slicer: Slicer): Promise<string[]> => {
    slicer.resume();
    const texts: string[] = [];
    for (const [bytes, fileUrl] of files) texts.push(await decodeUtf8InSlices(bytes, fileUrl, slicer));
    return texts;
  };

  if (opts.base) {
    const base = opts.base;
    const manifest = base.manifest;
    const missing = labelLangs(lang).filter((l) => !hasLabels({ manifest }, l));
    const needTitles = !base.titles[lang];
    if (!needTitles && missing.length === 0) return base;
    const refs = [...missing.map((l) => manifest.files.labels[l]), ...(needTitles ? [manifest.files.titles[lang]] : [])];
    const files = await Promise.all(refs.map(fetchFile));
    const slicer = new Slicer({ signal, onSlice: opts.onSlice });
    const texts = await decodeAll(files, slicer);
    for (let k = 0; k < missing.length; k++) await applyLabels(manifest, missing[k]!, texts[k]!, files[k]![1], slicer);
    const titles = needTitles
      ? {
          ...base.titles,
          [lang]: await buildTitles(texts[missing.length]!, lang, manifest, files[missing.length]![1], manifest.files.titles[lang], slicer),
        }
      : base.titles;
    slicer.finish();
    return { ...base, titles };
  }

  // Every step below runs in slices: decoding, JSON parsing and validation of a large
  // file in one go is a long task on a slow phone.
  const slicer = new Slicer({ signal, onSlice: opts.onSlice });
  const manifestBytes = await fetchBytes(opts.fetch, manifestUrl, signal);
  const first = opts.titles;
  const head = first ? reusableHead(first, manifestBytes, lang) : null;
  if (first && head) {
    // What the titles did not check of index.json is checked before the rest is read.
    slicer.resume();
    const file = await runInSlices(occupationSteps(head, manifestUrl), slicer);
    await runInSlices(expandOccupationSteps(file, first.manifest), slicer);
    const [programs] = await decodeAll([await fetchFile(first.manifest.files.programs)], slicer);
    return finishIndex(first, programs!, {}, slicer);
  }
  const file = await runInSlices(occupationSteps(await readManifestHead(manifestBytes, manifestUrl, slicer), manifestUrl), slicer);
  slicer.finish();

  const langs = labelLangs(lang);
  const files = await Promise.all([file.files.titles[lang], file.files.programs, ...langs.map((l) => file.files.labels[l])].map(fetchFile));
  const [titles, programs, ...labels] = await decodeAll(files, slicer);
  await slicer.pause();
  const texts: IndexTexts = { labels: {}, titles: { [lang]: titles! }, programs: programs! };
  langs.forEach((l, k) => (texts.labels[l] = labels[k]!));
  const index = await assembleIndex(file, texts, { signal, source: manifestUrl, onSlice: opts.onSlice });
  // Files read into it later are kept beside a cached copy of these bytes only (`on-demand.ts`).
  readFrom(index.manifest, manifestBytes);
  return index;
}

/**
 * Checks `index.json`: `schemaVersion` and `normalizerVersion` first (an index from
 * another version is refused with `IndexVersionError` even when its shape changed),
 * then its shape and cross-references.
 * @param source file name or URL used in error messages
 */
export function parseManifest(json: unknown, source: string): IndexFile {
  return runSteps(manifestSteps(json, source));
}

/** `parseManifest` in slices, yielding through `slicer` so a large manifest is no long task. */
export async function parseManifestInSlices(json: unknown, source: string, slicer: Slicer): Promise<IndexFile> {
  if (isParsedManifest(json)) return json;
  return runInSlices(manifestSteps(json, source), slicer);
}

/** `path` named beside `source`: resolved against it when a URL (of `index.json`), else put in its folder, if it names one. */
function siblingName(source: string, path: string): string {
  try {
    return new URL(path, source).href;
  } catch {
    const slash = source.lastIndexOf('/');
    return slash >= 0 ? source.slice(0, slash + 1) + path : path;
  }
}

/** The head of `index.json` `titles` was read from, when from these bytes and holding the titles and labels `lang` needs; else null. */
function reusableHead(titles: TitlesIndex, manifestBytes: Uint8Array, lang: Lang): IndexHead | null {
  const source = TITLES_SOURCES.get(titles.manifest);
  const usable =
    source !== undefined && sameBytes(source.bytes, manifestBytes) && titles.titles[lang] !== undefined && labelLangs(lang).every((l) => hasLabels(titles, l));
  return usable ? source.head : null;
}

/**
 * Builds a `LoadedIndex` from `index.json` (parsed JSON, checked or not) and the text of
 * its other files, already verified against it. Shared by the browser loader, the Node
 * directory reader and tests.
 */
export async function assembleIndex(manifest: unknown, files: IndexTexts, opts: AssembleOptions = {}): Promise<LoadedIndex> {
  const source = opts.source ?? 'index.json';
  const slicer = new Slicer({ signal: opts.signal, onSlice: opts.onSlice });
  const file = await parseManifestInSlices(manifest, source, slicer);
  const parsed = await runInSlices(expandManifestSteps(file), slicer);
  await runInSlices(expandOccupationSteps(file, parsed), slicer);
  if (files.labels.en === undefined) {
    throw new IndexFormatError(siblingName(source, file.files.labels.en.path), 'reference', 'is required (English labels) but was not given');
  }
  for (const lang of ['en', 'fr'] as const) {
    const text = files.labels[lang];
    if (text !== undefined) await applyLabels(parsed, lang, text, siblingName(source, file.files.labels[lang].path), slicer);
    const names = files.otherNames?.[lang];
    const namesRef = file.files.otherNames?.[lang];
    if (names !== undefined && namesRef) {
      // Only a reader given them (Node, tests) reads them here: a page's whole index does not carry this code.
      const { applyOtherNames } = await import('./other-names.js');
      await applyOtherNames(parsed, lang, names, siblingName(source, namesRef.path), slicer);
    }
    const summaries = files.summaries?.[lang];
    if (summaries !== undefined) {
      await runInSlices(summarySteps(summaries, lang, parsed, siblingName(source, file.files.summaries[lang].path)), slicer);
      summariesRead(parsed, lang);
    }
    for (const [broad, text] of Object.entries(files.requirements?.[lang] ?? {})) {
      const ref = requirementsFile(file.files, lang, broad, source);
      const read = await runInSlices(
        requirementSteps(text, { occupations: occupationsOfBroad(parsed.occupations, Number(broad)) }, siblingName(source, ref.path)),
        slicer,
      );
      requirementsRead(parsed, lang, Number(broad), read);
    }
  }
  await slicer.tick();

  const occupations = new Map(parsed.occupations.map((occupation) => [occupation.code, occupation]));

  const titles: LoadedIndex['titles'] = {};
  for (const lang of ['en', 'fr'] as const) {
    const text = files.titles[lang];
    if (text === undefined) continue;
    const ref = file.files.titles[lang];
    titles[lang] = await buildTitles(text, lang, parsed, siblingName(source, ref.path), ref, slicer);
  }
  return finishIndex({ manifest: parsed, occupations, titles, source }, files.programs, files.quotes ?? {}, slicer);
}

/** The rest of a `LoadedIndex` beside its titles: programs, ranking data, number formats and `quotes` given. */
async function finishIndex(
  { manifest: parsed, occupations, titles, source }: TitlesIndex,
  programsText: string,
  quotes: Readonly<Record<string, string>>,
  slicer: Slicer,
): Promise<LoadedIndex> {
  const programsFile = siblingName(source, parsed.files.programs.path);
  const { programs, quoteFiles } = await runInSlices(programSteps(programsText, parsed, programsFile), slicer);

  // Ranking and labour-market code load here, not with the page: a page with only the job
  // search never assembles a whole index (see load-titles.ts) and so never downloads them.
  // Each import names what it takes, so a bundler leaves out the folder's other exports.
  const [{ buildProgramTextInSlices, prepareRankingInSlices }, prepareNumberFormats] = await Promise.all([
    import('../rank/index.js').then(({ buildProgramTextInSlices, prepareRankingInSlices }) => ({ buildProgramTextInSlices, prepareRankingInSlices })),
    import('../lmi/index.js').then(({ prepareNumberFormats }) => prepareNumberFormats),
  ]);
  const text = await buildProgramTextInSlices(programs, slicer);
  const ranking = await prepareRankingInSlices(parsed, programs, slicer);
  ranking.text = text;
  for (const lang of ['en', 'fr'] as const) {
    if (titles[lang]) await prepareNumberFormats(lang, () => slicer.pause());
  }
  const index: LoadedIndex = { manifest: parsed, occupations, programs, titles, ranking, quoteFiles, source };
  const utf8 = new TextEncoder();
  for (const [code, text] of Object.entries(quotes)) {
    await applyQuotes(index, code, utf8.encode(text), siblingName(source, FILE_NAMES.quotes(code)));
    await slicer.tick();
  }
  slicer.finish();
  return index;
}
