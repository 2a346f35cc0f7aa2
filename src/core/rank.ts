/**
 * Recommends programs for an occupation: programs are ranked by how much of the
 * occupation's weighted skill profile (or of the gap from a current occupation) they
 * teach, generic skills discounted, blended half and half with lexical evidence (the
 * occupation's title, key skill labels and lead statement found in the program's text),
 * because catalogue skill tags are sparse and noisy. Work is proportional to postings,
 * not to the catalogue, and reuses preallocated typed arrays, so a query stays well
 * under a millisecond over thousands of programs once warm.
 */
import type { Delivery, IndexManifest, Lang, Localized, Occupation, Program, ProgramLanguage, SkillKind } from './schema.js';
import { localize } from './schema.js';
import type { LoadedIndex, Reason, Recommendation } from './loaded.js';
import { coreMessages } from './messages.js';
import { accumulateText, prepareProgramText, programMentions, programText, termsOf, textScore } from './rank-text.js';
import { terms } from './normalize.js';
import { Slicer } from './yield.js';
import {
  accumulateSkills,
  compareText,
  filterMask,
  insertBest,
  resolveSkills,
  skillRef,
  withRegion,
  type ProgramFilters,
} from './rank-common.js';

export { regionMatches, skillRef, type ProgramFilters } from './rank-common.js';
export { findPrograms, programFacets, type FindProgramsOptions } from './rank-find.js';

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
    state: Uint8Array;
  };
  /** Folded program text for `findPrograms({ text })`, built on first use. */
  text: ProgramTextIndex | null;
}

/** Term postings over program titles, providers and descriptions. */
export interface ProgramTextIndex {
  /** Stemmed term -> programs (ascending) and where the term occurs (bit 1 title, 2 provider, 4 description). */
  terms: Map<string, { programs: Uint32Array; fields: Uint8Array }>;
  /** Sorted distinct terms, for prefix lookups of the last query word; sorted on first use. */
  sorted: string[] | null;
  /** Words per program (title, provider, description). */
  length: Float32Array;
  /** Scratch accumulator and touched list for `scoreTextTerms`. */
  acc: Float64Array;
  touched: Uint32Array;
  /** Scratch: distinct query terms each touched program matched (reset with `acc`). */
  hits: Uint16Array;
}

/** How many of the heaviest profile skills reasons and gaps talk about. */
export const PROFILE_TOP = 7;
const DEFAULT_LIMIT = 10;
/** Share of the skill part a program loses when none of its skills are on the profile. */
const OFF_PROFILE_PENALTY = 0.25;
/** Share of the score from skill coverage; the rest is lexical evidence (title, skills, summary). */
const SKILL_SHARE = 0.5;
/** Key skills whose labels join the lexical query and are looked for in descriptions. */
const QUERY_SKILLS = 20;
const TITLE_WEIGHT = 3;
/** Coverage scale of the skill part: small coverages count linearly, large ones saturate. */
const FULL_COVERAGE = 0.15;
const SUMMARY_WEIGHT = 1;
/**
 * Broad descriptors (OaSIS skills such as "writing", knowledge areas such as "biology")
 * say less about what a program teaches for one job than a detailed skill does.
 */
const KIND_FACTOR: Record<SkillKind, number> = { skill: 0.2, knowledge: 0.3, detail: 1 };
/** Floor of a skill's specificity, so skills every occupation uses still count a little. */
const MIN_GENERIC_WEIGHT = 0.05;
const GAP_SHOWN = 5;
/**
 * Score kept by a program known to be taught in another language than the page's (and
 * not bilingual): mild, so a strong match still shows, but an equal one in the reader's
 * language comes first. Programs of unknown language are not touched.
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

/** Runs `steps` to the end in one go. */
function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, awaiting `between()` after every step. */
async function runStepsBetween<T>(steps: Generator<void, T>, between: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between();
  }
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
      state: new Uint8Array(programCount),
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
 * The ranking itself is one step (it holds the shared scratch arrays, which no other
 * ranking may touch until they are reset); the filter mask before it and the reasons
 * after it are steps of their own.
 */
