/**
 * Recommends programs for an occupation over the evidence the builder found in each
 * program's own text (`cli/evidence.ts`): only programs with evidence for the occupation
 * are recommended, best evidence first, one per series, each with a reason quoting the
 * program. Gap mode discounts what is also evidence for the current occupation. The
 * skill profiles still say which key skills a program covers and which it leaves out,
 * and drive the employer search (`rank-find.ts`).
 */
import type { Delivery, IndexManifest, Lang, Occupation, Program, ProgramLanguage, SkillKind } from '../index-format/index.js';
import { localize } from '../index-format/index.js';
import type { LoadedIndex, RankingData, Reason, Recommendation } from '../model/index.js';
import { coreMessages, shortOccupation } from '../messages/index.js';
import { prepareProgramText, programMentions, termsOf } from './rank-text.js';
import { runSteps, runStepsBetween, Slicer } from '../schedule/index.js';
import {
  compareText,
  filterMask,
  resolveSkills,
  skillRef,
  withRegion,
  type ProgramFilters,
} from './rank-common.js';

/** How many of the heaviest profile skills reasons and gaps talk about. */
export const PROFILE_TOP = 7;
const DEFAULT_LIMIT = 10;
/**
 * Broad descriptors (OaSIS skills such as "writing", knowledge areas such as "biology")
 * say less about what a program teaches for one job than a detailed skill does.
 */
const KIND_FACTOR: Record<SkillKind, number> = { skill: 0.2, knowledge: 0.3, detail: 1 };
/** Floor of a skill's specificity, so skills every occupation uses still count a little. */
const MIN_GENERIC_WEIGHT = 0.05;
/** Key skills the program's text does not name (the card's list): the few that matter. */
const GAP_SHOWN = 3;
/**
 * In gap mode, share of a program's evidence for the current occupation taken off its
 * evidence for the target: what the person's work already teaches counts for little.
 */
const GAP_OVERLAP = 0.8;
/**
 * Score kept by a program known to be taught in the other official language (English on
 * a French page, French on an English one): mild, so a strong match still shows, but an
 * equal one in the reader's language comes first. A program taught in neither (Spanish,
 * Chinese...) comes after every program a person in Ontario can follow, however good its
 * match. Programs of unknown language are not touched.
 */
const OTHER_LANGUAGE_FACTOR = 0.8;

/** Precomputes postings, IDF, tie order and facets. Linear in the catalogue's skill tags. */
export function prepareRanking(manifest: IndexManifest, programs: readonly Program[]): RankingData {
  return runSteps(prepareSteps(manifest, programs));
}

/** `prepareRanking` in slices: `between` runs (and may yield to the event loop) between steps. */
export async function prepareRankingInSlices(
  manifest: IndexManifest,
  programs: readonly Program[],
  between: () => Promise<void>,
): Promise<RankingData> {
  return runStepsBetween(prepareSteps(manifest, programs), between);
}


function* prepareSteps(manifest: IndexManifest, programs: readonly Program[]): Generator<void, RankingData> {
  const skillCount = manifest.skills.length;
  const programCount = programs.length;
  const df = new Uint32Array(skillCount + 1);
  const programSkillCount = new Uint16Array(programCount);
  const seen = new Int32Array(skillCount).fill(-1);
  let total = 0;
  for (let p = 0; p < programCount; p++) {
    if ((p & 1023) === 1023) yield;
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
  yield;
  const postingStart = new Uint32Array(skillCount + 1);
  for (let s = 0; s < skillCount; s++) postingStart[s + 1] = postingStart[s]! + df[s + 1]!;
  const fill = postingStart.slice(0, skillCount);
  const postingPrograms = new Uint32Array(total);
  seen.fill(-1);
  for (let p = 0; p < programCount; p++) {
    if ((p & 1023) === 1023) yield;
    for (const s of programs[p]!.skills) {
      if (seen[s] === p) continue;
      seen[s] = p;
      postingPrograms[fill[s]!++] = p;
    }
  }
  yield;

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
    idf[s] = Math.min(1, occ * catalogue * KIND_FACTOR[manifest.skills[s]!.kind]);
  }
  yield;

  // Sorted by the engine's own string order (UTF-16 code units, as compareIds): a
  // comparator function called ~70 000 times for a full catalogue was a long task on a
  // slow phone. "\u0000" sorts before every character, so an id that is a prefix of
  // another still comes first.
  const keyed = programs.map((program, p) => `${program.id}\u0000${p}`);
  keyed.sort();
  const idRank = new Uint32Array(programCount);
  keyed.forEach((k, rank) => (idRank[Number(k.slice(k.lastIndexOf('\u0000') + 1))] = rank));
  yield;

  const evidence = evidenceLists(programs, idRank);
  yield;

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
    evidence,
  };
}

