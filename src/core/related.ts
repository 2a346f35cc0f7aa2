/**
 * Occupations whose skill profiles resemble one occupation's: cosine similarity of the
 * weighted skill vectors (generic skills discounted as in ranking), with the skills they
 * share most.
 */
import type { Lang } from './schema.js';
import { localize } from './schema.js';
import type { LoadedIndex, SkillRef } from './loaded.js';
import { skillRef } from './rank.js';
import { distinctLabels } from './distinct.js';

export interface RelatedOccupation {
  code: string;
  /** Official title in the requested language. */
  title: string;
  /** Cosine similarity of the skill profiles (weighted by specificity), in [0, 1]. */
  score: number;
  /** Skills both profiles weigh most (smaller of the two weights x specificity), heaviest first. */
  sharedSkills: SkillRef[];
}

const SHARED_SHOWN = 5;

const sqrtIdfCache = new WeakMap<Float32Array, Float32Array>();

const normCache = new WeakMap<Float32Array, Float64Array>();

/** Length of every occupation's weighted skill vector, in manifest order, once per index. */
function occupationNorms(index: LoadedIndex, idf: Float32Array): Float64Array {
  let norms = normCache.get(idf);
  if (!norms) {
    norms = new Float64Array(index.manifest.occupations.length);
    index.manifest.occupations.forEach((occupation, o) => {
      let norm = 0;
      for (const [s, w] of occupation.skills) {
        const x = w * idf[s]!;
        norm += x * x;
      }
      norms![o] = Math.sqrt(norm);
    });
    normCache.set(idf, norms);
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
}

/**
 * Occupations most similar to `code`, best first, ties broken by code.
 * @throws RangeError for an unknown occupation code.
 */
export function relatedOccupations(
  index: LoadedIndex,
  code: string,
  opts: { limit?: number; lang: Lang },
): RelatedOccupation[] {
  const origin = index.occupations.get(code);
  if (!origin) throw new RangeError(`Unknown occupation code "${code}": not in this index.`);
  // Skills weighted by specificity: two health jobs are not alike because both need
  // "active listening", which nearly every profile has.
  // Square root: milder than ranking, so broad skills still tell related jobs apart.
  const idf = sqrtIdf(index);
  const weights = new Map<number, number>(origin.skills);
  // The origin's weighted vector, dense: one array read per skill of every other
  // occupation instead of a Map lookup (a long task on a slow phone with a full index).
  const mine = new Float64Array(idf.length);
  let originNorm = 0;
  for (const [s, w] of origin.skills) {
    mine[s] = w * idf[s]!;
    originNorm += mine[s] ** 2;
  }
  originNorm = Math.sqrt(originNorm);
  if (originNorm === 0) return [];

  const norms = occupationNorms(index, idf);
  const scored: Array<{ code: string; score: number }> = [];
  index.manifest.occupations.forEach((other, o) => {
    if (other.code === code) return;
    let dot = 0;
    for (const [s, w] of other.skills) dot += mine[s]! * (w * idf[s]!);
    if (dot === 0) return;
    scored.push({ code: other.code, score: Math.min(1, dot / (originNorm * norms[o]!)) });
  });
  scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const limit = opts.limit ?? 5;
  return scored.slice(0, Math.max(0, limit)).map(({ code: other, score }) => {
    const occupation = index.occupations.get(other)!;
    const shared = distinctLabels(
      occupation.skills
        .filter(([s]) => weights.has(s))
        .map(([s, w]): [number, number] => [s, Math.min(w, weights.get(s)!) * idf[s]!])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([s]) => skillRef(index, s, weights.get(s)!, opts.lang)),
    ).slice(0, SHARED_SHOWN);
    return { code: other, title: localize(occupation.title, opts.lang), score, sharedSkills: shared };
  });
}
