/**
 * The judging pool of one occupation: every course that a ranker under evaluation (ours
 * on the real index, TF-IDF, BM25) puts in its top 10, less those already judged. Printed
 * in URL order, without saying which ranker found it, so judging stays blind.
 */
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { recommend } from '../src/core/rank/rank.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { Bm25Ranker, TfIdfRanker } from './baselines.js';
import { occupationQuery, readCourses, readOccupations, type Course } from './catalogue.js';
import { readStrict } from './judgments.js';
import { ensureRealIndex } from './real-index.js';

export const POOL_DEPTH = 10;

let cached: { index: LoadedIndex; tfidf: TfIdfRanker; bm25: Bm25Ranker } | null = null;

async function rankers() {
  if (!cached) {
    const index = await loadIndexFromDir(await ensureRealIndex(), ['en']);
    const courses = readCourses();
    cached = { index, tfidf: new TfIdfRanker(courses), bm25: new Bm25Ranker(courses) };
  }
  return cached;
}

/** URLs each ranker puts in its top `depth` for `code`. */
export async function topUrls(code: string, depth = POOL_DEPTH): Promise<{ ours: string[]; tfidf: string[]; bm25: string[] }> {
  const { index, tfidf, bm25 } = await rankers();
  const courses = readCourses();
  const occupation = (await readOccupations()).get(code);
  if (!occupation) throw new Error(`${code} is not a NOC 2021 unit group`);
  const query = occupationQuery(occupation);
  return {
    ours: recommend(index, { occupation: code, lang: 'en', limit: depth }).map((r) => r.program.url ?? r.program.id),
    tfidf: tfidf.rank(query, depth).map((c) => courses[c]!.url),
    bm25: bm25.rank(query, depth).map((c) => courses[c]!.url),
  };
}

export async function poolFor(code: string): Promise<Course[]> {
  const judged = readStrict().get(code) ?? new Map();
  const urls = await topUrls(code);
  const wanted = new Set([...urls.ours, ...urls.tfidf, ...urls.bm25].filter((u) => !judged.has(u)));
  return readCourses()
    .filter((c) => wanted.has(c.url))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}
