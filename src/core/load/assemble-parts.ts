/**
 * An index straight from its in-memory parts: `encodeIndex` (the file format, in
 * `index-format/`) read back by the loader's own `assembleIndex`.
 */
import { encodeIndex, FILE_NAMES, LANGS, type IndexFile, type IndexParts, type Lang } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { assembleIndex } from './load.js';

/**
 * Encodes `parts` and reads them back with the loader's own decoder, with the titles of
 * `langs` and the labels of both languages, with every other name of their skills: what a
 * page gets, without fetching.
 * For tests, tools and the builder's own check of its output.
 */
export async function assembleParts(parts: IndexParts, langs: readonly Lang[] = LANGS): Promise<LoadedIndex> {
  const files = encodeIndex(parts);
  const text = (name: string) => new TextDecoder().decode(files.get(name)!);
  const manifest = JSON.parse(text(FILE_NAMES.manifest)) as IndexFile;
  return assembleIndex(manifest, {
    labels: Object.fromEntries(LANGS.map((lang) => [lang, text(FILE_NAMES.labels(lang))])),
    otherNames: Object.fromEntries(Object.entries(manifest.files.otherNames ?? {}).map(([lang, ref]) => [lang, text(ref.path)])),
    summaries: Object.fromEntries(LANGS.map((lang) => [lang, text(FILE_NAMES.summaries(lang))])),
    requirements: Object.fromEntries(
      Object.entries(manifest.files.requirements ?? {}).map(([lang, refs]) => [
        lang,
        Object.fromEntries(Object.entries(refs).map(([broad, ref]) => [broad, text(ref.path)])),
      ]),
    ),
    titles: Object.fromEntries(langs.map((lang) => [lang, text(FILE_NAMES.titles(lang))])),
    programs: text(FILE_NAMES.programs),
    quotes: Object.fromEntries(
      parts.manifest.occupations.filter((o) => files.has(FILE_NAMES.quotes(o.code))).map((o) => [o.code, text(FILE_NAMES.quotes(o.code))]),
    ),
  });
}
