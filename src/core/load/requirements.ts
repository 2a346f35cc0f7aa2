/**
 * What an occupation's official profile says it takes to work in it ("Registration with a
 * regulatory body is required in all provinces and territories."), from
 * `requirements.<lang>.<broad>.txt`: loaded on demand by a page that shows it
 * (`<mc-labour-market>`), never with the titles or the programs, and only the file of the
 * occupation's broad NOC category (2 to 9 KB of gzip on the real data, against 43 KB for all
 * 516 occupations), once per index, language and category.
 */
import { requirementSteps, type IndexManifest, type Lang, type RequirementGroup } from '../index-format/index.js';
import { runInSlices, Slicer } from '../schedule/index.js';
import { decodeUtf8InSlices, fetchVerified, type LoadOptions } from './read.js';
import { SharedLoads } from './shared-loads.js';

/** What `loadRequirements` found for one occupation. */
export interface OccupationRequirements {
  /** The language the sentences are in: the one asked for, or English when no source publishes it. */
  lang: Lang;
  /** The sentences for the whole occupation first, then those for some of its profiles; empty when none is published. */
  groups: RequirementGroup[];
}

/** Per manifest, by `<lang>.<broad>`. */
const LOADS = new SharedLoads<IndexManifest, string, Map<string, RequirementGroup[]>>();

/** The languages an index holds requirements in (none for one built before they were added). */
export function requirementLangs(manifest: IndexManifest): Lang[] {
  const files = manifest.files.requirements ?? {};
  return (['en', 'fr'] as const).filter((lang) => files[lang] !== undefined);
}

/** The occupations of broad category `broad`, in index order: the lines of its file. */
export function occupationsOf(manifest: Pick<IndexManifest, 'occupations'>, broad: number): Array<{ code: string }> {
  return manifest.occupations.filter((o) => o.broad === broad);
}

/**
 * The requirements of occupation `code`, in `lang` when the index holds them in it, else in
 * English; null when the index holds none at all. Fetched and verified (size and SHA-256
 * from `index.json`); a failed load can be tried again.
 * @throws RangeError for a code not in the index; IndexFetchError | IndexFormatError |
 *   IndexIntegrityError, or the signal's reason.
 */
export async function loadRequirements(
  index: { manifest: IndexManifest; source: string },
  code: string,
  lang: Lang,
  opts: Pick<LoadOptions, 'fetch' | 'signal'> = {},
): Promise<OccupationRequirements | null> {
  const { manifest } = index;
  const occupation = manifest.occupations.find((o) => o.code === code);
  if (!occupation) throw new RangeError(`Unknown occupation code "${code}": not in this index.`);
  const langs = requirementLangs(manifest);
  const chosen = langs.includes(lang) ? lang : langs.includes('en') ? 'en' : langs[0];
  if (chosen === undefined) return null;
  const ref = manifest.files.requirements![chosen]![occupation.broad];
  if (ref === undefined) return { lang: chosen, groups: [] };
  const byCode = await LOADS.get(manifest, `${chosen}.${occupation.broad}`, async () => {
    const [bytes, file] = await fetchVerified(ref, index.source, opts);
    const slicer = new Slicer({ signal: opts.signal });
    const text = await decodeUtf8InSlices(bytes, file, slicer);
    const read = await runInSlices(requirementSteps(text, { occupations: occupationsOf(manifest, occupation.broad) }, file), slicer);
    slicer.finish();
    return read;
  });
  return { lang: chosen, groups: byCode.get(code) ?? [] };
}

/** Records the requirements of `lang` and broad category `broad` as read with the rest of the index (`assembleIndex`: the Node reader, tests). */
export function requirementsRead(manifest: IndexManifest, lang: Lang, broad: number, byCode: Map<string, RequirementGroup[]>): void {
  LOADS.set(manifest, `${lang}.${broad}`, byCode);
}
