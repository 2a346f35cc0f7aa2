/**
 * Okapi BM25 (k1 1.2, b 0.75) over whole documents given as term lists. Written here
 * rather than taken from MiniSearch: MiniSearch scores BM25+ over field lengths counted
 * in distinct terms, which ordered the programs above the evidence floor worse on the
 * strict judged set (`npx tsx eval/recommend.ts`: 55 % against 59 % strict P@5).
 */
export class Bm25 {
  private readonly counts: Array<Map<string, number>>;
  private readonly lengths: number[];
  private readonly df = new Map<string, number>();
  private readonly average: number;

  constructor(
    docs: ReadonlyArray<readonly string[]>,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.counts = docs.map((terms) => {
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return counts;
    });
    this.lengths = docs.map((terms) => terms.length);
    this.average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
  }

  /** Score of each of `docs` for `query` (a repeated query term counts each time). */
  scores(query: readonly string[], docs: readonly number[]): number[] {
    const n = this.counts.length;
    const qf = new Map<string, number>();
    for (const t of query) qf.set(t, (qf.get(t) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [t, times] of qf) {
      const df = this.df.get(t);
      if (df !== undefined) idf.set(t, times * Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return docs.map((doc) => {
      const counts = this.counts[doc]!;
      const lengthNorm = this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / this.average);
      let score = 0;
      for (const [t, weight] of idf) {
        const f = counts.get(t);
        if (f !== undefined) score += (weight * f * (this.k1 + 1)) / (f + lengthNorm);
      }
      return score;
    });
  }
}