function* recommendSteps(index: LoadedIndex, opts: RecommendOptions): Generator<void, Recommendation[]> {
  requireOccupation(index, opts.occupation);
  if (opts.from) requireOccupation(index, opts.from);
  const filters = withRegion(opts.filters, opts.region);
  // Cached per catalogue and filters: rankCandidates finds it ready.
  filterMask(index.programs, filters);
  yield;
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
  // Key skills: heaviest once generic ones are discounted, the ones reasons and gaps name.
  const key = (s: number) => weight[s]! * data.idf[s]!;
  const ranked = [...profile].filter((s) => weight[s]! > 0).sort((a, b) => key(b) - key(a) || a - b);
  const query = occupationQuery(index, target, ranked.slice(0, QUERY_SKILLS), key, opts.lang);
  const top = rankCandidates(index, profile, totalGap, query, filters, limit, opts.lang);

  const results: Recommendation[] = [];
  const topSkills = ranked.slice(0, PROFILE_TOP);
  const m = coreMessages(opts.lang);
  const who = localize(target.title, opts.lang);
  const fromTitle = current ? localize(current.title, opts.lang) : '';
  const profileWeight = new Map(target.skills);
  const described = ranked.slice(0, QUERY_SKILLS);
  // The reasons below read only these locals: the scratch weights are free again.
  for (const s of profile) weight[s] = 0;
  for (const s of had) weight[s] = 0;
  yield;

  for (const [p, score] of top) {
    if (results.length > 0 && results.length % 5 === 0) yield;
    const program = index.programs[p]!;
    const taught = new Set(program.skills);
    // A key skill the description names counts as taught, as a tag would.
    for (const s of described) {
      if (!taught.has(s) && mentionsSkill(index, p, s, opts.lang)) taught.add(s);
    }
    const matched = ranked.filter((s) => taught.has(s));
    const matchedTop = topSkills.filter((s) => taught.has(s));
    const gaps = topSkills.filter((s) => !taught.has(s)).slice(0, GAP_SHOWN);
    const refs = matched.map((s) => skillRef(index, s, profileWeight.get(s) ?? 0, opts.lang));
    const labels = refs.map((r) => r.label);
    const topLabels = matchedTop.map((s) => localize(index.manifest.skills[s]!.label, opts.lang));
    const reasons: Reason[] = [];
    if (matched.length === 0) {
      reasons.push({ code: 'about-occupation', text: m.aboutOccupation(who) });
    } else if (gapMode) {
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
    const off = program.skills.filter((s) => !taught.has(s) || !profileWeight.has(s)).length;
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
  return results;
}

/**
 * Blends skill coverage (absolute, saturating: covering `FULL_COVERAGE` of the profile
 * gives 63 %) and lexical evidence (relative to the best candidate that passes the
 * filters) into one score in [0, 1]; returns the best `limit` as `[program, score]`,
 * ties by id. Allocation-free apart from the result: typed scratch arrays only.
 */
function rankCandidates(
  index: LoadedIndex,
  skills: readonly number[],
  total: number,
  query: ReadonlyMap<string, number>,
  filters: ProgramFilters | undefined,
  limit: number,
  lang: Lang,
): Array<[number, number]> {
  const data = index.ranking;
  const { score, count, touched, state } = data.scratch;
  const { programSkillCount, idRank } = data;
  const skillCount = accumulateSkills(data, skills);
  const text = programText(index);
  const textCount = accumulateText(index, query);
  const mask = filterMask(index.programs, filters);
  // state: 0 not ranked yet, 1 already ranked.
  const allowed = (p: number) => state[p] === 0 && (mask === null || mask[p] === 1);
  let maxText = 0;
  for (let i = 0; i < textCount; i++) {
    const p = text.touched[i]!;
    if (allowed(p)) maxText = Math.max(maxText, textScore(text, p));
  }
  const best: Array<[number, number]> = [];
  const consider = (p: number) => {
    if (!allowed(p)) return;
    state[p] = 1;
    let value = 0;
    if (count[p]! > 0) {
      const size = programSkillCount[p]!;
      const offShare = size > 0 ? (size - count[p]!) / size : 0;
      const coverage = total > 0 ? Math.min(1, score[p]! / total) : 0;
      value += SKILL_SHARE * (1 - Math.exp(-(coverage * (1 - OFF_PROFILE_PENALTY * offShare)) / FULL_COVERAGE));
    }
    if (maxText > 0 && text.acc[p]! > 0) value += ((1 - SKILL_SHARE) * textScore(text, p)) / maxText;
    value = Math.min(1, value);
    const language = index.programs[p]!.language;
    if (language !== null && language !== lang && language !== 'bilingual') value *= OTHER_LANGUAGE_FACTOR;
    if (value <= 0) return;
    insertBest(best, [p, value], idRank, limit);
  };
  for (let i = 0; i < skillCount; i++) consider(touched[i]!);
  for (let i = 0; i < textCount; i++) consider(text.touched[i]!);
  for (let i = 0; i < skillCount; i++) {
    const p = touched[i]!;
    score[p] = 0;
    count[p] = 0;
    state[p] = 0;
  }
  for (let i = 0; i < textCount; i++) {
    const p = text.touched[i]!;
    text.acc[p] = 0;
    text.hits[p] = 0;
    state[p] = 0;
  }
  return best;
}

/**
 * The occupation as weighted words: its title (both languages), the labels of its key
 * skills (weighted by how much they count) and its lead statement.
 */
function occupationQuery(
  index: LoadedIndex,
  occupation: Occupation,
  keySkills: readonly number[],
  key: (s: number) => number,
  lang: Lang,
): Map<string, number> {
  const query = new Map<string, number>();
  // English always (most catalogues are); French words too for a French page.
  const add = (text: Localized, w: number) => {
    for (const term of termsOf(text.en)) query.set(term, (query.get(term) ?? 0) + w);
    if (lang === 'fr' && text.fr) for (const term of termsOf(text.fr)) query.set(term, (query.get(term) ?? 0) + w);
  };
  // Words many occupation titles share ("operators", "related", "workers") say little.
  const titleDf = titleWordFrequency(index.manifest);
  const n = index.manifest.occupations.length;
  for (const term of new Set(termsOf(occupation.title.en))) {
    const specificity = Math.log((n + 1) / ((titleDf.get(term) ?? 0) + 1)) / Math.log(n + 1);
    query.set(term, (query.get(term) ?? 0) + TITLE_WEIGHT * specificity * specificity);
  }
  if (lang === 'fr') for (const term of termsOf(occupation.title.fr)) query.set(term, (query.get(term) ?? 0) + TITLE_WEIGHT / 2);
  const top = keySkills.length > 0 ? key(keySkills[0]!) : 0;
  for (const s of keySkills) add(index.manifest.skills[s]!.label, top > 0 ? key(s) / top : 0);
  add(occupation.summary, SUMMARY_WEIGHT);
  return query;
}

const titleDfCache = new WeakMap<IndexManifest, Map<string, number>>();

/** In how many occupation titles (English) each title word occurs. */
function titleWordFrequency(manifest: IndexManifest): Map<string, number> {
  let df = titleDfCache.get(manifest);
  if (!df) {
    df = new Map();
    for (const occupation of manifest.occupations) countTitleWords(df, occupation);
    titleDfCache.set(manifest, df);
  }
  return df;
}

function countTitleWords(df: Map<string, number>, occupation: Occupation): void {
  for (const term of new Set(terms(occupation.title.en))) df.set(term, (df.get(term) ?? 0) + 1);
}

/**
 * Does ahead, in slices that yield to the event loop, what the first `recommend()` on a
 * page would otherwise do in one task: the program text postings, the title word
 * frequencies and the words of every skill label. A no-op once done.
 */
export async function prepareRecommend(index: LoadedIndex, opts: { signal?: AbortSignal; lang?: Lang } = {}): Promise<void> {
  await prepareProgramText(index, opts);
  const slicer = new Slicer({ signal: opts.signal });
  const { manifest } = index;
  if (!titleDfCache.has(manifest)) {
    const df = new Map<string, number>();
    for (const occupation of manifest.occupations) {
      await slicer.tick();
      countTitleWords(df, occupation);
    }
    titleDfCache.set(manifest, df);
  }
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

