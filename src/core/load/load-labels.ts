/**
 * Labels an index already loaded lacks, alone: another language's `labels.<lang>.txt` (the
 * file a French page loads with the rest: occupation titles, skill labels and their other
 * names), or the skills' other names written apart from their labels (`names.en.txt`:
 * ESCO's English alternative labels, "CPR" of "resuscitation"); fetched, or read from the
 * device cache's copy of the index (`cache`, see `on-demand.ts`), verified against
 * `index.json` and read into the same manifest in slices. For a skill typed by a name the
 * page's labels do not hold (`suggestSkills`, `suggestSkillsAcross`): an English page
 * downloads neither until someone types a skill its own labels find too few for.
 * Reached through the folder's lazy entry, so no page carries it before then.
 */
import type { FileRef, Lang } from '../index-format/index.js';
import { readFileCached, type OnDemandOptions } from './on-demand.js';
import { SharedLoads } from './shared-loads.js';
import { applyLabels, hasLabels, type TitlesIndex } from './read.js';

/** One load per manifest and file (`en`, `fr`, `en.names`…), however many elements ask; a failed one is forgotten. */
const LOADS = new SharedLoads<TitlesIndex['manifest'], string, void>();

/** Options of `loadLabels`. */
export interface LoadLabelsOptions extends Pick<OnDemandOptions, 'fetch' | 'cache'> {
  /** Also the skills' other names of `lang` written apart from its labels (`names.<lang>.txt`), when the index has them. */
  otherNames?: boolean;
}

type Apply = typeof applyLabels;

/**
 * Reads the labels of `lang` into `index` (loaded from `index.source`, the URL of its
 * `index.json`), unless it holds them already (`hasLabels`), and with `otherNames` the other
 * names of its skills in `lang` written apart, unless it holds them (`hasOtherNames`). Its
 * labels in the other language stay as they were; `localize` shows the new ones only where
 * asked for `lang`. Shared, so it takes no signal: one caller giving up would fail it for
 * the others.
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError
 */
export function loadLabels(index: Pick<TitlesIndex, 'manifest' | 'source'>, lang: Lang, opts: LoadLabelsOptions = {}): Promise<void> {
  const { manifest } = index;
  const loads: Array<Promise<void>> = [];
  if (!hasLabels(index, lang)) loads.push(LOADS.get(manifest, lang, () => readInto(index, manifest.files.labels[lang], lang, applyLabels, opts)));
  const names = manifest.files.otherNames?.[lang];
  if (opts.otherNames && names) {
    // Imported when asked for: the whole loader, which a page's first recommendations fetch, does not carry their reader.
    const read = import('./other-names.js').then(({ applyOtherNames, hasOtherNames }) =>
      hasOtherNames(index, lang) ? undefined : LOADS.get(manifest, `${lang}.names`, () => readInto(index, names, lang, applyOtherNames, opts)),
    );
    loads.push(read);
  }
  return Promise.all(loads).then(() => undefined);
}

/** Reads the file `ref` names beside `index.json` into the manifest with `apply` (`readFileCached`: verified, through `opts.cache`). */
function readInto(index: Pick<TitlesIndex, 'manifest' | 'source'>, ref: FileRef, lang: Lang, apply: Apply, opts: LoadLabelsOptions): Promise<void> {
  return readFileCached(index.manifest, index.source, ref, opts, (text, fileUrl, slicer) => apply(index.manifest, lang, text, fileUrl, slicer));
}
