/**
 * The plan above a list of recommendations: which key skills of the target occupation a
 * person likely has already (from their current occupation) and which they need, and a
 * short pathway, the few recommended programs that together cover most of the needed
 * ones. Pure: it reads the index and the recommendations, never ranks.
 */
import type { Lang } from '../index-format/index.js';
import type { LoadedIndex, Recommendation, SkillRef } from '../model/index.js';
import { keySkillsOf } from './rank-reasons.js';
import { skillRef } from './rank-common.js';

/** A current occupation "likely gives" a skill it weighs at least this share of the target's weight. */
const HAVE_SHARE = 0.6;
/** Programs a pathway holds at most: a plan a person can take in, not a second list. */
export const PATHWAY_MAX = 3;

export interface SkillGap {
  /** The target's key skills the current occupation likely gives (empty without one). */
  have: SkillRef[];
  /** The target's key skills still to learn (all key skills without a current occupation). */
  need: SkillRef[];
}

/**
 * The target's key skills (the heaviest, most specific skills of its profile, as
 * `recommend()` reasons about them), split by what the current occupation likely gives.
 * @throws RangeError for an unknown occupation code.
 */
export function skillGap(index: LoadedIndex, opts: { occupation: string; from?: string | null; lang: Lang }): SkillGap {
  const target = index.occupations.get(opts.occupation);
  if (!target) throw new RangeError(`Unknown occupation code "${opts.occupation}": not in this index.`);
  const current = opts.from ? index.occupations.get(opts.from) : undefined;
  if (opts.from && !current) throw new RangeError(`Unknown occupation code "${opts.from}": not in this index.`);
  const top = keySkillsOf(index, target);
  const given = new Map(current && current.code !== target.code ? current.skills : []);
  const gap: SkillGap = { have: [], need: [] };
  for (const [s, w] of top) {
    const ref = skillRef(index, s, w, opts.lang);
    ((given.get(s) ?? 0) >= HAVE_SHARE * w ? gap.have : gap.need).push(ref);
  }
  return gap;
}

export interface PathwayStep {
  recommendation: Recommendation;
  /** The needed skills this program adds to those of the steps before it (at least one). */
  adds: SkillRef[];
}

export interface Pathway {
  steps: PathwayStep[];
  /** Needed skills the steps cover together, in the order of `need`. */
  covered: SkillRef[];
  /** Needed skills no recommended program covers. */
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

/**
 * Picks, greedily, at most `max` of `recs` that together cover the most weight of the
 * needed skills (weighted set cover: each step adds the most uncovered weight; ties go to
 * the better-ranked program). Stops when no program adds a needed skill. Skills in
 * `have` are never counted as needed.
 */
export function pathway(recs: readonly Recommendation[], opts: { have?: readonly SkillRef[]; need: readonly SkillRef[]; max?: number }): Pathway {
  const max = opts.max ?? PATHWAY_MAX;
  const had = new Set((opts.have ?? []).map((s) => s.index));
  const need = opts.need.filter((s) => !had.has(s.index));
  const open = new Map(need.map((s) => [s.index, s]));
  const taught = recs.map(taughtBy);
  const used = new Set<number>();
  const steps: PathwayStep[] = [];
  while (steps.length < max && open.size > 0) {
    let best = -1;
    let bestGain = 0;
    recs.forEach((_, r) => {
      if (used.has(r)) return;
      let gain = 0;
      // A small floor so a skill of unknown weight still counts.
      for (const [s, ref] of open) if (taught[r]!.has(s)) gain += Math.max(ref.weight, 1e-6);
      if (gain > bestGain) [best, bestGain] = [r, gain];
    });
    if (best < 0) break;
    used.add(best);
    const adds = need.filter((s) => open.has(s.index) && taught[best]!.has(s.index));
    for (const s of adds) open.delete(s.index);
    steps.push({ recommendation: recs[best]!, adds });
  }
  const sum = (pick: (rec: Recommendation) => number | null): number | null => {
    let total = 0;
    for (const step of steps) {
      const value = pick(step.recommendation);
      if (value === null) return null;
      total += value;
    }
    return total;
  };
  return {
    steps,
    covered: need.filter((s) => !open.has(s.index)),
    uncovered: need.filter((s) => open.has(s.index)),
    hours: sum((rec) => rec.program.hours),
    costCad: sum((rec) => rec.program.costCad),
  };
}
