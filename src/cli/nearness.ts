/**
 * Which occupations a program's whole text reads most like: TF-IDF cosine between the
 * program (title, tags, outcomes, modules, description) and each occupation's description
 * (title, lead statement, main duties, O*NET tasks), the rarity of a word counted over the
 * occupations. A second view of a program's subject, from all its words at once: a course
 * on Cisco "devices" and console "lines" reads like network technicians' work, not gas
 * fitters', though it shares two of their words. The builder asks it twice: of a program's
 * whole text, and of its title and tags alone (what it says it is about).
 */
import { CosineIndex } from './tfidf.js';

export class NearestOccupations {
  /** Per program, its `keep` nearest occupations (by position), each with its rank from 0. */
  private readonly nearest: Array<Map<number, number>>;

  /** Occupations and programs as their terms (stems), in the order positions refer to. */
  constructor(occupations: ReadonlyArray<readonly string[]>, programs: ReadonlyArray<readonly string[]>, keep: number) {
    const index = new CosineIndex(occupations);
    const order = [...Array(occupations.length).keys()];
    this.nearest = programs.map((terms) => {
      const cosine = index.cosines(terms);
      order.sort((a, b) => cosine[b]! - cosine[a]! || a - b);
      return new Map(order.slice(0, keep).map((k, rank) => [k, rank]));
    });
  }

  /** How many occupations program `program` reads more like than `occupation`; Infinity beyond the kept. */
  rank(program: number, occupation: number): number {
    return this.nearest[program]!.get(occupation) ?? Infinity;
  }
}
