/**
 * An occupation's key skills, and on a career move their split into those the current
 * occupation likely gives and those still needed: what the plan lists (`skillGap`), what the
 * gap-mode order ranks by and what a gap-mode reason may say the current work does not give
 * (`recommend()`), worked out once so the three cannot disagree.
 */
import type { Occupation } from '../index-format/index.js';
import type { LoadedIndex } from '../model/index.js';

/** How many of the heaviest profile skills reasons and gaps talk about. */
export const PROFILE_TOP = 7;
/** A current occupation "likely gives" a skill it weighs at least this share of the target's weight. */
const HAVE_SHARE = 0.6;
/**
 * A rated skill or knowledge area (OaSIS rates every occupation on the same 33 and 44) that
 * both occupations weigh at least this much carries over: a rating of 3 of 5 for a skill,
 * 1.8 of 3 for knowledge (averaged over an occupation's profiles).
 */
const CARRY_WEIGHT = 0.6;
/** Areas that carry over, listed at most. */
const CARRY_MAX = 4;

/**
 * An occupation's key skills as the page lists them ("Key skills of this occupation"): its
 * PROFILE_TOP heaviest and most specific skills (weight times rarity), whoever is reading.
 */
export function keySkillsOf(index: LoadedIndex, occupation: Occupation): Array<[number, number]> {
  const { idf } = index.ranking;
  const key = ([s, w]: readonly [number, number]) => w * idf[s]!;
  return [...occupation.skills].sort((a, b) => key(b) - key(a) || a[0] - b[0]).slice(0, PROFILE_TOP);
}

/**
 * What a career move from `occupation` likely brings: its profile and the specific skills the
 * index holds past it (`Occupation.moreSkills`), with their weights.
 */
export function skillsGivenBy(occupation: Occupation): ReadonlyArray<readonly [number, number]> {
  return occupation.moreSkills ? [...occupation.skills, ...occupation.moreSkills] : occupation.skills;
}

/** The target's key skills split by a move, as [skill, target weight]; `carries` are not key skills. */
export interface KeySkillSplit {
  /** All the target's key skills (`keySkillsOf`), heaviest and most specific first. */
  top: Array<[number, number]>;
  /** Key skills the current occupation likely gives (HAVE_SHARE of the target's weight). */
  have: Array<[number, number]>;
  /** Key skills still to learn: every key skill without a current occupation. */
  need: Array<[number, number]>;
  /** Broad skills and knowledge areas both weigh at least CARRY_WEIGHT, the most weighed by both first. */
  carries: Array<[number, number]>;
}

/** The target's key skills split by what `current` likely gives (nothing without it, or when it is the target). */
export function splitKeySkills(index: LoadedIndex, target: Occupation, current: Occupation | null | undefined): KeySkillSplit {
  const top = keySkillsOf(index, target);
  const given = new Map(current && current.code !== target.code ? skillsGivenBy(current) : []);
  const split: KeySkillSplit = { top, have: [], need: [], carries: [] };
  for (const [s, w] of top) ((given.get(s) ?? 0) >= HAVE_SHARE * w ? split.have : split.need).push([s, w]);
  const key = new Set(top.map(([s]) => s));
  const both = (s: number, w: number) => Math.min(w, given.get(s) ?? 0);
  split.carries = target.skills
    .filter(([s, w]) => !key.has(s) && index.manifest.skills[s]!.kind !== 'detail' && both(s, w) >= CARRY_WEIGHT)
    .sort((a, b) => both(b[0], b[1]) - both(a[0], a[1]) || b[1] - a[1] || a[0] - b[0])
    .slice(0, CARRY_MAX);
  return split;
}