/** `RankingData.evidence`: the programs' evidence regrouped by occupation, best first. */
function evidenceLists(programs: readonly Program[], idRank: Uint32Array): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  programs.forEach((program, p) => {
    program.evidence?.forEach((e, k) => {
      let list = out.get(e.occupation);
      if (!list) out.set(e.occupation, (list = []));
      list.push([p, k]);
    });
  });
  const score = ([p, k]: [number, number]) => programs[p]!.evidence![k]!.score;
  for (const list of out.values()) list.sort((a, b) => score(b) - score(a) || idRank[a[0]]! - idRank[b[0]]!);
  return out;
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
  return runSteps(recommendSteps(index, opts));
}

/**
 * `recommend()` in slices that yield to the event loop (every ~8 ms of work), for a
 * page: the first ranking for an occupation, and the reasons of fifty results, are a long
 * task on a slow phone. Same results as `recommend()`.
 */
export async function recommendInSlices(
  index: LoadedIndex,
  opts: RecommendOptions,
  slicing: { signal?: AbortSignal; budget?: number } = {},
): Promise<Recommendation[]> {
  const slicer = new Slicer(slicing);
  return runStepsBetween(recommendSteps(index, opts), () => slicer.tick());
}

/*
 * Filters first (a cached mask), then the ranking over the occupation's evidence list,
 * then the reasons, five results a step.
 */
