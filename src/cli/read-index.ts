/**
 * Node-only: loads an index directory (as written by `build-index`) with the same
 * verification and assembly as the browser loader.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleIndex, decodeUtf8, labelLangs, parseManifest, verifyFileRef, type IndexTexts } from '../core/load/index.js';
import { IndexFormatError } from '../core/index-format/index.js';
import type { LoadedIndex } from '../core/model/index.js';
import type { Lang } from '../core/index-format/index.js';

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexFormatError(path, 'reference', code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`, {}, { cause: error });
  }
}

/**
 * Loads `dir/index.json` and the files it references, with the titles and labels of
 * `langs` (and the English labels, which ranking uses), and every other name of the skills
 * unless `opts.otherNames` is false (as a page has them before it loads `names.<lang>.txt`).
 * @throws IndexFormatError | IndexVersionError | IndexIntegrityError naming the file.
 */
export async function loadIndexFromDir(dir: string, langs: readonly Lang[] = ['en'], opts: { otherNames?: boolean } = {}): Promise<LoadedIndex> {
  const manifestPath = join(dir, 'index.json');
  const manifestText = decodeUtf8(await readBytes(manifestPath), manifestPath);
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch (error) {
    throw new IndexFormatError(manifestPath, 'not-json', 'is not valid JSON', {}, { cause: error });
  }
  const manifest = parseManifest(json, manifestPath);

  const read = async (ref: { path: string; bytes: number; sha256: string; count: number }): Promise<string> => {
    const path = join(dir, ref.path);
    const bytes = await readBytes(path);
    await verifyFileRef(ref, bytes, path);
    return decodeUtf8(bytes, path);
  };
  const texts: IndexTexts = { labels: {}, titles: {}, programs: await read(manifest.files.programs) };
  for (const lang of new Set(langs)) {
    texts.titles[lang] = await read(manifest.files.titles[lang]);
    for (const labelLang of labelLangs(lang)) {
      texts.labels[labelLang] ??= await read(manifest.files.labels[labelLang]);
      (texts.summaries ??= {})[labelLang] ??= await read(manifest.files.summaries[labelLang]);
    }
  }
  // Every other name of the skills (the skill search matches them), as for the requirements.
  for (const [lang, ref] of opts.otherNames === false ? [] : Object.entries(manifest.files.otherNames ?? {})) {
    (texts.otherNames ??= {})[lang as Lang] = await read(ref);
  }
  for (const [lang, refs] of Object.entries(manifest.files.requirements ?? {})) {
    const byBroad: Record<string, string> = {};
    for (const [broad, ref] of Object.entries(refs)) byBroad[broad] = await read(ref);
    (texts.requirements ??= {})[lang as keyof typeof texts.titles] = byBroad;
  }
  // Every occupation's quotes at once: the CLI and the evaluation read reasons in full.
  // Which files exist is known only from programs.txt: every quotes.<code>.txt of the
  // directory is read, and one programs.txt does not list is refused.
  const quotes: Record<string, string> = {};
  texts.quotes = quotes;
  for (const name of await readdir(dir)) {
    const code = /^quotes\.(\d{5})\.txt$/.exec(name)?.[1];
    if (code) quotes[code] = decodeUtf8(await readBytes(join(dir, name)), join(dir, name));
  }
  return assembleIndex(manifest, texts, { source: manifestPath });
}
