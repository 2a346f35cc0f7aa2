/**
 * Pieces the recommendation and the employer search share: filters, skill-coverage
 * accumulation over the postings, top-k selection with ties by id, skill references.
 */
import type { Delivery, IndexManifest, Lang, Program, ProgramLanguage } from '../index-format/index.js';
import { localizeMarked } from '../index-format/index.js';
import { fold } from '../text/index.js';
import type { LoadedIndex, SkillRef } from '../model/index.js';
import type { RankingData } from '../model/index.js';

/**
 * What a person or a host narrows programs by; a program passes when it meets every filter
 * given.
 */
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

/** Share of the score a program loses when none of its skills are on the profile. */
const OFF_PROFILE_PENALTY = 0.25;

/**
 * Accumulates, over the postings of each pick of `picks` (one skill, or near-identical skills
 * any of which meets it), the best `weight[s] * idf[s]` of its skills that a program has, and
 * returns every program that passes the filters as `[program, coverage]`, coverage in [0, 1]
 * with a penalty for programs mostly about other things.
 */
export function collectSkillScores(
  index: LoadedIndex,
  picks: readonly (readonly number[])[],
  total: number,
  filters: ProgramFilters | undefined,
): Array<[number, number]> {
  const data = index.ranking;
  const { score, count, touched } = data.scratch;
  const touchedCount = accumulateSkills(data, picks);
  const candidates: Array<[number, number]> = [];
  for (let i = 0; i < touchedCount; i++) {
    const p = touched[i]!;
    const coverage = total > 0 ? Math.min(1, score[p]! / total) : 0;
    const size = data.programSkillCount[p]!;
    const offShare = size > 0 ? (size - count[p]!) / size : 0;
    score[p] = 0;
    count[p] = 0;
    if (filters && !passes(index.programs[p]!, filters)) continue;
    candidates.push([p, coverage * (1 - OFF_PROFILE_PENALTY * offShare)]);
  }
  return candidates;
}

/**
 * Adds each pick's gain (the best `weight[s] * idf[s]` of its skills) once to every program
 * tagged with any of them (`scratch.score`; `scratch.count` counts every tag) and lists them
 * in `scratch.touched`; returns how many. The caller resets `score` and `count` of the
 * touched programs to 0. A program tagged with two twins of a pick counts it once.
 */
export function accumulateSkills(data: RankingData, picks: readonly (readonly number[])[]): number {
  const { score, count, touched, weight } = data.scratch;
  const { postingStart, postingPrograms, idf } = data;
  let touchedCount = 0;
  for (const pick of picks) {
    let g = 0;
    for (const s of pick) g = Math.max(g, weight[s]! * idf[s]!);
    if (g <= 0) continue;
    const credited = pick.length > 1 ? new Set<number>() : null;
    for (const s of pick) {
      for (let i = postingStart[s]!, end = postingStart[s + 1]!; i < end; i++) {
        const p = postingPrograms[i]!;
        if (count[p] === 0) touched[touchedCount++] = p;
        count[p]!++;
        if (credited?.has(p)) continue;
        credited?.add(p);
        score[p]! += g;
      }
    }
  }
  return touchedCount;
}

/** The best `limit` candidates, best first, ties broken by program id. */
export function selectTop(candidates: Array<[number, number]>, idRank: Uint32Array, limit: number): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  for (const candidate of candidates) insertBest(best, candidate, idRank, limit);
  return best;
}

/** Negative when `a` ranks before `b`: higher score first, then lower id. */
function before(a: [number, number], b: [number, number], idRank: Uint32Array): number {
  return b[1] - a[1] || idRank[a[0]]! - idRank[b[0]]!;
}

/**
 * Inserts `candidate` into `best` (sorted, at most `limit` long) if it belongs there:
 * O(limit) per insertion, and most candidates fail the first comparison.
 */
export function insertBest(best: Array<[number, number]>, candidate: [number, number], idRank: Uint32Array, limit: number): void {
  if (limit <= 0) return;
  if (best.length === limit && before(candidate, best[limit - 1]!, idRank) >= 0) return;
  let i = best.length === limit ? limit - 1 : best.length;
  if (best.length < limit) best.push(candidate);
  while (i > 0 && before(candidate, best[i - 1]!, idRank) < 0) {
    best[i] = best[i - 1]!;
    i--;
  }
  best[i] = candidate;
}

/** True when a program offered in `programRegion` (null = everywhere) is available to someone in `wanted`. */
export function regionMatches(programRegion: string | null, wanted: string): boolean {
  if (programRegion === null || programRegion === 'ER00' || wanted === 'ER00') return true;
  return programRegion.startsWith(wanted) || wanted.startsWith(programRegion);
}

const maskCache = new WeakMap<readonly Program[], Map<string, Uint8Array>>();

/**
 * 1 for every program that passes `filters`, 0 otherwise; null without filters. Cached
 * per catalogue for the last few filter settings, since a page reuses them query after query.
 */
export function filterMask(programs: readonly Program[], filters: ProgramFilters | undefined): Uint8Array | null {
  if (!filters) return null;
  const key = JSON.stringify(filters, Object.keys(filters).sort());
  let byKey = maskCache.get(programs);
  if (!byKey) maskCache.set(programs, (byKey = new Map()));
  let mask = byKey.get(key);
  if (!mask) {
    mask = new Uint8Array(programs.length);
    for (let p = 0; p < programs.length; p++) mask[p] = passes(programs[p]!, filters) ? 1 : 0;
    if (byKey.size >= 8) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, mask);
  }
  return mask;
}

export function passes(program: Program, f: ProgramFilters): boolean {
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

export function withRegion(filters: ProgramFilters | undefined, region: string | undefined): ProgramFilters | undefined {
  if (!region || filters?.region) return filters;
  return { ...filters, region };
}

const skillIdCache = new WeakMap<IndexManifest, Map<string, number>>();

export function resolveSkills(index: LoadedIndex, ids: readonly string[]): number[] {
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
  const { value: label, lang: labelLang } = localizeMarked(skill.label, lang);
  const ref: SkillRef = { index: s, id: skill.id, label, weight };
  if (labelLang) ref.labelLang = labelLang;
  return ref;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/*
 * Text order without Intl.Collator: a page's first collator costs tens of milliseconds
 * (hundreds on a slow phone) in one native call that cannot be sliced, and creating it at
 * module load made the bundle's first task long. Case, accents and punctuation are
 * ignored (fold) and digit runs compare as numbers, as the collator's base sensitivity
 * with numeric ordering did for the Latin-script names it sorts.
 */
const sortKeys = new Map<string, string[]>();
const DIGIT_RUNS = /(\d+)/;

function sortKey(text: string): string[] {
  let key = sortKeys.get(text);
  if (!key) {
    // Bounded: a sort of a few thousand titles fits; a long session does not grow it.
    if (sortKeys.size >= 20000) sortKeys.clear();
    key = fold(text).split(DIGIT_RUNS);
    sortKeys.set(text, key);
  }
  return key;
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length - y.length || compareIds(x, y);
}

/** Case-, accent- and punctuation-insensitive order, numbers by value; ties by code units. */
export function compareText(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  const n = Math.min(x.length, y.length);
  // split() with a capture group alternates text (even positions) and digit runs (odd).
  for (let i = 0; i < n; i++) {
    const c = i % 2 === 1 ? compareDigits(x[i]!, y[i]!) : compareIds(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length || compareIds(a, b);
}
