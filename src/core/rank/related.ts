/**
 * Career moves from one occupation: those whose skill profiles resemble its own (cosine
 * similarity of the weighted skill vectors, generic skills discounted as in ranking,
 * specific skills weighing most) and whose lead statements say they do similar work,
 * counted for less the harder the move is to make (another field, several TEER steps,
 * another profession), with the skills they share most.
 */
import type { Lang } from '../index-format/index.js';
import { localize, requireOccupation } from '../index-format/index.js';
import type { LoadedIndex, SkillRef } from '../model/index.js';
import { skillRef } from './rank-common.js';
import { distinctLabels } from '../text/index.js';

/** One occupation `relatedOccupations` finds close to another, with the skills they share. */
export interface RelatedOccupation {
  code: string;
  /** Official title in the requested language. */
  title: string;
  /** Likeness of the skill profiles and of the work described, times how reachable the move is, in [0, 1]. */
  score: number;
  /**
   * The key skills both share that weigh most (smaller of the two weights x specificity), at
   * most five: specific skills first, then broad areas (see `sharedCount`).
   */
  sharedSkills: SkillRef[];
  /**
   * How many key skills both share, of which `sharedSkills` are the first: every specific
   * skill both profiles hold, and the broad areas (OaSIS) key to both, those in nearly every
   * profile left out.
   */
  sharedCount: number;
}

const SHARED_SHOWN = 5;

const sqrtIdfCache = new WeakMap<Float32Array, Float32Array>();

/**
 * OaSIS descriptors (work activities, knowledge areas such as "Biology" or "Physical
 * health") are broad: alone, they make a cardiology technologist look like a pharmacist.
 * Specific skills (ESCO) carry most of the likeness; broad ones tell apart only what the
 * specific ones leave even.
 */
const BROAD_SHARE = 0.25;
/** Another broad occupational category (NOC first digit): another field of work. */
const OTHER_FIELD = 0.7;
/** TEER steps apart (NOC second digit) -> factor: one step is a move people make. */
const TEER_STEP = [1, 1, 0.8, 0.6, 0.5, 0.5];

const broadCache = new WeakMap<object, Uint8Array>();

/** 1 for each broad (OaSIS) skill of the index, once per index: read in the inner loops. */
function broadSkills(index: LoadedIndex): Uint8Array {
  let out = broadCache.get(index.manifest.skills);
  if (!out) {
    out = Uint8Array.from(index.manifest.skills, (skill) => (skill.id.startsWith('oasis:') ? 1 : 0));
    broadCache.set(index.manifest.skills, out);
  }
  return out;
}

/**
 * Broad skills in nearly every profile (active listening, mathematics: 95 % of occupations
 * and more) say nothing of a move: they are neither named nor counted as shared.
 */
const UNIVERSAL = 0.95;
/**
 * A broad area is key to an occupation when its profile rates it at least halfway up the
 * OaSIS scale, or as high as any other of its kind it rates (skills, or knowledge: a profile
 * rated basic throughout, as many machine operators' are). "Vehicle and machinery operation",
 * basic for cooks and for bakers and well below their hospitality, is not what a move between
 * them stands on.
 */
const KEY_RATING = 0.5;

interface KeyAreas {
  /** 1 for each broad skill in nearly every profile (`UNIVERSAL`). */
  universal: Uint8Array;
  /** Per occupation (manifest order) and kind (2 x o: skills, 2 x o + 1: knowledge), its highest rating of the broad ones not universal. */
  top: Float64Array;
  /** 1 for each knowledge area (OaSIS rates skills and knowledge on scales of their own). */
  knowledge: Uint8Array;
}

const keyCache = new WeakMap<object, KeyAreas>();

/** What tells the broad areas key to an occupation, once per index. */
function keyAreas(index: LoadedIndex): KeyAreas {
  let out = keyCache.get(index.manifest.skills);
  if (!out) {
    const { skills, occupations } = index.manifest;
    const broad = broadSkills(index);
    const holding = new Uint32Array(skills.length);
    for (const occupation of occupations) for (const [s] of occupation.skills) holding[s]!++;
    const universal = Uint8Array.from(holding, (n, s) => (broad[s] && n >= UNIVERSAL * occupations.length ? 1 : 0));
    const knowledge = Uint8Array.from(skills, (skill) => (skill.kind === 'knowledge' ? 1 : 0));
    const top = new Float64Array(2 * occupations.length);
    occupations.forEach((occupation, o) => {
      for (const [s, w] of occupation.skills) {
        const at = 2 * o + knowledge[s]!;
        if (broad[s] && !universal[s] && w > top[at]!) top[at] = w;
      }
    });
    keyCache.set(index.manifest.skills, (out = { universal, top, knowledge }));
  }
  return out;
}

