/**
 * Recommends programs for an occupation: programs are ranked by how much of the
 * occupation's weighted skill profile (or of the gap from a current occupation) they
 * teach. Work is proportional to the postings of the profile's skills, not to the
 * catalogue, and reuses preallocated typed arrays, so a query stays in the low
 * milliseconds over thousands of programs.
 */
import type { Delivery, IndexManifest, Lang, Occupation, Program, ProgramLanguage } from './schema.js';
import { localize } from './schema.js';
import type { LoadedIndex, Reason, Recommendation, SkillRef } from './loaded.js';
import { coreMessages } from './messages.js';
import { searchProgramText } from './rank-text.js';

export interface ProgramFilters {
  /** Keep programs delivered in one of these ways. */
  delivery?: Delivery[];
  /** Keep programs of at most this many hours (programs with unknown hours are left out). */
  maxHours?: number;
  /** Keep programs costing at most this, in CAD (unknown cost is left out). */
  maxCost?: number;
  /** Keep programs taught in one of these languages; `bilingual` programs count as `en` and `fr`. */
  language?: ProgramLanguage[];
  /** Keep programs of these providers (exact names, see `programFacets`). */
  provider?: string[];
  /** true: only programs known to be OSAP-eligible; false: only those known not to be. */
  osapEligible?: boolean;
  /** Keep programs offered everywhere, in this region, or in a region within it (ER3510 within ER35). */
  region?: string;
}

/** Structures precomputed once per index by `prepareRanking`. */
export interface RankingData {
  programCount: number;
  skillCount: number;
  /** Programs teaching skill `s`: `postingPrograms[postingStart[s] .. postingStart[s + 1]]`. */
  postingStart: Uint32Array;
  postingPrograms: Uint32Array;
  /** Distinct skills each program teaches. */
  programSkillCount: Uint16Array;
  /** Position of each program when sorted by id: the tie-breaker. */
  idRank: Uint32Array;
  /**
   * Specificity of each skill in (0, 1]: inverse frequency across occupation profiles
   * times a mild inverse frequency across the catalogue, so generic skills count less.
   */
  idf: Float32Array;
  providers: string[];
  deliveries: Delivery[];
  languages: ProgramLanguage[];
  maxHours: number;
  maxCost: number;
  /** Reused per query (queries are synchronous, so one set suffices). */
  scratch: {
    score: Float64Array;
    count: Uint16Array;
    touched: Uint32Array;
    weight: Float64Array;
  };
  /** Folded program text for `findPrograms({ text })`, built on first use. */
  text: ProgramTextIndex | null;
}

/** Term postings over program titles, providers and descriptions. */
export interface ProgramTextIndex {
  /** Stemmed term -> programs (ascending) and where the term occurs (bit 1 title, 2 provider, 4 description). */
  terms: Map<string, { programs: Uint32Array; fields: Uint8Array }>;
  /** Sorted distinct terms, for prefix lookups of the last query word. */
  sorted: string[];
}

/** How many of the heaviest profile skills reasons and gaps talk about. */
export const PROFILE_TOP = 7;
/** Share of the score a program loses when none of its skills are on the profile. */
const OFF_PROFILE_PENALTY = 0.25;
const DEFAULT_LIMIT = 10;
/** Floor of a skill's specificity, so skills every occupation uses still count a little. */
const MIN_GENERIC_WEIGHT = 0.05;
const GAP_SHOWN = 5;