function* recommendSteps(index: LoadedIndex, opts: RecommendOptions): Generator<void, Recommendation[]> {
  const target = requireOccupation(index, opts.occupation);
  const current = opts.from ? requireOccupation(index, opts.from) : null;
  const filters = withRegion(opts.filters, opts.region);
  const mask = filterMask(index.programs, filters);
  yield;
  const data = index.ranking;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const had = resolveSkills(index, opts.skills ?? []);
  // What the current work already gives: the programs that are evidence for it.
  const given = new Map<number, number>();
  if (current && current.code !== target.code) {
    for (const [p, e] of data.evidence.get(current.code) ?? []) given.set(p, index.programs[p]!.evidence![e]!.score);
  }
  const gapMode = given.size > 0;
  const scored: Array<[number, number, number]> = [];
  for (const [p, e] of data.evidence.get(target.code) ?? []) {
    if (mask !== null && mask[p] === 0) continue;
    const program = index.programs[p]!;
    let score = program.evidence![e]!.score;
    // In gap mode a program counts for what it teaches beyond the current work.
    if (gapMode) score -= GAP_OVERLAP * (given.get(p) ?? 0);
    if (score <= 0) continue;
    const language = program.language;
    if (language !== 'other' && language !== null && language !== opts.lang && language !== 'bilingual') score *= OTHER_LANGUAGE_FACTOR;
    scored.push([p, score, e]);
  }
  // A program taught in neither English nor French comes after all the others.
  const tier = (p: number) => (index.programs[p]!.language === 'other' ? 1 : 0);
  scored.sort((a, b) => tier(a[0]) - tier(b[0]) || b[1] - a[1] || data.idRank[a[0]]! - data.idRank[b[0]]!);
  // One card per series: the best part stands for the others, which it lists.
  const leaders: Array<[number, number, number, number[]]> = [];
  const bySeries = new Map<number, number[]>();
  for (const [p, score, e] of scored) {
    const series = index.programs[p]!.series ?? 0;
    const others = series > 0 ? bySeries.get(series) : undefined;
    if (others) {
      others.push(p);
      continue;
    }
    const list: number[] = [];
    if (series > 0) bySeries.set(series, list);
    if (leaders.length < limit) leaders.push([p, score, e, list]);
  }
  yield;

  const m = coreMessages(opts.lang);
  const who = shortOccupation(localize(target.title, opts.lang));
  const fromWho = current ? shortOccupation(localize(current.title, opts.lang)) : '';
  const profileWeight = new Map(target.skills);
  const { weight } = data.scratch;
  for (const [s, w] of target.skills) weight[s] = w;
  if (current) for (const [s, w] of current.skills) if (weight[s]! > 0) weight[s] = Math.max(0, weight[s]! - w);
  for (const s of had) weight[s] = 0;
  const key = (s: number) => weight[s]! * data.idf[s]!;
  const ranked = target.skills.map(([s]) => s).filter((s) => weight[s]! > 0).sort((a, b) => key(b) - key(a) || a - b);
  for (const [s] of target.skills) weight[s] = 0;
  const topSkills = ranked.slice(0, PROFILE_TOP);
  const results: Recommendation[] = [];
  for (const [p, score, e, others] of leaders) {
    if (results.length > 0 && results.length % 5 === 0) yield;
    const program = index.programs[p]!;
    const evidence = program.evidence![e]!;
    const taught = new Set(program.skills);
    // A key skill the program's words name counts as taught: never listed as missing.
    for (const s of topSkills) if (!taught.has(s) && mentionsSkill(index, p, s, opts.lang)) taught.add(s);
    const matched = ranked.filter((s) => taught.has(s));
    const gaps = topSkills.filter((s) => !taught.has(s)).slice(0, GAP_SHOWN);
    // A phrase ("CNC lathe") names a skill; a lone word comes with the other words found.
    const first = evidence.items.find((item) => /\s/.test(item.label)) ?? evidence.items[0]!;
    const labels = /\s/.test(first.label) ? [first.label] : evidence.items.map((item) => item.label).slice(0, 2);
    const reasons: Reason[] = [
      gapMode && !given.has(p)
        ? { code: 'fills-gap', text: m.fillsGapEvidence(labels, who, fromWho, first.field, first.quote) }
        : { code: 'teaches-core', text: m.teachesEvidence(labels, who, first.field, first.quote) },
    ];
    results.push({
      program,
      score: Math.min(1, score),
      strength: evidence.strength,
      evidence: evidence.items,
      series: others.map((o) => index.programs[o]!),
      matchedSkills: matched.map((s) => skillRef(index, s, profileWeight.get(s) ?? 0, opts.lang)),
      gapSkills: gaps.map((s) => skillRef(index, s, profileWeight.get(s) ?? 0, opts.lang)),
      reasons,
    });
  }
  return results;
}

/**
 * Does ahead, in slices that yield to the event loop, what the first `recommend()` on a
 * page would otherwise do in one task: the program text postings and the words of every
 * skill label. A no-op once done.
 */
export async function prepareRecommend(index: LoadedIndex, opts: { signal?: AbortSignal; lang?: Lang } = {}): Promise<void> {
  await prepareProgramText(index, opts);
  const slicer = new Slicer({ signal: opts.signal });
  const { manifest } = index;
  for (const skill of manifest.skills) {
    await slicer.tick();
    termsOf(skill.label.en);
    if (opts.lang === 'fr' && skill.label.fr) termsOf(skill.label.fr);
  }
}

/** English label always; the French one on French pages (English pages do not load it). */
function mentionsSkill(index: LoadedIndex, p: number, s: number, lang: Lang): boolean {
  const label = index.manifest.skills[s]!.label;
  return programMentions(index, p, label.en) || (lang === 'fr' && label.fr !== '' && programMentions(index, p, label.fr));
}

function requireOccupation(index: LoadedIndex, code: string): Occupation {
  const occupation = index.occupations.get(code);
  if (!occupation) throw new RangeError(`Unknown occupation code "${code}": not in this index.`);
  return occupation;
}

