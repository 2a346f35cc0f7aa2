/**
 * The best accuracy any matcher can reach on the eval's "prefix" queries (titles cut
 * while typing), given how those queries are made.
 *
 * The generator (`variants` in `titles.ts`) draws a title uniformly from the distinct
 * titles that have a cut point, then a cut point uniformly from `cutPoints(title)`; a
 * query is right when the occupation returned holds that title. Many cut texts are the
 * beginning of titles of several occupations ("Coordonnateur/coordonnatrice de s..."),
 * so even a matcher that knows the generator cannot always tell which title was drawn.
 *
 * The Bayes-optimal matcher: for a typed text q, title t produced it with probability
 * 1/#titles * 1/#cuts(t) when q is t cut at one of its cut points (a title can produce q
 * in at most one way, its length fixes the cut), 0 otherwise. An occupation's posterior
 * mass is the sum of that over the titles it holds; the optimal top 1 is the occupation
 * with most mass, the optimal top 3 the three occupations whose titles together hold most
 * mass (exact for up to `EXACT_CODES` candidate occupations, greedy beyond, which only
 * matters when titles sit under several codes). Its accuracy is the ceiling:
 *
 * - `top1`, `top3`: expected accuracy over the whole generator, summed exactly over
 *   every (title, cut) pair, not sampled;
 * - `sampleTop1`, `sampleTop3`: the same matcher on the eval's own sampled queries (ties
 *   shared), directly comparable to the matcher's score on those queries.
 *
 * The raw text is what the oracle sees, as the matcher does: case and accents included.
 */

const LETTER = /\p{L}/u;

/** Where the generator may cut `title`: inside a word, keeping at least 60% of it. */
export function cutPoints(title: string): number[] {
  const cuts: number[] = [];
  for (let i = Math.ceil(title.length * 0.6); i < title.length; i++) {
    if (LETTER.test(title[i - 1]!) && LETTER.test(title[i]!)) cuts.push(i);
  }
  return cuts;
}

export interface Ceiling {
  top1: number;
  top3: number;
  sampleTop1: number;
  sampleTop3: number;
  /** Distinct typed texts the generator can produce. */
  texts: number;
}

// Above this many candidate occupations for one text, the best three are chosen greedily.
const EXACT_CODES = 30;

/** Best set of at most 3 codes for one text: the mass it covers and the set (exact or greedy). */
function bestThree(titles: Array<{ p: number; codes: ReadonlySet<string> }>, codes: string[]): { mass: number; set: string[] } {
  const covered = (set: string[]): number => {
    let sum = 0;
    for (const t of titles) if (set.some((c) => t.codes.has(c))) sum += t.p;
    return sum;
  };
  if (codes.length <= 3) return { mass: covered(codes), set: codes };
  if (codes.length <= EXACT_CODES) {
    let best = { mass: -1, set: [] as string[] };
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        for (let k = j + 1; k < codes.length; k++) {
          const set = [codes[i]!, codes[j]!, codes[k]!];
          const mass = covered(set);
          if (mass > best.mass) best = { mass, set };
        }
      }
    }
    return best;
  }
  const set: string[] = [];
  for (let n = 0; n < 3; n++) {
    let pick = '';
    let pickMass = -1;
    for (const c of codes) {
      if (set.includes(c)) continue;
      const mass = covered([...set, c]);
      if (mass > pickMass) [pick, pickMass] = [c, mass];
    }
    set.push(pick);
  }
  return { mass: covered(set), set };
}

/**
 * The Bayes-optimal ceiling for the prefix generator over `pool` (distinct titles with
 * the codes holding each), and that oracle's score on `sample` (typed text, right codes).
 */
export function prefixCeiling(pool: ReadonlyMap<string, ReadonlySet<string>>, sample: ReadonlyArray<{ text: string; codes: ReadonlySet<string> }>): Ceiling {
  const byText = new Map<string, Array<{ p: number; codes: ReadonlySet<string> }>>();
  let drawable = 0;
  for (const title of pool.keys()) if (cutPoints(title).length > 0) drawable++;
  for (const [title, codes] of pool) {
    const cuts = cutPoints(title);
    for (const cut of cuts) {
      const text = title.slice(0, cut);
      const p = 1 / (drawable * cuts.length);
      const list = byText.get(text);
      if (list === undefined) byText.set(text, [{ p, codes }]);
      else list.push({ p, codes });
    }
  }
  // Per text: the occupations' posterior masses, the optimal top 1 (ties) and top 3.
  const decide = (text: string): { mass: Map<string, number>; top1: string[]; top3: string[]; best1: number; best3: number } => {
    const titles = byText.get(text) ?? [];
    const mass = new Map<string, number>();
    for (const t of titles) for (const c of t.codes) mass.set(c, (mass.get(c) ?? 0) + t.p);
    let best1 = 0;
    for (const m of mass.values()) if (m > best1) best1 = m;
    const top1 = [...mass].filter(([, m]) => m === best1).map(([c]) => c);
    const codes = [...mass].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
    const three = bestThree(titles, codes);
    return { mass, top1, top3: three.set, best1, best3: three.mass };
  };
  let top1 = 0;
  let top3 = 0;
  for (const text of byText.keys()) {
    const d = decide(text);
    top1 += d.best1;
    top3 += d.best3;
  }
  let sample1 = 0;
  let sample3 = 0;
  for (const q of sample) {
    const d = decide(q.text);
    sample1 += d.top1.filter((c) => q.codes.has(c)).length / Math.max(1, d.top1.length);
    if (d.top3.some((c) => q.codes.has(c))) sample3++;
  }
  const pct = (x: number): number => Math.round(1000 * x) / 10;
  const n = Math.max(1, sample.length);
  return { top1: pct(top1), top3: pct(top3), sampleTop1: pct(sample1 / n), sampleTop3: pct(sample3 / n), texts: byText.size };
}
