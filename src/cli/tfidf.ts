/**
 * TF-IDF vectors over a corpus of term lists: log term frequency times the rarity of the
 * term in the corpus, scaled to unit length, so the dot product of two is their cosine.
 * Terms the corpus does not have are left out. Used for the likeness of occupations' lead
 * statements (`alike.ts`), which occupations a program reads most like (`nearness.ts`) and
 * whether an ESCO occupation the crosswalks reach reads like its unit group (`sources/esco-fit.ts`).
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

/**
 * Documents as TF-IDF unit vectors, with the rarity of a word counted over them (smoothed:
 * a word every document uses still weighs a little), for the cosine of any text with each.
 */
export class CosineIndex {
  private readonly tfidf: TfIdf;
  /** Per term, the documents that use it and its weight in each. */
  private readonly postings = new Map<string, Array<[number, number]>>();
  readonly size: number;

  constructor(docs: ReadonlyArray<readonly string[]>) {
    const n = (this.size = docs.length);
    this.tfidf = new TfIdf(docs, (df) => Math.log((n + 1) / (df + 0.5)));
    docs.forEach((doc, k) => {
      for (const [t, w] of this.tfidf.vector(doc)) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push([k, w]);
      }
    });
  }

  /** The cosine of `terms` with each document, by position. */
  cosines(terms: readonly string[]): Float64Array {
    const out = new Float64Array(this.size);
    for (const [t, w] of this.tfidf.vector(terms)) for (const [k, x] of this.postings.get(t)!) out[k] = out[k]! + w * x;
    return out;
  }
}
