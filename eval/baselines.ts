/**
 * The two baselines the recommendations are measured against, both over the whole
 * course text a judge reads (title, outcomes, skill tags, modules; never the provider),
 * queried with the occupation's description (title, lead statement, main duties):
 * a cosine of log-TF x IDF vectors, and Okapi BM25 (k1 1.2, b 0.75).
 */
import { terms } from '../src/core/normalize.js';
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
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly length: number[];
  private readonly average: number;

  constructor(private readonly courses: readonly Course[], private readonly k1 = 1.2, private readonly b = 0.75) {
    this.length = [];
    courses.forEach((course, c) => {
      const tf = termCounts(courseText(course));
      let n = 0;
      for (const [term, count] of tf) {
        n += count;
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push([c, count]);
      }
      this.length.push(n);
    });
    this.average = this.length.reduce((a, b) => a + b, 0) / Math.max(1, courses.length);
  }

  rank(query: string, limit: number): number[] {
    const n = this.courses.length;
    const acc = new Map<number, number>();
    for (const [term, qf] of termCounts(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [c, f] of list) {
        const norm = f + this.k1 * (1 - this.b + (this.b * this.length[c]!) / this.average);
        acc.set(c, (acc.get(c) ?? 0) + qf * idf * ((f * (this.k1 + 1)) / norm));
      }
    }
    return top([...acc], this.courses, limit);
  }
}
