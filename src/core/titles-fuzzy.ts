/**
 * Typo lookup over the term dictionary of a title index: letter-pair (bigram) postings
 * pick candidate terms, then a bounded Damerau-Levenshtein distance verifies them.
 * Only terms sharing enough letter pairs with the typed word are ever compared, so a
 * keystroke costs a few postings walks rather than a scan of every title.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment) between `a`
 * and `b`, or `max + 1` as soon as it must exceed `max`. With `prefix`, the distance
 * from `a` to the closest prefix of `b` ("technicain" vs "technician...").
 */
export function editDistance(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (n === 0) return prefix ? 0 : Math.min(m, max + 1);
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let row = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  if (!prefix) return Math.min(prev[m]!, max + 1);
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, prev[j]!);
  return best;
}

function bigrams(word: string, closed: boolean): string[] {
  const padded = closed ? `^${word}$` : `^${word}`;
  const out: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

/** Called for each term found near a word: its id and edit distance. */
export type NearFn = (id: number, distance: number) => void;

export class GramIndex {
  private readonly postings = new Map<string, number[]>();
  private counts = new Uint16Array(0);
  private readonly touched: number[] = [];

  /** Registers term `id`; ids must be added in increasing order. */
  add(id: number, term: string): void {
    const seen = new Set<string>();
    for (const gram of bigrams(term, true)) {
      if (seen.has(gram)) continue;
      seen.add(gram);
      const list = this.postings.get(gram);
      if (list === undefined) this.postings.set(gram, [id]);
      else list.push(id);
    }
  }

  /**
   * Terms within `max` edits of `word` (or, with `prefix`, whose beginning is), each
   * reported once through `found`. `terms` maps ids to their text.
   */
  near(word: string, max: number, terms: readonly string[], prefix: boolean, found: NearFn): void {
    if (this.counts.length < terms.length) this.counts = new Uint16Array(terms.length);
    const counts = this.counts;
    const touched = this.touched;
    const grams = bigrams(word, !prefix);
    const seen = new Set<string>();
    for (const gram of grams) {
      if (seen.has(gram)) continue;
      seen.add(gram);
      const list = this.postings.get(gram);
      if (list === undefined) continue;
      for (const id of list) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    // Each edit breaks at most three letter pairs (a transposition breaks three).
    const needed = Math.max(1, seen.size - 3 * max);
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared < needed) continue;
      const term = terms[id]!;
      if (prefix ? term.length < word.length - max : Math.abs(term.length - word.length) > max) continue;
      const d = editDistance(word, term, max, prefix);
      if (d <= max) found(id, d);
    }
    touched.length = 0;
  }
}