interface Norms {
  specific: Float64Array;
  broad: Float64Array;
}

const normCache = new WeakMap<Float32Array, Norms>();

/** Length of every occupation's weighted specific and broad skill vectors, once per index. */
function occupationNorms(index: LoadedIndex, idf: Float32Array): Norms {
  let norms = normCache.get(idf);
  if (!norms) {
    const n = index.manifest.occupations.length;
    const out: Norms = { specific: new Float64Array(n), broad: new Float64Array(n) };
    const broad = broadSkills(index);
    index.manifest.occupations.forEach((occupation, o) => {
      for (const [s, w] of occupation.skills) {
        const x = w * idf[s]!;
        const into = broad[s] ? out.broad : out.specific;
        into[o] = into[o]! + x * x;
      }
      out.specific[o] = Math.sqrt(out.specific[o]!);
      out.broad[o] = Math.sqrt(out.broad[o]!);
    });
    normCache.set(idf, (norms = out));
  }
  return norms;
}

/** Square roots of the ranking's skill specificities, worked out once per index. */
function sqrtIdf(index: LoadedIndex): Float32Array {
  let out = sqrtIdfCache.get(index.ranking.idf);
  if (!out) {
    out = index.ranking.idf.map(Math.sqrt);
    sqrtIdfCache.set(index.ranking.idf, out);
  }
  return out;
}

/**
 * Works out, once per index, what every `relatedOccupations` call shares (each
 * occupation's weighted profile length), so a page can do it while loading rather than
 * inside the first call, after a choice (40 % of that call on a full index).
 */
export function prepareRelated(index: LoadedIndex): void {
  occupationNorms(index, sqrtIdf(index));
  keyAreas(index);
}

/**
 * From a professional occupation (TEER 0 or 1) to one in another minor group is another
 * profession, with its own degree and licence: a nurse does not step into surgery or
 * pharmacy. (A licensed practical nurse, TEER 2, does bridge to registered nursing.)
 */
const OTHER_PROFESSION = 0.6;
/**
 * Up into a professional occupation (TEER 0 or 1) from below, in another minor group, is
 * a new degree as well: an early childhood educator does not step into secondary school
 * teaching, a nurse aide not into acupuncture. Within its minor group it is the usual
 * bridge (practical nurse to registered nurse).
 */
const INTO_PROFESSION = 0.7;

/**
 * How much the likeness of two lead statements (`Occupation.alike`, a cosine) counts
 * beside the skills: the skill likeness is multiplied by (1 + ALIKE_WEIGHT x likeness) /
 * (1 + ALIKE_WEIGHT). Skills say what two occupations need to know (greeting guests,
 * client services, languages make a hotel front desk clerk look like a food counter
 * attendant or an executive housekeeper); the lead statements say what the work is (travel
 * counsellors and airline agents now come before them). On the 75 related occupations read
 * (eval/judged/related.tsv) plausible moves went from 72 % to 81 %.
 */
const ALIKE_WEIGHT = 3;

/** How reachable a move from one occupation to another is: same field, a TEER step. */
function reach(from: string, to: string): number {
  const field = from[0] === to[0] ? 1 : OTHER_FIELD;
  const steps = Math.abs(Number(from[1]) - Number(to[1]));
  const step = TEER_STEP[Math.min(steps, TEER_STEP.length - 1)] ?? TEER_STEP.at(-1)!;
  const fromTeer = Number(from[1]);
  const toTeer = Number(to[1]);
  const profession =
    fromTeer <= 1 && toTeer <= 1 && from.slice(0, 4) !== to.slice(0, 4)
      ? OTHER_PROFESSION
      : fromTeer >= 2 && toTeer <= 1 && from.slice(0, 3) !== to.slice(0, 3)
        ? INTO_PROFESSION
        : 1;
  return field * step * profession;
}

