/**
 * Another language's labels for an index already loaded, alone: `labels.<lang>.txt`, the
 * file a French page loads with the rest (occupation titles, skill labels and their other
 * names), fetched, verified against `index.json` and read into the same manifest in slices.
 * For a skill typed in the other language (`suggestSkillsAcross`): an English page does not
 * download the French labels until someone types a skill its own labels do not hold.
 * Reached through the folder's lazy entry, so no page carries it before then.
 */
import type { Lang } from '../index-format/index.js';
import { Slicer } from '../schedule/index.js';
import { SharedLoads } from './shared-loads.js';
import { applyLabels, decodeUtf8InSlices, fetchVerified, hasLabels, resolveManifestUrl, type LoadOptions, type TitlesIndex } from './read.js';

/** One load per manifest and language, however many elements ask; a failed one is forgotten. */
const LOADS = new SharedLoads<TitlesIndex['manifest'], Lang, void>();

/**
 * Reads the labels of `lang` into `index` (loaded from `index.source`, the URL of its
 * `index.json`), unless it holds them already (`hasLabels`). Its labels in the other
 * language stay as they were; `localize` shows the new ones only where asked for `lang`.
 * Shared, so it takes no signal: one caller giving up would fail it for the others.
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError
 */
export function loadLabels(index: Pick<TitlesIndex, 'manifest' | 'source'>, lang: Lang, opts: Pick<LoadOptions, 'fetch'> = {}): Promise<void> {
  if (hasLabels(index, lang)) return Promise.resolve();
  return LOADS.get(index.manifest, lang, async () => {
    const ref = index.manifest.files.labels[lang];
    const [bytes, fileUrl] = await fetchVerified(ref, await resolveManifestUrl(index.source), opts);
    const slicer = new Slicer();
    slicer.resume();
    const text = await decodeUtf8InSlices(bytes, fileUrl, slicer);
    await applyLabels(index.manifest, lang, text, fileUrl, slicer);
    slicer.finish();
  });
}
