/**
 * The ranking structures precomputed once per index (`RankingData`): skill postings,
 * skill specificity, the programs' tie order, their evidence by occupation and the
 * facets. Linear in the catalogue's skill tags; a step generator so the loader can run
 * it in slices.
 */
import {
  DELIVERY_ORDER,
  LANGUAGE_ORDER,
  type Catalogue,
  type Delivery,
  type IndexManifest,
  type Program,
  type ProgramLanguage,
  type SkillKind,
} from '../index-format/index.js';
import type { RankingData } from '../model/index.js';
import { runInSlices, runSteps, stepDone, type Slicing, type Steps } from '../schedule/index.js';
import { compareText } from './rank-common.js';

/**
 * Broad descriptors (OaSIS skills such as "writing", knowledge areas such as "biology")
 * say less about what a program teaches for one job than a detailed skill does.
 */
const KIND_FACTOR: Record<SkillKind, number> = { skill: 0.2, knowledge: 0.3, detail: 1 };
/** Floor of a skill's specificity, so skills every occupation uses still count a little. */
const MIN_GENERIC_WEIGHT = 0.05;
/** Programs per step while counting and filling the postings. */
const PROGRAMS_PER_STEP = 1024;

/** Precomputes postings, IDF, tie order and facets. Linear in the catalogue's skill tags. */
export function prepareRanking(manifest: IndexManifest, programs: readonly Program[]): RankingData {
  return runSteps(prepareRankingSteps(manifest, programs));
}

/**
 * `prepareRanking` in slices: `slicing` is a `Slicer` shared with the work around it, or its
 * options. For one occupation's slice of the catalogue, `catalogue` gives the whole
 * catalogue's figures (how many programs teach each skill, the facets), so that what is
 * worked out from them is what the whole catalogue gives.
 */
export function prepareRankingInSlices(
  manifest: IndexManifest,
  programs: readonly Program[],
  slicing: Slicing = {},
  catalogue?: Catalogue,
): Promise<RankingData> {
  return runInSlices(prepareRankingSteps(manifest, programs, catalogue), slicing);
}

/** Skill postings: the programs tagged with each skill, in one flat array. */
interface Postings {
  /** Number of programs tagged with skill `s` at `[s + 1]`. */
  df: Uint32Array;
  programSkillCount: Uint16Array;
  postingStart: Uint32Array;
  postingPrograms: Uint32Array;
}

/** The facets a search form offers, from what the catalogue holds. */
export interface Facets {
  /** The institutions, by `Program.provider` (what `ProgramFilters.provider` takes), sorted. */
  providers: string[];
  /**
   * The French name of each institution that has one (`Program.providerFr`), by `provider`:
   * with `programFacets`, of the whole catalogue (a filter can name one `providers` lacks).
   */
  providerFr: ReadonlyMap<string, string>;
  deliveries: Delivery[];
  languages: ProgramLanguage[];
  maxHours: number;
  maxCost: number;
}

function* prepareRankingSteps(manifest: IndexManifest, programs: readonly Program[], catalogue?: Catalogue): Steps<RankingData> {
  const skillCount = manifest.skills.length;
  const programCount = programs.length;
  const postings = yield* postingSteps(programs, skillCount);
  const df = catalogue ? Uint32Array.from([0, ...catalogue.skillPrograms]) : postings.df;
  const idf = skillSpecificity(manifest, df, catalogue?.programCount ?? programCount);
  yield;
  const idRank = tieOrder(programs);
  yield;
  const evidence = evidenceLists(programs, idRank);
  yield;
  const { providers, providerFr, deliveries, languages, maxHours, maxCost } = catalogue
    ? catalogueFacets(catalogue)
    : { ...facets(programs), providerFr: frenchProviderNames(programs) };
  return {
    programCount,
    skillCount,
    postingStart: postings.postingStart,
    postingPrograms: postings.postingPrograms,
    programSkillCount: postings.programSkillCount,
    idRank,
    idf,
    providers,
    providerFr,
    deliveries,
    languages,
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

/** Counts each skill's programs, then fills the postings: two passes over the tags. */
function* postingSteps(programs: readonly Program[], skillCount: number): Steps<Postings> {
  const programCount = programs.length;
  const df = new Uint32Array(skillCount + 1);
  const programSkillCount = new Uint16Array(programCount);
  const seen = new Int32Array(skillCount).fill(-1);
  let total = 0;
  for (let p = 0; p < programCount; p++) {
    if (stepDone(p + 1, PROGRAMS_PER_STEP)) yield;
    let distinct = 0;
    for (const s of programs[p]!.skills) {
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
    if (stepDone(p + 1, PROGRAMS_PER_STEP)) yield;
    for (const s of programs[p]!.skills) {
      if (seen[s] === p) continue;
      seen[s] = p;
      postingPrograms[fill[s]!++] = p;
    }
  }
  yield;
  return { df, programSkillCount, postingStart, postingPrograms };
}

/**
 * How much a skill says about a program's fit for one occupation. A skill in nearly every
 * occupation's profile ("problem solving") says little; one taught by many programs says
 * a little less.
 */
function skillSpecificity(manifest: IndexManifest, df: Uint32Array, programCount: number): Float32Array {
  const skillCount = manifest.skills.length;
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
  return idf;
}

/**
 * Each program's rank in id order, for ties. Sorted by the engine's own string order
 * (UTF-16 code units, as compareIds): a comparator function called ~70 000 times for a
 * full catalogue was a long task on a slow phone. "\u0000" sorts before every character,
 * so an id that is a prefix of another still comes first.
 */
function tieOrder(programs: readonly Program[]): Uint32Array {
  const keyed = programs.map((program, p) => `${program.id}\u0000${p}`);
  keyed.sort();
  const idRank = new Uint32Array(programs.length);
  keyed.forEach((k, rank) => (idRank[Number(k.slice(k.lastIndexOf('\u0000') + 1))] = rank));
  return idRank;
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

/** The facets of the whole catalogue, from its figures. */
function catalogueFacets(c: Catalogue): Facets {
  const named = c.providers.filter((p) => p.name !== '');
  const providers = [...new Set(named.map((p) => p.name))].sort(compareText);
  const providerFr = new Map(named.flatMap((p) => (p.fr === undefined ? [] : [[p.name, p.fr] as const])));
  return { providers, providerFr, deliveries: [...c.deliveries], languages: [...c.languages], maxHours: c.maxHours, maxCost: c.maxCost };
}

/** The French names of `programs`' institutions, by `provider`. */
function frenchProviderNames(programs: Iterable<Program>): Map<string, string> {
  const providerFr = new Map<string, string>();
  for (const program of programs) if (program.provider && program.providerFr) providerFr.set(program.provider, program.providerFr);
  return providerFr;
}

/**
 * The facets of `programs`: the values they have, in the order a form lists them. Not the
 * French names: a list of programs shows those of the whole catalogue (`programFacets`).
 */
export function facets(programs: Iterable<Program>): Omit<Facets, 'providerFr'> {
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
    providers: [...providers].sort(compareText),
    deliveries: DELIVERY_ORDER.filter((d) => deliveries.has(d)),
    languages: LANGUAGE_ORDER.filter((l) => languages.has(l)),
    maxHours,
    maxCost,
  };
}
