/**
 * Which occupations a program's whole text reads most like: TF-IDF cosine between the
 * program (title, tags, outcomes, modules, description) and each occupation's description
 * (title, lead statement, main duties, O*NET tasks), the rarity of a word counted over the
 * occupations. A second view of a program's subject, from all its words at once: a course
 * on Cisco "devices" and console "lines" reads like network technicians' work, not gas
 * fitters', though it shares two of their words.
 */
import { tokens } from './evidence-terms.js';

type Vector = Map<string, number>;

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens(text)) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return counts;
}

export class NearestOccupations {
  /** Per program, its `keep` nearest occupations (by position), each with its rank from 0. */
  private readonly nearest: Array<Map<number, number>>;

  constructor(occupations: readonly string[], programs: readonly string[], keep: number) {
    const bags = occupations.map(bag);
    const df = new Map<string, number>();
    for (const b of bags) for (const t of b.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = occupations.length;
    // Unit vectors of sublinear term frequency times rarity; words no occupation uses say nothing.
    const vector = (counts: Map<string, number>): Vector => {
      const v: Vector = new Map();
      let norm = 0;
      for (const [t, c] of counts) {
        const d = df.get(t);
        if (d === undefined) continue;
        const w = (1 + Math.log(c)) * Math.log((n + 1) / (d + 0.5));
        v.set(t, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [t, w] of v) v.set(t, w / norm);
      return v;
    };
    const postings = new Map<string, Array<[number, number]>>();
    bags.forEach((b, k) => {
      for (const [t, w] of vector(b)) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push([k, w]);
      }
    });
    const cosine = new Float64Array(n);
    const order = [...Array(n).keys()];
    this.nearest = programs.map((text) => {
      cosine.fill(0);
      for (const [t, w] of vector(bag(text))) for (const [k, x] of postings.get(t)!) cosine[k] = cosine[k]! + w * x;
      order.sort((a, b) => cosine[b]! - cosine[a]! || a - b);
      return new Map(order.slice(0, keep).map((k, rank) => [k, rank]));
    });
  }

  /** How many occupations program `program` reads more like than `occupation`; Infinity beyond the kept. */
  rank(program: number, occupation: number): number {
    return this.nearest[program]!.get(occupation) ?? Infinity;
  }
}
