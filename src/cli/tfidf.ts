/**
 * TF-IDF vectors over a corpus of term lists: log term frequency times the rarity of the
 * term in the corpus, scaled to unit length, so the dot product of two is their cosine.
 * Terms the corpus does not have are left out. Used for the likeness of occupations' lead
 * statements (`alike.ts`) and for which occupations a program reads most like (`nearness.ts`).
 */
export class TfIdf {
  private readonly df = new Map<string, number>();
  private readonly n: number;

  /** `idf(df, n)`: the weight of a term found in `df` of the `n` documents. */
  constructor(
    docs: ReadonlyArray<readonly string[]>,
    private readonly idf: (df: number, n: number) => number,
  ) {
    for (const doc of docs) for (const t of new Set(doc)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.n = docs.length;
  }

  /** The unit vector of `doc`; terms whose weight is not above 0 are left out. */
  vector(doc: readonly string[]): Map<string, number> {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, f] of tf) {
      const d = this.df.get(t);
      if (d === undefined) continue;
      const w = (1 + Math.log(f)) * this.idf(d, this.n);
      if (w > 0) v.set(t, w);
    }
    const norm = Math.hypot(...v.values()) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }
}