/** Precomputes postings, IDF, tie order and facets. Linear in the catalogue's skill tags. */
export function prepareRanking(manifest: IndexManifest, programs: readonly Program[]): RankingData {
  const skillCount = manifest.skills.length;
  const programCount = programs.length;
  const df = new Uint32Array(skillCount + 1);
  const programSkillCount = new Uint16Array(programCount);
  const seen = new Int32Array(skillCount).fill(-1);
  let total = 0;
  for (let p = 0; p < programCount; p++) {
    const skills = programs[p]!.skills;
    let distinct = 0;
    for (const s of skills) {
      if (seen[s] === p) continue;
      seen[s] = p;
      df[s + 1]!++;
      distinct++;
    }
    programSkillCount[p] = Math.min(distinct, 0xffff);
    total += distinct;
  }
  const postingStart = new Uint32Array(skillCount + 1);
  for (let s = 0; s < skillCount; s++) postingStart[s + 1] = postingStart[s]! + df[s + 1]!;
  const fill = postingStart.slice(0, skillCount);
  const postingPrograms = new Uint32Array(total);
  seen.fill(-1);
  for (let p = 0; p < programCount; p++) {
    for (const s of programs[p]!.skills) {
      if (seen[s] === p) continue;
      seen[s] = p;
      postingPrograms[fill[s]!++] = p;
    }
  }

  // A skill in nearly every occupation's profile ("problem solving") says little about
  // which programs fit one occupation; one taught by many programs says a little less.
  const occupationDf = new Uint32Array(skillCount);
  for (const occupation of manifest.occupations) for (const [s] of occupation.skills) occupationDf[s]!++;
  const occupationCount = manifest.occupations.length;
  const idf = new Float32Array(skillCount);
  const maxOccIdf = Math.log(occupationCount + 1) || 1;
  const maxIdf = 1 + Math.log(programCount + 1);
  for (let s = 0; s < skillCount; s++) {
    const occ = Math.max(MIN_GENERIC_WEIGHT, Math.log((occupationCount + 1) / (occupationDf[s]! + 1)) / maxOccIdf);
    const catalogue = Math.sqrt((1 + Math.log((programCount + 1) / (df[s + 1]! + 1))) / maxIdf);
    idf[s] = Math.min(1, occ * catalogue);
  }

  const order = Array.from({ length: programCount }, (_, i) => i);
  order.sort((a, b) => compareIds(programs[a]!.id, programs[b]!.id));
  const idRank = new Uint32Array(programCount);
  order.forEach((p, rank) => (idRank[p] = rank));

  const providers = new Set<string>();
  const deliveries = new Set<Delivery>();
  const languages = new Set<ProgramLanguage>();
  let maxHours = 0;
  let maxCost = 0;
  for (const program of programs) {
    if (program.provider) providers.add(program.provider);
    if (program.delivery) deliveries.add(program.delivery);
    if (program.language) languages.add(program.language);
    if (program.hours !== null && program.hours > maxHours) maxHours = program.hours;
    if (program.costCad !== null && program.costCad > maxCost) maxCost = program.costCad;
  }

  return {
    programCount,
    skillCount,
    postingStart,
    postingPrograms,
    programSkillCount,
    idRank,
    idf,
    providers: [...providers].sort(compareText),
    deliveries: (['online', 'hybrid', 'in-person'] as const).filter((d) => deliveries.has(d)),
    languages: (['en', 'fr', 'bilingual', 'other'] as const).filter((l) => languages.has(l)),
    maxHours,
    maxCost,
    scratch: {
      score: new Float64Array(programCount),
      count: new Uint16Array(programCount),
      touched: new Uint32Array(programCount),
      weight: new Float64Array(skillCount),
    },
    text: null,
  };
}

export interface RecommendOptions {
  /** NOC code of the target occupation. */
  occupation: string;
  /** NOC code of the person's current occupation: rank by the skills it does not already give. */
  from?: string;
  /** Ids of skills the person already has; removed from the gap. */
  skills?: string[];
  /** Shorthand for `filters.region`. */
  region?: string;
  filters?: ProgramFilters;
  /** At most this many results (default 10). */
  limit?: number;
  lang: Lang;
}

/**
 * Programs that teach the skills an occupation uses (or that a move from `from` needs),
 * best first, each with reasons, matched skills and remaining gap skills.
 * @throws RangeError for an unknown occupation code or skill id.
 */
