/**
 * Recommends programs for an occupation over the evidence the builder found in each
 * program's own text (`cli/evidence.ts`): only programs with evidence for the occupation
 * are recommended, best evidence first, one per series, each with a reason quoting the
 * program. Gap mode discounts what is also evidence for the current occupation, and lists
 * first the programs that add a key skill the move still needs (as the plan lists them). The
 * skill profiles still say which key skills a program covers and which it leaves out,
 * and drive the employer search (`rank-find.ts`).
 *
 * In three phases: the structures prepared once per index (`rank-prepare.ts`), the
 * ranking of one request (here), and each result's reasons (`rank-reasons.ts`).
 */
import type { Lang, Occupation } from '../index-format/index.js';
import { requireOccupation } from '../index-format/index.js';
import type { LoadedIndex, Recommendation } from '../model/index.js';
import { prepareProgramText, termsOf } from './rank-text.js';
import { runInSlices, runSteps, Slicer, stepDone, type Steps } from '../schedule/index.js';
import { filterMask, resolveSkills, withRegion, type ProgramFilters } from './rank-common.js';
import { coversNeeded, describeLeader, reasonContext, type Leader, type ReasonContext } from './rank-reasons.js';

export { prepareRanking, prepareRankingInSlices } from './rank-prepare.js';
export { PROFILE_TOP } from './key-skills.js';

const DEFAULT_LIMIT = 10;
/** Results whose reasons are written per step. */
const REASONS_PER_STEP = 5;
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

/**
 * Options of `recommend` and `recommendInSlices`: the target occupation, and what narrows or
 * shapes the list.
 */
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
  /** Language of the reasons and skill labels: `'en'` when left out. */
  lang?: Lang;
}

/**
 * Programs that teach the skills an occupation uses (or that a move from `from` needs),
 * best first, each with reasons, matched skills and remaining gap skills.
 * @throws UnknownOccupationError (a RangeError) for an occupation code not in the index; RangeError for an unknown skill id.
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
  return runInSlices(recommendSteps(index, opts), slicing);
}

/*
 * Filters first (a cached mask), then the ranking over the occupation's evidence list,
 * then the reasons, five results a step.
 */
function* recommendSteps(index: LoadedIndex, opts: RecommendOptions): Steps<Recommendation[]> {
  const lang = opts.lang ?? 'en';
  const target = requireTarget(index, opts.occupation);
  const current = opts.from ? requireOccupation(index, opts.from) : null;
  const mask = filterMask(index.programs, withRegion(opts.filters, opts.region));
  yield;
  const had = resolveSkills(index, opts.skills ?? []);
  const given = givenBy(index, target, current);
  // Worded as a move when the current work is evidence for some program (of the whole catalogue).
  const gapMode = current !== null && current.code !== target.code && (index.slice?.withPrograms ?? index.ranking.evidence).has(current.code);
  const ctx = reasonContext(index, target, current, had, given, lang, gapMode);
  const leaders = leadersOf(index, rankEvidence(ctx, target, mask), opts.limit ?? DEFAULT_LIMIT);
  yield;
  const results: Recommendation[] = [];
  for (let i = 0; i < leaders.length; i++) {
    if (i > 0 && stepDone(i, REASONS_PER_STEP)) yield;
    results.push(describeLeader(ctx, leaders[i]!));
  }
  return results;
}

/** What the current work already gives: the programs that are evidence for it, with their scores. */
function givenBy(index: LoadedIndex, target: Occupation, current: Occupation | null): Map<number, number> {
  const given = new Map<number, number>();
  if (current && current.code !== target.code) {
    for (const [p, e] of index.ranking.evidence.get(current.code) ?? []) given.set(p, index.programs[p]!.evidence![e]!.score);
  }
  return given;
}

/**
 * The programs with evidence for `target` that pass the filters, as [program, score,
 * evidence entry], best first; a program taught in neither English nor French after all
 * the others. On a move, those that cover a key skill still needed (`coversNeeded`) come
 * first, each group in the order of its scores: a partial match on "vital signs", which a
 * nurse aide already takes, came before the one program that adds nursing care.
 */
function rankEvidence(ctx: ReasonContext, target: Occupation, mask: Uint8Array | null): Array<[number, number, number]> {
  const { index, given, lang } = ctx;
  const data = index.ranking;
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
    if (language !== 'other' && language !== null && language !== lang && language !== 'bilingual') score *= OTHER_LANGUAGE_FACTOR;
    scored.push([p, score, e]);
  }
  const tier = (p: number) => (index.programs[p]!.language === 'other' ? 1 : 0);
  const later = new Set<number>();
  if (ctx.need && ctx.need.size > 0) for (const [p, , e] of scored) if (!coversNeeded(ctx, p, e)) later.add(p);
  const group = (p: number) => 2 * tier(p) + (later.has(p) ? 1 : 0);
  scored.sort((a, b) => group(a[0]) - group(b[0]) || b[1] - a[1] || data.idRank[a[0]]! - data.idRank[b[0]]!);
  return scored;
}

/** One card per series: the best part stands for the others, which it lists. At most `limit`. */
function leadersOf(index: LoadedIndex, scored: ReadonlyArray<[number, number, number]>, limit: number): Leader[] {
  const leaders: Leader[] = [];
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
    if (leaders.length < limit) leaders.push({ p, score, e, others: list });
  }
  return leaders;
}

/**
 * Does ahead, in slices that yield to the event loop, what the first `recommend()` on a
 * page would otherwise do in one task: the program text postings and the words of every
 * skill label. A no-op once done.
 */
export async function prepareRecommend(index: LoadedIndex, opts: { signal?: AbortSignal; lang?: Lang } = {}): Promise<void> {
  await prepareProgramText(index, opts);
  await runInSlices(skillWordsSteps(index, opts.lang), new Slicer({ signal: opts.signal }));
}

/** The words of every skill label (cached by `termsOf`), one skill a step. */
function* skillWordsSteps(index: LoadedIndex, lang: Lang | undefined): Steps<void> {
  for (const skill of index.manifest.skills) {
    yield;
    termsOf(skill.label.en);
    if (lang === 'fr' && skill.label.fr) termsOf(skill.label.fr);
  }
}

/** The target of a recommendation: over one occupation's slice, only that occupation. */
function requireTarget(index: LoadedIndex, code: string): Occupation {
  if (index.slice && index.slice.occupation !== code) {
    throw new RangeError(`This index holds the programs of occupation ${index.slice.occupation} only, not of "${code}" (loadOccupationIndex).`);
  }
  return requireOccupation(index, code);
}
