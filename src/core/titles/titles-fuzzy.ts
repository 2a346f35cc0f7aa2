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
  if (rows.length < 3 * (m + 1)) rows = new Int32Array(6 * (m + 1));
  // Three rolling rows in one buffer: two back (for transpositions), previous, current.
  const width = m + 1;
  let back = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j <= m; j++) rows[prev + j] = j;
  for (let i = 1; i <= n; i++) {
    rows[row] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, rows[back + j - 2]! + 1);
      }
      rows[row + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const free = back;
    back = prev;
    prev = row;
    row = free;
  }
  if (!prefix) return Math.min(rows[prev + m]!, max + 1);
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, rows[prev + j]!);
  return best;
}

// Scratch rows of `editDistance`, reused: it runs for many candidates per keystroke.
let rows = new Int32Array(96);

// Word boundaries as letter codes outside the UTF-16 range, so pairs stay plain numbers.
const START = 0x10000;
const END = 0x10001;

/** Letter pairs of `word` with its start (and, if `closed`, its end) marked, each once, as numbers. */
function bigrams(word: string, closed: boolean): number[] {
  const out: number[] = [];
  let before = START;
  for (let i = 0; i <= word.length; i++) {
    if (i === word.length && !closed) break;
    const code = i === word.length ? END : word.charCodeAt(i);
    const pair = before * 0x20000 + code;
    if (!out.includes(pair)) out.push(pair);
    before = code;
  }
  return out;
}

/** Postings key of a letter pair among terms of `length` letters (a safe integer). */
const key = (length: number, pair: number): number => length * 0x400000000 + pair;

/** Called for each term found near a word: its id and edit distance. */
export type NearFn = (id: number, distance: number) => void;

export class GramIndex {
  // Keyed by term length and letter pair ("7:ur"), so a lookup walks only terms of a
  // length within reach of the typed word.
  private readonly postings = new Map<number, number[]>();
  private longest = 0;
  private counts = new Uint16Array(0);
  private readonly touched: number[] = [];

  /** Registers term `id`; ids must be added in increasing order. */
  add(id: number, term: string): void {
    if (term.length > this.longest) this.longest = term.length;
    for (const pair of bigrams(term, true)) {
      const k = key(term.length, pair);
      const list = this.postings.get(k);
      if (list === undefined) this.postings.set(k, [id]);
      else list.push(id);
    }
  }

  /**
   * Terms within `max` edits of `word` (or, with `prefix`, whose beginning is), each
   * reported once through `found`. `terms` maps ids to their text.
   */
  near(word: string, max: number, terms: readonly string[], prefix: boolean, found: NearFn): void {
    const grams = bigrams(word, !prefix);
    const longest = prefix ? this.longest : word.length + max;
    this.candidates(terms.length, grams, Math.max(1, word.length - max), longest, 3 * max, (id) => {
      const term = terms[id]!;
      if (prefix ? term.length < word.length - max : Math.abs(term.length - word.length) > max) return;
      const d = editDistance(word, term, max, prefix);
      if (d <= max) found(id, d);
    });
  }

  /**
   * Stems within `max` edits of `word` once given one of their `endings` back ("machin" +
   * "e" for "mahcinem"): a slip near the end of a word can keep the stemmer from taking
   * its ending off, and the bare stem is then too far from what was typed.
   */
  nearStem(word: string, max: number, terms: readonly string[], endings: readonly string[], found: NearFn): void {
    let longestEnding = 0;
    for (const ending of endings) longestEnding = Math.max(longestEnding, ending.length);
    const grams = bigrams(word, false);
    const shortest = Math.max(1, word.length - max - longestEnding);
    // The letters of the ending are pairs the stem lacks.
    this.candidates(terms.length, grams, shortest, word.length + max, 3 * max + longestEnding, (id) => {
      const term = terms[id]!;
      let best = max + 1;
      for (const ending of endings) {
        if (Math.abs(term.length + ending.length - word.length) > max) continue;
        best = Math.min(best, editDistance(word, term + ending, best - 1));
        if (best === 0) break;
      }
      if (best <= max) found(id, best);
    });
  }

  /** Ids of terms of `shortest`..`longest` letters sharing all but `broken` of `grams`. */
  private candidates(size: number, grams: number[], shortest: number, longest: number, broken: number, visit: (id: number) => void): void {
    if (this.counts.length < size) this.counts = new Uint16Array(size);
    const counts = this.counts;
    const touched = this.touched;
    for (let length = shortest; length <= longest; length++) {
      for (const gram of grams) {
        const list = this.postings.get(key(length, gram));
        if (list === undefined) continue;
        for (const id of list) {
          if (counts[id] === 0) touched.push(id);
          counts[id] = counts[id]! + 1;
        }
      }
    }
    // Each edit breaks at most three letter pairs (a transposition breaks three).
    const needed = Math.max(1, grams.length - broken);
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared >= needed) visit(id);
    }
    touched.length = 0;
  }
}
