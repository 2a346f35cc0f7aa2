/**
 * The two baselines the recommendations are measured against, both over the whole
 * course text a judge reads (title, outcomes, skill tags, modules; never the provider),
 * queried with the occupation's description (title, lead statement, main duties):
 * a cosine of log-TF x IDF vectors, and Okapi BM25 (k1 1.2, b 0.75).
 */
import { Bm25 } from '../src/cli/bm25.js';
import { terms } from '../src/core/text/normalize.js';
import { courseText, type Course } from './catalogue.js';

type Vector = Map<string, number>;

function termCounts(text: string): Vector {
  const tf = new Map<string, number>();
  for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
  return tf;
}

/** Courses by score, best first, ties by URL; at most `limit`. */
function top(scores: Array<[number, number]>, courses: readonly Course[], limit: number): number[] {
  scores.sort((a, b) => b[1] - a[1] || (courses[a[0]]!.url < courses[b[0]]!.url ? -1 : 1));
  return scores.slice(0, limit).map(([c]) => c);
}

export class TfIdfRanker {
  private readonly idf = new Map<string, number>();
  private readonly docs: Vector[];

  constructor(private readonly courses: readonly Course[]) {
    const counts = courses.map((c) => termCounts(courseText(c)));
    const df = new Map<string, number>();
    for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const n = courses.length;
    for (const [term, d] of df) this.idf.set(term, Math.log((n + 1) / (d + 1)) + 1);
    this.docs = counts.map((tf) => this.vector(tf));
  }

  private vector(tf: Vector): Vector {
    const out = new Map<string, number>();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = (1 + Math.log(count)) * (this.idf.get(term) ?? 0);
      out.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of out) out.set(term, w / norm);
    return out;
  }

  /** Course positions, best first. */
  rank(query: string, limit: number): number[] {
    const q = this.vector(termCounts(query));
    const scores: Array<[number, number]> = [];
    this.docs.forEach((doc, c) => {
      let dot = 0;
      for (const [term, w] of q) dot += w * (doc.get(term) ?? 0);
      if (dot > 0) scores.push([c, dot]);
    });
    return top(scores, this.courses, limit);
  }
}

export class Bm25Ranker {
  private readonly bm25: Bm25;
  private readonly all: number[];

  constructor(private readonly courses: readonly Course[]) {
    this.bm25 = new Bm25(courses.map((c) => terms(courseText(c))));
    this.all = courses.map((_, c) => c);
  }

  rank(query: string, limit: number): number[] {
    const scores = this.bm25.scores(terms(query), this.all);
    return top(
      scores.flatMap((s, c) => (s > 0 ? [[c, s] as [number, number]] : [])),
      this.courses,
      limit,
    );
  }
}
