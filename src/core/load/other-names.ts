/**
 * Which other names of the skills, written apart from their labels (`names.<lang>.txt`), an
 * index in memory holds, and reading them in. Apart from `read.ts`, which every page carries:
 * only the skill finder asks, and only a miss reads them (`loadLabels`).
 */
import { otherNameSteps, type IndexManifest, type Lang } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';
import { runInSlices, type Slicer } from '../schedule/index.js';

/** Languages whose other names written apart each in-memory manifest holds. */
const NAMES_LOADED = new WeakMap<IndexManifest, Set<Lang>>();

/**
 * True when `index` holds every other name of its skills in `lang`: those its labels file
 * gives, and those written apart (`names.<lang>.txt`, English) once loaded. An index that
 * writes none apart (built before they were, or without any) holds them all with its labels.
 */
export function hasOtherNames(index: Pick<LoadedIndex, 'manifest'>, lang: Lang): boolean {
  return index.manifest.files.otherNames?.[lang] === undefined || (NAMES_LOADED.get(index.manifest)?.has(lang) ?? false);
}

/** Reads `names.<lang>.txt` into `manifest` (see `otherNameSteps`). */
export async function applyOtherNames(manifest: IndexManifest, lang: Lang, text: string, file: string, slicer: Slicer): Promise<void> {
  await runInSlices(otherNameSteps(text, lang, manifest, file), slicer);
  let loaded = NAMES_LOADED.get(manifest);
  if (!loaded) NAMES_LOADED.set(manifest, (loaded = new Set()));
  loaded.add(lang);
}
