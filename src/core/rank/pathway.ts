/**
 * The plan above a list of recommendations: which key skills of the target occupation a
 * person likely has already (from their current occupation) and which they need, and a
 * short pathway, the few recommended programs that together cover most of the needed
 * ones. Pure: it reads the index and the recommendations, never ranks.
 */
import type { Lang } from '../index-format/index.js';
import { requireOccupation } from '../index-format/index.js';
import type { LoadedIndex, Recommendation, SkillRef } from '../model/index.js';
import { splitKeySkills } from './key-skills.js';
import { skillRef } from './rank-common.js';

/** Programs a pathway holds at most: a plan a person can take in, not a second list. */
export const PATHWAY_MAX = 3;

/**
 * What `skillGap` gives: the target occupation's key skills split into those the current
 * occupation likely gives and those to learn, and the broad skills that carry over.
 */
export interface SkillGap {
  /** The target's key skills the current occupation likely gives (empty without one). */
  have: SkillRef[];
  /** The target's key skills still to learn (all key skills without a current occupation). */
  need: SkillRef[];
  /**
   * Broad skills and knowledge areas both occupations call for (OaSIS ratings of at least 3 of 5,
   * or 1.8 of 3 for knowledge, in both), not among the key skills: what carries over where the key skills, most of them specific to each
   * occupation, name none ("Social perceptiveness" and "Physical health" from nurse aide to
   * registered nurse). The most weighed by both first; empty without a current occupation.
   * The weight is the target's.
   */
  carries: SkillRef[];
}

/**
 * The target's key skills (the heaviest, most specific skills of its profile, as
 * `recommend()` reasons about them), split by what the current occupation likely gives.
 * @throws UnknownOccupationError (a RangeError) for an occupation code not in the index.
 */
export function skillGap(index: LoadedIndex, opts: { occupation: string; from?: string | null; lang: Lang }): SkillGap {
  const target = requireOccupation(index, opts.occupation);
  const current = opts.from ? requireOccupation(index, opts.from) : undefined;
  const split = splitKeySkills(index, target, current);
  const refs = (skills: ReadonlyArray<[number, number]>) => skills.map(([s, w]) => skillRef(index, s, w, opts.lang));
  return { have: refs(split.have), need: refs(split.need), carries: refs(split.carries) };
}

/** One program of a `Pathway`, with the needed skills it adds. */
export interface PathwayStep {
  recommendation: Recommendation;
  /** The needed skills this program adds to those of the steps before it (at least one). */
  adds: SkillRef[];
  /** A partial match (`Recommendation.strength`), taken because no strong match covers what it adds. */
  partial: boolean;
}

/**
 * What `pathway` gives: a few recommended programs that together cover the most of the needed
 * skills, in the order chosen, with what they leave uncovered and their total hours and cost.
 */
export interface Pathway {
  steps: PathwayStep[];
  /** Needed skills the steps cover together, in the order of `need`. */
  covered: SkillRef[];
  /**
   * Needed skills no step covers. Another recommended program may: a pathway holds at most
   * `max` programs, and never one in another language than English or French.
   */
  uncovered: SkillRef[];
  /** Sum of the steps' hours; null when any step's hours are not listed. */
  hours: number | null;
  /** Sum of the steps' costs in CAD; null when any step's cost is not listed. */
  costCad: number | null;
}

/**
 * The skills a recommended program teaches: its tagged skills, and the profile skills
 * `recommend()` found it teaches (its own words name them).
 */
function taughtBy(rec: Recommendation): Set<number> {
  const taught = new Set(rec.program.skills);
  for (const s of rec.matchedSkills) taught.add(s.index);
  return taught;
}

/** What the greedy cover works on: the candidates, the needed skills still open, the steps so far. */
interface Cover {
  recs: readonly Recommendation[];
  taught: Array<Set<number>>;
  need: readonly SkillRef[];
  open: Map<number, SkillRef>;
  steps: PathwayStep[];
  max: number;
}

/**
 * Adds steps from the candidates `pick` allows, each the one adding the most uncovered
 * weight times its score (ties to the better-ranked), until `max` steps, no open skill, or
 * none adds one.
 */
function coverWith(c: Cover, pick: (rec: Recommendation) => boolean, partial: boolean): void {
  const used = new Set(c.steps.map((step) => step.recommendation));
  while (c.steps.length < c.max && c.open.size > 0) {
    let best = -1;
    let bestGain = 0;
    c.recs.forEach((rec, r) => {
      if (used.has(rec) || !pick(rec)) return;
      let gain = 0;
      // A small floor so a skill of unknown weight still counts.
      for (const [s, ref] of c.open) if (c.taught[r]!.has(s)) gain += Math.max(ref.weight, 1e-6);
      gain *= Math.max(rec.score, 1e-6);
      if (gain > bestGain) [best, bestGain] = [r, gain];
    });
    if (best < 0) return;
    const rec = c.recs[best]!;
    used.add(rec);
    const adds = c.need.filter((s) => c.open.has(s.index) && c.taught[best]!.has(s.index));
    for (const s of adds) c.open.delete(s.index);
    c.steps.push({ recommendation: rec, adds, partial });
  }
}

/**
 * Picks, greedily, at most `max` of `recs` that together cover the most weight of the
 * needed skills (weighted set cover, each program costing the inverse of its score: each
 * step adds the most uncovered weight times the ranking's score, so a program ranked far
 * down must add much more than the best ones to come first; ties go to the better-ranked).
 * `recs` are in the ranking's order (`recommend()`'s, never a list sorted by hours or cost,
 * nor narrowed by the person's filters): the pathway is the same whatever the list shows.
 * Strong matches first; a partial match only for skills no strong match covers (the step
 * says so); a program known to be taught in another language than English or French never
 * ("Oncology Nursing（肿瘤护理）"). Before the strengths are known (the quotes), every
 * program counts as a strong one would. Stops when no program adds a needed skill. Skills
 * in `have` are never counted as needed. Measured in docs/design.md (the plan's pathway).
 */
export function pathway(recs: readonly Recommendation[], opts: { have?: readonly SkillRef[]; need: readonly SkillRef[]; max?: number }): Pathway {
  const had = new Set((opts.have ?? []).map((s) => s.index));
  const need = opts.need.filter((s) => !had.has(s.index));
  const followed = recs.filter((rec) => rec.program.language !== 'other');
  const c: Cover = {
    recs: followed,
    taught: followed.map(taughtBy),
    need,
    open: new Map(need.map((s) => [s.index, s])),
    steps: [],
    max: opts.max ?? PATHWAY_MAX,
  };
  coverWith(c, (rec) => rec.strength !== 'moderate', false);
  coverWith(c, (rec) => rec.strength === 'moderate', true);
  const sum = (pick: (rec: Recommendation) => number | null): number | null => {
    let total = 0;
    for (const step of c.steps) {
      const value = pick(step.recommendation);
      if (value === null) return null;
      total += value;
    }
    return total;
  };
  return {
    steps: c.steps,
    covered: need.filter((s) => !c.open.has(s.index)),
    uncovered: need.filter((s) => c.open.has(s.index)),
    hours: sum((rec) => rec.program.hours),
    costCad: sum((rec) => rec.program.costCad),
  };
}
