/**
 * Which occupations a program's whole text reads most like: TF-IDF cosine between the
 * program (title, tags, outcomes, modules, description) and each occupation's description
 * (title, lead statement, main duties, O*NET tasks), the rarity of a word counted over the
 * occupations. A second view of a program's subject, from all its words at once: a course
 * on Cisco "devices" and console "lines" reads like network technicians' work, not gas
 * fitters', though it shares two of their words.
 */
import { TfIdf } from './tfidf.js';

export class NearestOccupations {
  /** Per program, its `keep` nearest occupations (by position), each with its rank from 0. */
  private readonly nearest: Array<Map<number, number>>;

  /** Occupations and programs as their terms (stems), in the order positions refer to. */
  constructor(occupations: ReadonlyArray<readonly string[]>, programs: ReadonlyArray<readonly string[]>, keep: number) {
    const n = occupations.length;
    // Smoothed rarity: a word every occupation uses still weighs a little.
    const tfidf = new TfIdf(occupations, (df) => Math.log((n + 1) / (df + 0.5)));
    const postings = new Map<string, Array<[number, number]>>();
    occupations.forEach((terms, k) => {
      for (const [t, w] of tfidf.vector(terms)) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push([k, w]);
      }
    });
    const cosine = new Float64Array(n);
    const order = [...Array(n).keys()];
    this.nearest = programs.map((terms) => {
      cosine.fill(0);
      for (const [t, w] of tfidf.vector(terms)) for (const [k, x] of postings.get(t)!) cosine[k] = cosine[k]! + w * x;
      order.sort((a, b) => cosine[b]! - cosine[a]! || a - b);
      return new Map(order.slice(0, keep).map((k, rank) => [k, rank]));
    });
  }

  /** How many occupations program `program` reads more like than `occupation`; Infinity beyond the kept. */
  rank(program: number, occupation: number): number {
    return this.nearest[program]!.get(occupation) ?? Infinity;
  }
}