export function recommend(index: LoadedIndex, opts: RecommendOptions): Recommendation[] {
  const target = requireOccupation(index, opts.occupation);
  const current = opts.from ? requireOccupation(index, opts.from) : null;
  const data = index.ranking;
  const { weight } = data.scratch;
  const had = resolveSkills(index, opts.skills ?? []);

  // Gap weights: what the target uses beyond what the current job and known skills give.
  const profile: number[] = [];
  for (const [s, w] of target.skills) {
    weight[s] = w;
    profile.push(s);
  }
  let gapMode = false;
  if (current) {
    gapMode = true;
    for (const [s, w] of current.skills) if (weight[s]! > 0) weight[s] = Math.max(0, weight[s]! - w);
  }
  for (const s of had) {
    if (weight[s]! > 0) gapMode = true;
    weight[s] = 0;
  }
  let totalGap = 0;
  for (const s of profile) totalGap += weight[s]! * data.idf[s]!;
  let closeAlready = false;
  if (totalGap === 0) {
    // Nothing left to learn: rank by the full profile and say so.
    closeAlready = gapMode;
    gapMode = false;
    for (const [s, w] of target.skills) weight[s] = w;
    for (const s of profile) totalGap += weight[s]! * data.idf[s]!;
  }

  const limit = opts.limit ?? DEFAULT_LIMIT;
  const filters = withRegion(opts.filters, opts.region);
  const top = scoreBySkills(index, profile, totalGap, filters, limit);
  const results: Recommendation[] = [];
  // Key skills: heaviest once generic ones are discounted, the ones reasons and gaps name.
  const key = (s: number) => weight[s]! * data.idf[s]!;
  const ranked = [...profile].filter((s) => weight[s]! > 0).sort((a, b) => key(b) - key(a) || a - b);
  const topSkills = ranked.slice(0, PROFILE_TOP);
  const m = coreMessages(opts.lang);
  const who = localize(target.title, opts.lang);
  const fromTitle = current ? localize(current.title, opts.lang) : '';
  const profileWeight = new Map(target.skills);

  for (const [p, score] of top) {
    const program = index.programs[p]!;
    const taught = new Set(program.skills);
    const matched = ranked.filter((s) => taught.has(s));
    const matchedTop = topSkills.filter((s) => taught.has(s));
    const gaps = topSkills.filter((s) => !taught.has(s)).slice(0, GAP_SHOWN);
    const refs = matched.map((s) => skillRef(index, s, profileWeight.get(s) ?? 0, opts.lang));
    const labels = refs.map((r) => r.label);
    const topLabels = matchedTop.map((s) => localize(index.manifest.skills[s]!.label, opts.lang));
    const reasons: Reason[] = [];
    if (gapMode) {
      reasons.push({
        code: 'fills-gap',
        text: m.fillsGap(matchedTop.length, topSkills.length, who, fromTitle, matchedTop.length > 0 ? topLabels : labels),
      });
    } else if (matchedTop.length > 0) {
      reasons.push({ code: 'teaches-profile', text: m.teachesProfile(matchedTop.length, topSkills.length, who, topLabels) });
    } else {
      reasons.push({ code: 'teaches-some', text: m.teachesSome(matched.length, who, labels) });
    }
    if (closeAlready) reasons.push({ code: 'already-close', text: m.alreadyClose(who, fromTitle) });
    const off = program.skills.length - matched.length;
    if (off > matched.length && program.skills.length > 0) {
      reasons.push({ code: 'broad-program', text: m.broadProgram(off) });
    }
    results.push({
      program,
      score,
      matchedSkills: refs,
      gapSkills: gaps.map((s) => skillRef(index, s, profileWeight.get(s) ?? 0, opts.lang)),
      reasons,
    });
  }
  for (const s of profile) weight[s] = 0;
  for (const s of had) weight[s] = 0;
  return results;
}

/**
 * Accumulates `weight[s] * idf[s]` over the postings of `skills`, applies filters and
 * returns the best `limit` as `[program, score]`, deterministic (ties by id).
 */
function scoreBySkills(
  index: LoadedIndex,
  skills: readonly number[],
  total: number,
  filters: ProgramFilters | undefined,
  limit: number,
): Array<[number, number]> {
  const data = index.ranking;
  const { score, count, touched, weight } = data.scratch;
  const { postingStart, postingPrograms, idf } = data;
  let touchedCount = 0;
  for (const s of skills) {
    const g = weight[s]! * idf[s]!;
    if (g <= 0) continue;
    for (let i = postingStart[s]!, end = postingStart[s + 1]!; i < end; i++) {
      const p = postingPrograms[i]!;
      if (count[p] === 0) touched[touchedCount++] = p;
      score[p]! += g;
      count[p]!++;
    }
  }
  const candidates: Array<[number, number]> = [];
  for (let i = 0; i < touchedCount; i++) {
    const p = touched[i]!;
    const coverage = Math.min(1, score[p]! / total);
    const size = data.programSkillCount[p]!;
    const offShare = size > 0 ? (size - count[p]!) / size : 0;
    score[p] = 0;
    count[p] = 0;
    if (filters && !passes(index.programs[p]!, filters)) continue;
    candidates.push([p, coverage * (1 - OFF_PROFILE_PENALTY * offShare)]);
  }
  return selectTop(candidates, data.idRank, limit);
}

function selectTop(candidates: Array<[number, number]>, idRank: Uint32Array, limit: number): Array<[number, number]> {
  candidates.sort((a, b) => b[1] - a[1] || idRank[a[0]]! - idRank[b[0]]!);
  if (candidates.length > limit) candidates.length = Math.max(0, limit);
  return candidates;
}

export interface FindProgramsOptions {
  /** Skill ids the employer picked. */
  skills?: string[];
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
  const chosen = [...new Set(resolveSkills(index, opts.skills ?? []))];
  const query = (opts.text ?? '').trim();
  const textHits = query ? searchProgramText(index, query) : null;
  const { weight } = data.scratch;

