/**
 * What an occupation's official profile says it takes to work in it ("Registration with a
 * regulatory body is required in all provinces and territories."), from
 * `requirements.<lang>.txt`: loaded on demand, once per index and language, by a page that
 * shows it (`<mc-labour-market>`), never with the titles or the programs (about 45 KB of
 * gzip in English on the real data).
 */
import { requirementSteps, type IndexManifest, type Lang, type RequirementGroup } from '../index-format/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';
import { decodeUtf8InSlices, fetchVerified, type LoadOptions } from './read.js';
import { SharedLoads } from './shared-loads.js';

/** What `loadRequirements` found for one occupation. */
export interface OccupationRequirements {
  /** The language the sentences are in: the one asked for, or English when no source publishes it. */
  lang: Lang;
  /** The sentences for the whole occupation first, then those for one of its profiles; empty when none is published. */
  groups: RequirementGroup[];
}

const LOADS = new SharedLoads<IndexManifest, Lang, Map<string, RequirementGroup[]>>();

/** The languages an index holds requirements in (none for one built before they were added). */
export function requirementLangs(manifest: IndexManifest): Lang[] {
  const files = manifest.files.requirements ?? {};
  return (['en', 'fr'] as const).filter((lang) => files[lang] !== undefined);
}

/**
 * The requirements of occupation `code`, in `lang` when the index holds them in it, else in
 * English; null when the index holds none at all. Fetched and verified (size and SHA-256
 * from `index.json`) once per index and language; a failed load can be tried again.
 * @throws IndexFetchError | IndexFormatError | IndexIntegrityError, or the signal's reason.
 */
export async function loadRequirements(
  index: { manifest: IndexManifest; source: string },
  code: string,
  lang: Lang,
  opts: Pick<LoadOptions, 'fetch' | 'signal'> = {},
): Promise<OccupationRequirements | null> {
  const { manifest } = index;
  const langs = requirementLangs(manifest);
  const chosen = langs.includes(lang) ? lang : langs.includes('en') ? 'en' : langs[0];
  if (chosen === undefined) return null;
  const byCode = await LOADS.get(manifest, chosen, async () => {
    const [bytes, file] = await fetchVerified(manifest.files.requirements![chosen]!, index.source, opts);
    const slicer = new Slicer({ signal: opts.signal });
    const read = await runInSlices(requirementSteps(await decodeUtf8InSlices(bytes, file, slicer), manifest, file), slicer);
    slicer.finish();
    return read;
  });
  return { lang: chosen, groups: byCode.get(code) ?? [] };
}

/** Records the requirements of `lang` as read with the rest of the index (`assembleIndex`: the Node reader, tests). */
export function requirementsRead(manifest: IndexManifest, lang: Lang, byCode: Map<string, RequirementGroup[]>): void {
  LOADS.set(manifest, lang, byCode);
}
