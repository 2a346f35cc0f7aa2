/**
 * What an occupation's official profile says it takes to work in it ("Registration with a
 * regulatory body is required in all provinces and territories."), from
 * `requirements.<lang>.<broad>.txt`: loaded on demand by a page that shows it
 * (`<mc-labour-market>`), never with the titles or the programs, and only the file of the
 * occupation's broad NOC category (0.6 to 8.1 KB of gzip on the real data, against 43 KB for
 * all 516 occupations), once per index, language and category; through the device cache the
 * index came through (`readFileCached`), so a returning visitor offline still has them.
 */
import {
  requirementsFile,
  LANGS,
  occupationsOfBroad,
  requirementSteps,
  UnknownOccupationError,
  type IndexManifest,
  type Lang,
  type RequirementGroup,
} from '../index-format/index.js';
import { runInSlices } from '../schedule/index.js';
import { readFileCached, type OnDemandOptions } from './on-demand.js';
import { raceAbort, SharedLoads } from './shared-loads.js';

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
  return LANGS.filter((lang) => files[lang] !== undefined);
}

/**
 * The requirements of occupation `code`, in `lang` when the index holds them in it, else in
 * English; null when the index holds none at all. Fetched (or, with `opts.cache`, read from its
 * copy of the index) and verified (size and SHA-256 from `index.json`); a failed load can be
 * tried again. `opts.signal` stops this call's
 * wait, not the load another call shares.
 * @throws UnknownOccupationError (a RangeError) for a code not in the index; IndexFormatError
 *   for an index that lists no file for the occupation's category; IndexFetchError |
 *   IndexIntegrityError, or the signal's reason.
 */
export async function loadRequirements(
  index: { manifest: IndexManifest; source: string },
  code: string,
  lang: Lang,
  opts: Pick<OnDemandOptions, 'fetch' | 'signal' | 'cache'> = {},
): Promise<OccupationRequirements | null> {
  const { manifest } = index;
  const occupation = manifest.occupations.find((o) => o.code === code);
  if (!occupation) throw new UnknownOccupationError(code);
  const langs = requirementLangs(manifest);
  const chosen = langs.includes(lang) ? lang : langs.includes('en') ? 'en' : langs[0];
  if (chosen === undefined) return null;
  const { broad } = occupation;
  const ref = requirementsFile(manifest.files, chosen, broad, index.source);
  // Shared: one caller's signal must not fail it for the others.
  const load = LOADS.get(manifest, `${chosen}.${broad}`, () =>
    readFileCached(manifest, index.source, ref, { fetch: opts.fetch, cache: opts.cache }, (text, file, slicer) =>
      runInSlices(requirementSteps(text, { occupations: occupationsOfBroad(manifest.occupations, broad) }, file), slicer),
    ),
  );
  const byCode = await raceAbort(load, opts.signal);
  return { lang: chosen, groups: byCode.get(code) ?? [] };
}

/** Records the requirements of `lang` and broad category `broad` as read with the rest of the index (`assembleIndex`: the Node reader, tests). */
export function requirementsRead(manifest: IndexManifest, lang: Lang, broad: number, byCode: Map<string, RequirementGroup[]>): void {
  LOADS.set(manifest, `${lang}.${broad}`, byCode);
}
