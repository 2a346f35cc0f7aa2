/**
 * Employer search: programs by the skills an employer picks and/or free text, and the
 * facets a filter panel offers.
 */
import type { Lang } from '../index-format/index.js';
import { localize, requireOccupation } from '../index-format/index.js';
import type { LoadedIndex, Reason, Recommendation } from '../model/index.js';
import { coreMessages, markNames } from '../messages/index.js';
import { searchProgramText } from './rank-text.js';
import { facets, type Facets } from './rank-prepare.js';
import { collectSkillScores, compareText, passes, resolveSkills, selectTop, skillRef, type ProgramFilters } from './rank-common.js';

const DEFAULT_LIMIT = 10;

/**
 * Options of `findPrograms`: the skills and the words to look for, the filters, and the
 * language of the results.
 */
export interface FindProgramsOptions {
  /**
   * Skill ids the employer picked; a list of ids is one pick that any of them meets (the
   * near-identical skills the skill finder offers as one: "market research", "perform market
   * research"), counted once and named by its first.
   */
  skills?: Array<string | readonly string[]>;
  /** Free text over program titles, providers and descriptions. */
  text?: string;
  filters?: ProgramFilters;
  limit?: number;
  lang: Lang;
}

/**
 * Employer search: programs teaching more of the chosen skills first, and/or programs
 * whose text contains every word of `text` (last word as a prefix). With neither, the
 * programs that pass the filters, by title.
 * @throws RangeError for an unknown skill id.
 */
export function findPrograms(index: LoadedIndex, opts: FindProgramsOptions): Recommendation[] {
  const data = index.ranking;
  const m = coreMessages(opts.lang);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const chosen = resolvePicks(index, opts.skills ?? []);
  const query = (opts.text ?? '').trim();
  const textHits = query ? searchProgramText(index, query) : null;
  const { weight } = data.scratch;

  let scored: Array<[number, number]>;
  if (chosen.length > 0) {
    let total = 0;
    for (const pick of chosen) {
      let best = 0;
      for (const s of pick) {
        weight[s] = 1;
        best = Math.max(best, data.idf[s]!);
      }
      total += best;
    }
    scored = collectSkillScores(index, chosen, total, opts.filters);
    for (const pick of chosen) for (const s of pick) weight[s] = 0;
    if (textHits) {
      scored = scored.filter(([p]) => textHits.has(p)).map(([p, score]): [number, number] => [p, (score + textHits.get(p)!) / 2]);
    }
    scored = selectTop(scored, data.idRank, limit);
  } else if (textHits) {
    scored = [];
    for (const [p, score] of textHits) {
      if (!opts.filters || passes(index.programs[p]!, opts.filters)) scored.push([p, score]);
    }
    scored = selectTop(scored, data.idRank, limit);
  } else scored = byTitle(index, opts.filters, opts.lang, limit);

  return scored.map(([p, score]) => {
    const program = index.programs[p]!;
    const meets = (pick: readonly number[]) => pick.some((s) => program.skills.includes(s));
    const refs = chosen.filter(meets).map((pick) => skillRef(index, pick[0]!, 0, opts.lang));
    const reasons: Reason[] = [];
    if (chosen.length > 0) {
      const text = m.coversPicked(
        refs.length,
        chosen.length,
        refs.map((r) => r.label),
      );
      // A skill with no label in the page's language is named in English, marked so.
      const parts = markNames(
        text,
        refs.map((r) => ({ value: r.label, lang: r.labelLang ?? null })),
      );
      reasons.push(parts.some((part) => part.lang) ? { code: 'covers-picked', text, parts } : { code: 'covers-picked', text });
    }
    if (textHits) reasons.push({ code: 'matches-text', text: m.matchesText(query) });
    if (reasons.length === 0) reasons.push({ code: 'fits-filters', text: m.fitsFilters() });
    return {
      program,
      score,
      matchedSkills: refs,
      gapSkills: chosen.filter((pick) => !meets(pick)).map((pick) => skillRef(index, pick[0]!, 0, opts.lang)),
      reasons,
    };
  });
}

/**
 * The picks as skill positions, each skill once: a pick whose skills an earlier pick holds
 * is left out, as a repeated id always was.
 */
function resolvePicks(index: LoadedIndex, picks: ReadonlyArray<string | readonly string[]>): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const pick of picks) {
    const skills = resolveSkills(index, typeof pick === 'string' ? [pick] : pick).filter((s) => !seen.has(s));
    for (const s of skills) seen.add(s);
    if (skills.length > 0) out.push([...new Set(skills)]);
  }
  return out;
}

/** With no skill and no text: the programs that pass `filters`, by title, then id. */
function byTitle(index: LoadedIndex, filters: ProgramFilters | undefined, lang: Lang, limit: number): Array<[number, number]> {
  const kept: number[] = [];
  index.programs.forEach((program, p) => {
    if (!filters || passes(program, filters)) kept.push(p);
  });
  const idRank = index.ranking.idRank;
  kept.sort((a, b) => compareText(localize(index.programs[a]!.title, lang), localize(index.programs[b]!.title, lang)) || idRank[a]! - idRank[b]!);
  return kept.slice(0, limit).map((p): [number, number] => [p, 0]);
}

/**
 * Values the programs have, for building filter controls: the whole catalogue's, or with
 * `occupation` those of the programs that teach it (its evidence list: what a list of its
 * recommendations can hold) that pass `filters` (a host's fixed institution, the region). A
 * filter over the whole catalogue offered hundreds of institutions, and hour limits no
 * program of a short list comes near.
 * @throws UnknownOccupationError (a RangeError) for an occupation not in the index.
 */
export function programFacets(index: LoadedIndex, of?: { occupation: string; filters?: ProgramFilters }): Facets {
  const r = index.ranking;
  if (!of)
    return {
      providers: [...r.providers],
      providerFr: r.providerFr,
      deliveries: [...r.deliveries],
      languages: [...r.languages],
      maxHours: r.maxHours,
      maxCost: r.maxCost,
    };
  requireOccupation(index, of.occupation);
  const programs = (r.evidence.get(of.occupation) ?? []).map(([p]) => index.programs[p]!);
  // The whole catalogue's French names: a filter can name an institution these programs lack (from a link).
  return { ...facets(of.filters ? programs.filter((program) => passes(program, of.filters!)) : programs), providerFr: r.providerFr };
}
