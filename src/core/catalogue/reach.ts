/**
 * Where a catalogue's programs are recommended: for every occupation of an index, the
 * ranking `recommend()` gives a person looking at it, and the rank each of the catalogue's
 * programs gets among the first `top`; and the occupations where none of them is among
 * those (the gaps in the offer). Worked out over the index as built: ranking follows the
 * evidence the builder found in each program's text, so it reflects the catalogue the
 * index was built from, not tag decisions made since.
 */
import type { LoadedIndex } from '../model/index.js';
import { namedItems, recommendInSlices } from '../rank/index.js';
import type { Lang, Occupation } from '../index-format/index.js';
import { Slicer } from '../schedule/index.js';

export interface Placement {
  code: string;
  /** 1-based position among the programs the occupation's recommendations list. */
  rank: number;
  /**
   * The program's own words its reason for this occupation names (a phrase, or two words):
   * what a reviewer reads to see a word taken in another sense ("mining" in text mining for
   * mining engineers).
   */
  words: string[];
}

export interface CatalogueReach {
  /** The catalogue's programs found in the index, each with where it is recommended, best rank first. */
  byProgram: Map<string, Placement[]>;
  /** Occupations whose first `top` recommendations hold none of the catalogue's programs. */
  gaps: Occupation[];
  /** How many of the catalogue's program ids the index holds. */
  inIndex: number;
}

/**
 * Ranks every occupation of `index` (as a person looking for it sees, `top` programs) and
 * notes where the programs with ids in `ids` come. A program grouped under another part
 * of its series takes that part's rank. Yields to the page between occupations.
 */
export async function catalogueReach(
  index: LoadedIndex,
  ids: ReadonlySet<string>,
  opts: { lang: Lang; top?: number; signal?: AbortSignal },
): Promise<CatalogueReach> {
  const top = opts.top ?? 10;
  const byProgram = new Map<string, Placement[]>();
  let inIndex = 0;
  for (const p of index.programs) {
    if (!ids.has(p.id)) continue;
    inIndex++;
    byProgram.set(p.id, []);
  }
  const gaps: Occupation[] = [];
  const slicer = new Slicer({ signal: opts.signal });
  for (const occupation of index.manifest.occupations) {
    const results = inIndex === 0 ? [] : await recommendInSlices(index, { occupation: occupation.code, lang: opts.lang, limit: top }, { signal: opts.signal });
    let found = false;
    results.forEach((rec, i) => {
      for (const program of [rec.program, ...(rec.series ?? [])]) {
        const list = byProgram.get(program.id);
        if (!list) continue;
        // A part of a series listed under another keeps its own words when it has evidence here.
        const items = program.evidence?.find((e) => e.occupation === occupation.code)?.items ?? rec.evidence ?? [];
        list.push({ code: occupation.code, rank: i + 1, words: namedItems(items).map((item) => item.label) });
        found = true;
      }
    });
    if (!found) gaps.push(occupation);
    await slicer.tick();
  }
  for (const list of byProgram.values()) list.sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
  return { byProgram, gaps, inIndex };
}