/**
 * Occupations most similar to `code`, best first, ties broken by code.
 * @throws UnknownOccupationError (a RangeError) for an occupation code not in the index.
 */
export function relatedOccupations(index: LoadedIndex, code: string, opts: { limit?: number; lang: Lang }): RelatedOccupation[] {
  const origin = requireOccupation(index, code);
  // Skills weighted by specificity: two health jobs are not alike because both need
  // "active listening", which nearly every profile has.
  // Square root: milder than ranking, so broad skills still tell related jobs apart.
  const idf = sqrtIdf(index);
  const weights = new Map<number, number>(origin.skills);
  // The origin's weighted vector, dense: one array read per skill of every other
  // occupation instead of a Map lookup (a long task on a slow phone with a full index).
  const mine = new Float64Array(idf.length);
  for (const [s, w] of origin.skills) mine[s] = w * idf[s]!;
  const norms = occupationNorms(index, idf);
  const originIndex = index.manifest.occupations.findIndex((o) => o.code === code);
  const originSpecific = norms.specific[originIndex]!;
  const originBroad = norms.broad[originIndex]!;
  if (originSpecific === 0 && originBroad === 0) return [];

  const broadSkill = broadSkills(index);
  const described = new Map(origin.alike ?? []);
  const scored: Array<{ code: string; o: number; score: number }> = [];
  index.manifest.occupations.forEach((other, o) => {
    if (other.code === code) return;
    let specific = 0;
    let broad = 0;
    for (const [s, w] of other.skills) {
      const x = mine[s]! * (w * idf[s]!);
      if (x === 0) continue;
      if (broadSkill[s]) broad += x;
      else specific += x;
    }
    if (specific === 0 && broad === 0) return;
    const cos = (dot: number, a: number, b: number) => (a > 0 && b > 0 ? dot / (a * b) : 0);
    const likeness = (1 - BROAD_SHARE) * cos(specific, originSpecific, norms.specific[o]!) + BROAD_SHARE * cos(broad, originBroad, norms.broad[o]!);
    const work = (1 + ALIKE_WEIGHT * (described.get(o) ?? 0)) / (1 + ALIKE_WEIGHT);
    scored.push({ code: other.code, o, score: Math.min(1, likeness * work * reach(code, other.code)) });
  });
  scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const limit = opts.limit ?? 5;
  return scored.slice(0, Math.max(0, limit)).map(({ code: other, o, score }) => {
    const occupation = index.occupations.get(other)!;
    const shared = sharedKeySkills(index, idf, { skills: weights, at: originIndex }, { skills: occupation.skills, at: o }, opts.lang);
    return { code: other, title: localize(occupation.title, opts.lang), score, sharedSkills: shared.slice(0, SHARED_SHOWN), sharedCount: shared.length };
  });
}

/**
 * The key skills two occupations share (`at`: their place in the manifest), each label once:
 * specific skills, heaviest first ("both use pharmacology" says more than "both need
 * Biology"), then the broad areas key to both (`KEY_RATING`), heaviest first.
 */
function sharedKeySkills(
  index: LoadedIndex,
  idf: Float32Array,
  origin: { skills: ReadonlyMap<number, number>; at: number },
  other: { skills: ReadonlyArray<readonly [number, number]>; at: number },
  lang: Lang,
): SkillRef[] {
  const broad = broadSkills(index);
  const { universal, top, knowledge } = keyAreas(index);
  const key = (s: number, w: number, at: number) => w >= KEY_RATING || w >= top[2 * at + knowledge[s]!]!;
  const shared: Array<[number, number]> = [];
  for (const [s, w] of other.skills) {
    const mine = origin.skills.get(s);
    if (mine === undefined) continue;
    if (broad[s] && (universal[s] || !key(s, w, other.at) || !key(s, mine, origin.at))) continue;
    shared.push([s, Math.min(w, mine) * idf[s]!]);
  }
  shared.sort((a, b) => broad[a[0]]! - broad[b[0]]! || b[1] - a[1] || a[0] - b[0]);
  return distinctLabels(shared.map(([s]) => skillRef(index, s, origin.skills.get(s)!, lang)));
}
