/**
 * Which crosswalk links to believe. A unit group reaches ESCO occupations through two
 * crosswalks (NOC 2021 -> O*NET -> ESCO), and a hop can land far from its work: power system
 * electricians reach "railway electronic technician", labourers in metal fabrication "animal
 * feed operator", Armed Forces officers "animal facility manager", and their skills then
 * stand in the occupation's profile as skills a program "does not cover". An ESCO occupation
 * is kept for a unit group only when its own words (label, alternative labels, description)
 * read like that unit group's official description: among the first FIT_RANK of all unit
 * groups, and with a TF-IDF cosine of at least FIT_MIN. A unit group left with none reaches
 * the ESCO occupations that read most like it instead (`BY_TEXT`).
 */
import { stemsOf } from '../evidence-terms.js';
import { CosineIndex } from '../tfidf.js';

/** An ESCO occupation must read like the unit group among its first this many (of 516)... */
export const FIT_RANK = 20;
/**
 * ...and at least this alike: measured on the real data, "welder" reads 0.33 like welders,
 * "railway electronic technician" 0.14 like power system electricians.
 */
export const FIT_MIN = 0.15;

export interface FitResult {
  /** Per unit group: the ESCO occupations kept, with their shares. */
  reach: Map<string, Map<string, number>>;
  /** Links left out, as [unit group, ESCO occupation], in unit-group order. */
  dropped: Array<[string, string]>;
  /** Unit groups the crosswalks left with no ESCO occupation that fits, reached by their description instead. */
  byText: string[];
}

/**
 * A unit group the crosswalks leave with no ESCO occupation that fits (68 of the 516: Nesta has
 * no row for licensed practical nurses' O*NET code, psychologists' link reads unlike them)
 * reaches the BY_TEXT that fit it best, by the same test and a cosine of at least BY_TEXT_MIN,
 * each an equal share. Without them, its key skills were OaSIS's broad areas, weighed by
 * rarity: "Vehicle and machinery operation" and "Electrical and electronics" for licensed
 * practical nurses, "Theology and philosophy" for psychologists. On the real data 42 of the 68
 * reach one, and 38 of those read right ("clinical psychologist" and "psychologist" for
 * psychologists, "automotive brake technician" and "vehicle technician" for automotive service
 * technicians); doubtful are "actor/actress" beside "producer" for managers in publishing, film
 * and performing arts, "postman/postwoman" for postal services managers. At 0.25, 57 reach one,
 * but "locksmith" reached ferry operators and "software analyst" user support technicians.
 */
export const BY_TEXT = 2;
export const BY_TEXT_MIN = 0.28;

/**
 * `descriptions`: each unit group's official description (title, lead statement, main
 * duties); `escoTexts`: each ESCO occupation's label, alternative labels and description.
 * A unit group without a description, or a link to an ESCO occupation without text, is
 * kept as it is: there is nothing to check it against. Shares are kept as the crosswalks
 * give them: weighing them by likeness as well let one odd but alike-sounding ESCO
 * occupation lead ("manage zoo staff" for Armed Forces officers).
 */
export function fitReach(
  reach: ReadonlyMap<string, ReadonlyMap<string, number>>,
  descriptions: ReadonlyMap<string, string>,
  escoTexts: ReadonlyMap<string, string>,
): FitResult {
  const codes = [...descriptions.keys()];
  const units = new CosineIndex(codes.map((code) => stemsOf(descriptions.get(code)!)));
  const position = new Map(codes.map((code, k) => [code, k]));
  // Each ESCO occupation's cosine with every unit group, computed once.
  const cosines = new Map<string, Float64Array | null>();
  const cosinesOf = (uri: string): Float64Array | null => {
    if (!cosines.has(uri)) {
      const text = escoTexts.get(uri);
      cosines.set(uri, text === undefined ? null : units.cosines(stemsOf(text)));
    }
    return cosines.get(uri)!;
  };
  const out = new Map<string, Map<string, number>>();
  const dropped: Array<[string, string]> = [];
  for (const [code, shares] of reach) {
    const k = position.get(code);
    if (k === undefined) {
      out.set(code, new Map(shares));
      continue;
    }
    const kept = new Map<string, number>();
    for (const [uri, share] of shares) {
      const c = cosinesOf(uri);
      if (c === null || fits(c, k)) kept.set(uri, share);
      else dropped.push([code, uri]);
    }
    if (kept.size > 0) out.set(code, kept);
  }
  const byText = reachByText(
    codes.filter((code) => !out.has(code)),
    escoTexts,
    cosinesOf,
    position,
    out,
  );
  return { reach: out, dropped, byText };
}

/** Reaches each of `missing` by text (`BY_TEXT`), into `out`; returns the unit groups reached. */
function reachByText(
  missing: readonly string[],
  escoTexts: ReadonlyMap<string, string>,
  cosinesOf: (uri: string) => Float64Array | null,
  position: ReadonlyMap<string, number>,
  out: Map<string, Map<string, number>>,
): string[] {
  if (missing.length === 0) return [];
  const best = new Map<string, Array<[string, number]>>(missing.map((code) => [code, []]));
  for (const uri of escoTexts.keys()) {
    const c = cosinesOf(uri)!;
    for (const code of missing) {
      const k = position.get(code)!;
      if (c[k]! >= BY_TEXT_MIN && fits(c, k)) best.get(code)!.push([uri, c[k]!]);
    }
  }
  const reached: string[] = [];
  for (const [code, found] of best) {
    if (found.length === 0) continue;
    const top = found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, BY_TEXT);
    out.set(code, new Map(top.map(([uri]) => [uri, 1 / top.length])));
    reached.push(code);
  }
  return reached;
}

/** Whether the unit group at position `k` is among the FIT_RANK its cosines `c` are highest for, at FIT_MIN or more. */
function fits(c: Float64Array, k: number): boolean {
  const own = c[k]!;
  if (own < FIT_MIN) return false;
  let rank = 0;
  for (let j = 0; j < c.length && rank < FIT_RANK; j++) if (c[j]! > own) rank++;
  return rank < FIT_RANK;
}