  let scored: Array<[number, number]>;
  if (chosen.length > 0) {
    let total = 0;
    for (const s of chosen) {
      weight[s] = 1;
      total += data.idf[s]!;
    }
    scored = scoreBySkills(index, chosen, total, opts.filters, Number.MAX_SAFE_INTEGER);
    for (const s of chosen) weight[s] = 0;
    if (textHits) {
      scored = scored
        .filter(([p]) => textHits.has(p))
        .map(([p, score]): [number, number] => [p, (score + textHits.get(p)!) / 2]);
    }
    scored = selectTop(scored, data.idRank, limit);
  } else if (textHits) {
    scored = [];
    for (const [p, score] of textHits) {
      if (!opts.filters || passes(index.programs[p]!, opts.filters)) scored.push([p, score]);
    }
    scored = selectTop(scored, data.idRank, limit);
  } else {
    const lang = opts.lang;
    const kept: number[] = [];
    index.programs.forEach((program, p) => {
      if (!opts.filters || passes(program, opts.filters)) kept.push(p);
    });
    kept.sort(
      (a, b) =>
        compareText(localize(index.programs[a]!.title, lang), localize(index.programs[b]!.title, lang)) ||
        data.idRank[a]! - data.idRank[b]!,
    );
    scored = kept.slice(0, limit).map((p): [number, number] => [p, 0]);
  }

  return scored.map(([p, score]) => {
    const program = index.programs[p]!;
    const matched = chosen.filter((s) => program.skills.includes(s));
    const refs = matched.map((s) => skillRef(index, s, 0, opts.lang));
    const reasons: Reason[] = [];
    if (chosen.length > 0) {
      reasons.push({ code: 'covers-picked', text: m.coversPicked(matched.length, chosen.length, refs.map((r) => r.label)) });
    }
    if (textHits) reasons.push({ code: 'matches-text', text: m.matchesText(query) });
    if (reasons.length === 0) reasons.push({ code: 'fits-filters', text: m.fitsFilters() });
    return {
      program,
      score,
      matchedSkills: refs,
      gapSkills: chosen.filter((s) => !program.skills.includes(s)).map((s) => skillRef(index, s, 0, opts.lang)),
      reasons,
    };
  });
}

/** Values the catalogue actually has, for building filter controls. */
export function programFacets(index: LoadedIndex): {
  providers: string[];
  deliveries: Delivery[];
  languages: ProgramLanguage[];
  maxHours: number;
  maxCost: number;
} {
  const r = index.ranking;
  return {
    providers: [...r.providers],
    deliveries: [...r.deliveries],
    languages: [...r.languages],
    maxHours: r.maxHours,
    maxCost: r.maxCost,
  };
}

/** True when a program offered in `programRegion` (null = everywhere) is available to someone in `wanted`. */
export function regionMatches(programRegion: string | null, wanted: string): boolean {
  if (programRegion === null || programRegion === 'ER00' || wanted === 'ER00') return true;
  return programRegion.startsWith(wanted) || wanted.startsWith(programRegion);
}

function passes(program: Program, f: ProgramFilters): boolean {
  if (f.delivery && f.delivery.length > 0 && (program.delivery === null || !f.delivery.includes(program.delivery))) return false;
  if (f.maxHours !== undefined && (program.hours === null || program.hours > f.maxHours)) return false;
  if (f.maxCost !== undefined && (program.costCad === null || program.costCad > f.maxCost)) return false;
  if (f.language && f.language.length > 0) {
    const l = program.language;
    if (l === null) return false;
    const ok = f.language.includes(l) || (l === 'bilingual' && (f.language.includes('en') || f.language.includes('fr')));
    if (!ok) return false;
  }
  if (f.provider && f.provider.length > 0 && !f.provider.includes(program.provider)) return false;
  if (f.osapEligible !== undefined && program.osapEligible !== f.osapEligible) return false;
  if (f.region !== undefined && f.region !== '' && !regionMatches(program.region, f.region)) return false;
  return true;
}

function withRegion(filters: ProgramFilters | undefined, region: string | undefined): ProgramFilters | undefined {
  if (!region || filters?.region) return filters;
  return { ...filters, region };
}

function requireOccupation(index: LoadedIndex, code: string): Occupation {
  const occupation = index.occupations.get(code);
  if (!occupation) throw new RangeError(`Unknown occupation code "${code}": not in this index.`);
  return occupation;
}

const skillIdCache = new WeakMap<IndexManifest, Map<string, number>>();

function resolveSkills(index: LoadedIndex, ids: readonly string[]): number[] {
  if (ids.length === 0) return [];
  let byId = skillIdCache.get(index.manifest);
  if (!byId) {
    byId = new Map(index.manifest.skills.map((skill, i) => [skill.id, i]));
    skillIdCache.set(index.manifest, byId);
  }
  return ids.map((id) => {
    const s = byId.get(id);
    if (s === undefined) throw new RangeError(`Unknown skill id "${id}": not in this index.`);
    return s;
  });
}

/** A skill resolved and localized, as results carry it. */
export function skillRef(index: LoadedIndex, s: number, weight: number, lang: Lang): SkillRef {
  const skill = index.manifest.skills[s]!;
  return { index: s, id: skill.id, label: localize(skill.label, lang), weight };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
function compareText(a: string, b: string): number {
  return collator.compare(a, b) || compareIds(a, b);
}
