/**
 * Job-title matching: from what a person types ("infirmiere", "RN", "technician,
 * electrolysis", "sofware dev") to NOC occupations, in English and French.
 *
 * Built in the browser from `titles.<lang>.tsv` (see `schema.ts`): an inverted index
 * from stemmed terms to the titles holding them, a sorted term dictionary for prefix
 * lookup while typing and letter-pair postings for typo lookup (`titles-fuzzy.ts`).
 * A query only visits the postings of its own terms; candidate titles are scored by
 * how much of the query they cover (weighted by term rarity), how much of the title
 * the query covers, and how each word matched (exact > short form > prefix > typo).
 */
import type { Lang } from './schema.js';
import { localize } from './schema.js';
import type { LoadedIndex, MatchKind, TitleMatch } from './loaded.js';
import { expandAbbreviation } from './abbreviations.js';
import { GramIndex } from './titles-fuzzy.js';
import type { Role } from './titles-text.js';
import { ROLE_CREDIT, ROLE_WEIGHT, growingForms, queryWords, titleTerm, titleTerms, words, writtenWords } from './titles-text.js';
import { STOPWORDS } from './normalize.js';

/** A prepared job-title matcher for one language. Opaque: use the functions below. */
export interface TitleIndex {
  readonly lang: Lang;
}

const DEFAULT_LIMIT = 10;

/** Collects the titles of one language, occupation by occupation, then builds the index. */
export class TitleIndexBuilder {
  private readonly lang: Lang;
  private readonly occCodes: string[] = [];
  private readonly occByCode = new Map<string, number>();
  private readonly occTitle: string[] = [];
  private readonly entryOcc: number[] = [];
  private readonly entryText: string[] = [];
  // Terms of every title, flat, as `term id * 4 + role`; `entryEnd[e]` ends title e's run.
  private readonly entryTerms: number[] = [];
  private readonly entryEnd: number[] = [];
  private readonly memo = new Map<string, string>();
  private readonly termIds = new Map<string, number>();
  private readonly termText: string[] = [];
  private readonly postings: number[][] = [];
  private readonly grams = new GramIndex();
  private built = false;

  constructor(lang: Lang) {
    if (lang !== 'en' && lang !== 'fr') throw new TypeError(`TitleIndexBuilder: unknown language "${String(lang)}"`);
    this.lang = lang;
  }

  /** One occupation: its official title in this language and all its job titles (official first). Called once per line of titles.<lang>.tsv. Cheap per call: the loader calls it in idle-time chunks. */
  add(code: string, titles: string[]): void {
    if (this.built) throw new Error('TitleIndexBuilder.add: the index is already built');
    if (typeof code !== 'string' || code === '') throw new TypeError('TitleIndexBuilder.add: empty occupation code');
    if (!Array.isArray(titles) || titles.length === 0) {
      throw new TypeError(`TitleIndexBuilder.add: occupation ${code} has no titles`);
    }
    let occ = this.occByCode.get(code);
    if (occ === undefined) {
      occ = this.occCodes.length;
      this.occByCode.set(code, occ);
      this.occCodes.push(code);
      this.occTitle.push(String(titles[0]).trim());
    }
    for (const title of titles) {
      if (typeof title !== 'string') throw new TypeError(`TitleIndexBuilder.add: occupation ${code} has a title that is not text`);
      const entry = this.entryOcc.length;
      this.entryOcc.push(occ);
      this.entryText.push(title.trim());
      const found = titleTerms(title, this.lang, this.memo);
      for (let i = 0; i < found.length; i += 2) {
        const term = found[i] as string;
        const role = found[i + 1] as Role;
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.termText.length;
          this.termIds.set(term, id);
          this.termText.push(term);
          this.postings.push([]);
          this.grams.add(id, term);
        }
        this.postings[id]!.push(entry * 4 + role);
        this.entryTerms.push(id * 4 + role);
      }
      this.entryEnd.push(this.entryTerms.length);
    }
  }

  /** Finishes the index; must stay cheap (well under 20 ms on 30k titles) or be split into steps. */
  build(): TitleIndex {
    this.built = true;
    const terms = this.termText.length;
    const entries = this.entryOcc.length;
    const idf = new Float32Array(terms);
    for (let t = 0; t < terms; t++) idf[t] = Math.log(1 + entries / this.postings[t]!.length);
    const entryWeight = new Float32Array(entries);
    const flat = this.entryTerms;
    for (let e = 0, i = 0; e < entries; e++) {
      let sum = 0;
      for (const end = this.entryEnd[e]!; i < end; i++) sum += idf[flat[i]! >> 2]! * ROLE_WEIGHT[flat[i]! & 3]!;
      entryWeight[e] = sum;
    }
    const text = this.termText;
    // The default sort compares UTF-16 code units, like `<`, and is much faster than a comparator.
    const sortedText = text.slice().sort();
    const sorted = new Int32Array(sortedText.length);
    for (let i = 0; i < sortedText.length; i++) sorted[i] = this.termIds.get(sortedText[i]!)!;
    return new Built({
      lang: this.lang,
      occCodes: this.occCodes,
      occTitle: this.occTitle,
      entryOcc: Int32Array.from(this.entryOcc),
      entryText: this.entryText,
      entryWeight,
      entryTerms: Int32Array.from(flat),
      entryTermEnd: Int32Array.from(this.entryEnd),
      termIds: this.termIds,
      termText: text,
      postings: this.postings,
      idf,
      sorted,
      sortedText,
      grams: this.grams,
    });
  }
}

interface BuiltParts {
  lang: Lang;
  occCodes: string[];
  occTitle: string[];
  entryOcc: Int32Array;
  entryText: string[];
  entryWeight: Float32Array;
  /** Terms of every title as `term id * 4 + role`; title e's run ends at `entryTermEnd[e]`. */
  entryTerms: Int32Array;
  entryTermEnd: Int32Array;
  termIds: Map<string, number>;
  termText: string[];
  postings: number[][];
  idf: Float32Array;
  sorted: Int32Array;
  sortedText: string[];
  grams: GramIndex;
}

// One bit per way a query word matched a title; the worst one names the match.
const EXACT = 1;
const PREFIX = 2;
const SYNONYM = 4;
const FUZZY = 8;

/** How a query word can match: a term id and how good a match it is, in (0, 1]. */
interface Hit {
  term: number;
  quality: number;
  kind: number;
}

interface Slot {
  hits: Hit[];
  weight: number;
  /**
   * For a word still being typed whose prefix has too many terms to expand them all:
   * the prefixes to look for in the terms of titles the other words already reached.
   */
  narrow: string[] | null;
}

// Words of more letters tolerate more typos; short ones (acronyms) none.
function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}
const PREFIX_FANOUT = 40;
const TYPO_QUALITY = [1, 0.8, 0.66];

class Built implements TitleIndex {
  readonly lang: Lang;
  readonly parts: BuiltParts;
  /** Mean rarity of the words of a title. */
  private readonly typicalIdf: number;
  private readonly prefixCache = new Map<string, Int32Array>();
  // Scratch space reused by every query (matching is synchronous).
  private readonly slotBest: Float32Array;
  private readonly slotCover: Float32Array;
  private readonly slotKind: Uint8Array;
  private readonly slotStamp: Int32Array;
  private readonly acc: Float32Array;
  private readonly accCover: Float32Array;
  private readonly accKind: Uint8Array;
  private readonly accStamp: Int32Array;
  private stamp = 0;
  private queryStamp = 0;
  // Per occupation, for the reading being scored.
  private readonly occStamp: Int32Array;
  private readonly occBest: Float32Array;
  private readonly occSecond: Float32Array;
  private readonly occThird: Float32Array;
  private readonly occEntry: Int32Array;
  // Per occupation, best over the readings of the query.
  private readonly hitStamp: Int32Array;
  private readonly hitScore: Float32Array;
  private readonly hitEntry: Int32Array;
  private readonly hitKinds: Uint8Array;
  private readonly hitOccs: number[] = [];
  /** Word matches of the query being searched, shared by its readings; cleared per query. */
  readonly hitMemo = new Map<string, { hits: Hit[]; truncated: boolean }>();
  /** Set when the last prefix lookup kept only the most frequent terms. */
  private truncated = false;

  constructor(parts: BuiltParts) {
    this.lang = parts.lang;
    this.parts = parts;
    const n = parts.entryOcc.length;
    let postingsTotal = 0;
    let idfTotal = 0;
    parts.postings.forEach((list, t) => {
      postingsTotal += list.length;
      idfTotal += list.length * parts.idf[t]!;
    });
    this.typicalIdf = postingsTotal > 0 ? idfTotal / postingsTotal : 1;
    this.slotBest = new Float32Array(n);
    this.slotCover = new Float32Array(n);
    this.slotKind = new Uint8Array(n);
    this.slotStamp = new Int32Array(n);
    this.acc = new Float32Array(n);
    this.accCover = new Float32Array(n);
    this.accKind = new Uint8Array(n);
    this.accStamp = new Int32Array(n);
    const occs = parts.occCodes.length;
    this.occStamp = new Int32Array(occs);
    this.occBest = new Float32Array(occs);
    this.occSecond = new Float32Array(occs);
    this.occThird = new Float32Array(occs);
    this.occEntry = new Int32Array(occs);
    this.hitStamp = new Int32Array(occs);
    this.hitScore = new Float32Array(occs);
    this.hitEntry = new Int32Array(occs);
    this.hitKinds = new Uint8Array(occs);
  }

  /** Term ids starting with `prefix`: all of them, or the most frequent when there are many. */
  prefixTerms(prefix: string): ArrayLike<number> {
    const { sortedText, sorted, postings } = this.parts;
    let lo = 0;
    let hi = sortedText.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedText[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < sortedText.length && sortedText[end]!.startsWith(prefix)) end++;
    if (end - lo <= PREFIX_FANOUT) return sorted.subarray(lo, end);
    this.truncated = true;
    const cached = this.prefixCache.get(prefix);
    if (cached !== undefined) return cached;
    const ids = Array.from(sorted.subarray(lo, end));
    ids.sort((a, b) => postings[b]!.length - postings[a]!.length || a - b);
    const top = Int32Array.from(ids.slice(0, PREFIX_FANOUT));
    this.prefixCache.set(prefix, top);
    return top;
  }

  /** Ways one typed word matches terms of the dictionary. */
  wordHits(word: string, open: boolean): Hit[] {
    const { termIds, termText, grams } = this.parts;
    const term = titleTerm(word);
    const hits: Hit[] = [];
    const exact = termIds.get(term);
    if (exact !== undefined) hits.push({ term: exact, quality: 1, kind: EXACT });
    if (open) {
      const seen = new Set<number>(exact === undefined ? [] : [exact]);
      for (const prefix of new Set([word, term, ...growingForms(word)])) {
        const ids = this.prefixTerms(prefix);
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          if (seen.has(id)) continue;
          seen.add(id);
          const typed = Math.min(1, prefix.length / termText[id]!.length);
          hits.push({ term: id, quality: 0.7 + 0.25 * typed, kind: PREFIX });
        }
      }
    }
    if (hits.length > 0) return hits;
    const max = maxTypos(word.length);
    if (max === 0) return hits;
    const best = new Map<number, number>();
    const keep = (id: number, d: number): void => {
      const prior = best.get(id);
      if (prior === undefined || d < prior) best.set(id, d);
    };
    grams.near(term, max, termText, false, keep);
    if (best.size === 0 && term !== word) grams.near(word, max, termText, false, keep);
    if (best.size === 0 && open) grams.near(word, 1, termText, true, (id, d) => keep(id, d + 0.5));
    for (const [id, d] of best) {
      const quality = Number.isInteger(d) ? TYPO_QUALITY[d]! : 0.6;
      hits.push({ term: id, quality, kind: FUZZY });
    }
    return hits;
  }

  /** The query's words, as slots of possible term matches; `synonym` marks expanded short forms. */
  slots(words: string[], open: boolean, expanded: boolean[]): Slot[] {
    const { idf, termIds } = this.parts;
    const out: Slot[] = [];
    const seenExact = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const isOpen = open && i === words.length - 1 && !expanded[i];
      this.truncated = false;
      const key = `${isOpen ? '+' : '-'}${words[i]!}`;
      let found = this.hitMemo.get(key);
      if (found === undefined) {
        found = { hits: this.wordHits(words[i]!, isOpen), truncated: this.truncated };
        this.hitMemo.set(key, found);
      }
      this.truncated = found.truncated;
      let hits = expanded[i] ? found.hits.map((hit) => ({ ...hit, kind: SYNONYM })) : found.hits;
      // A short prefix after other words ("langue des s"): rather than walking the postings
      // of its most frequent completions, look for it in the titles the other words reached.
      if (this.truncated && i > 0) hits = hits.filter((hit) => hit.kind !== PREFIX);
      const word = words[i]!;
      const narrow = this.truncated && i > 0 ? [...new Set([word, titleTerm(word), ...growingForms(word)])] : null;
      const exact = termIds.get(titleTerm(words[i]!));
      // "Soudeur/soudeuse": two written forms of one word count once.
      if (exact !== undefined && seenExact.has(exact)) continue;
      if (exact !== undefined) seenExact.add(exact);
      // An unknown word weighs like a typical one; a word known only through a typo
      // weighs no more than that, so a rare look-alike cannot outweigh the words typed right.
      let weight = this.typicalIdf;
      if (exact !== undefined) weight = idf[exact]!;
      else if (hits.length > 0) {
        let top = hits[0]!;
        for (const hit of hits) if (hit.quality > top.quality) top = hit;
        weight = top.kind === FUZZY ? Math.min(idf[top.term]!, this.typicalIdf) : idf[top.term]!;
        // A word being typed says little while it is short: "s" could be anything.
        if (top.kind === PREFIX) weight *= Math.min(1, words[i]!.length / 4);
      }
      out.push({ hits, weight, narrow });
    }
    return out;
  }

  /** Matches `prefixes` against the terms of titles already `touched`, for a prefix too common to expand. */
  private narrowDown(prefixes: string[], touched: number[], stamp: number, reached: number[]): void {
    const { entryTermEnd, entryTerms, termText, idf } = this.parts;
    const { slotBest, slotCover, slotKind, slotStamp } = this;
    for (const entry of touched) {
      if (slotStamp[entry] === stamp) continue;
      let best = 0;
      let cover = 0;
      for (let i = entry === 0 ? 0 : entryTermEnd[entry - 1]!; i < entryTermEnd[entry]!; i++) {
        const posting = entryTerms[i]!;
        const term = posting >> 2;
        const text = termText[term]!;
        for (const prefix of prefixes) {
          if (!text.startsWith(prefix)) continue;
          const quality = 0.7 + 0.25 * Math.min(1, prefix.length / text.length);
          if (quality > best) [best, cover] = [quality, idf[term]! * ROLE_CREDIT[posting & 3]!];
        }
      }
      if (best === 0) continue;
      slotStamp[entry] = stamp;
      slotBest[entry] = best;
      slotCover[entry] = cover;
      slotKind[entry] = PREFIX;
      reached.push(entry);
    }
  }

  /** Scores the titles reached by `slots`; calls `found` once per title reached. */
  score(slots: Slot[], penalty: number): void {
    const { postings, idf, entryWeight, entryOcc } = this.parts;
    const { slotBest, slotCover, slotKind, slotStamp, acc, accCover, accKind, accStamp } = this;
    const queryStamp = ++this.stamp;
    const touched: number[] = [];
    let totalWeight = 0;
    for (const slot of slots) {
      totalWeight += slot.weight;
      const stamp = ++this.stamp;
      const reached: number[] = [];
      for (const hit of slot.hits) {
        const list = postings[hit.term]!;
        const rarity = idf[hit.term]!;
        for (let k = 0; k < list.length; k++) {
          const posting = list[k]!;
          const entry = posting >> 2;
          const role = posting & 3;
          const cover = rarity * ROLE_CREDIT[role]!;
          if (slotStamp[entry] !== stamp) {
            slotStamp[entry] = stamp;
            slotBest[entry] = hit.quality;
            slotCover[entry] = cover;
            slotKind[entry] = hit.kind;
            reached.push(entry);
          } else if (hit.quality > slotBest[entry]! || (hit.quality === slotBest[entry] && cover > slotCover[entry]!)) {
            slotBest[entry] = hit.quality;
            slotCover[entry] = cover;
            slotKind[entry] = hit.kind;
          }
        }
      }
      if (slot.narrow !== null) this.narrowDown(slot.narrow, touched, stamp, reached);
      for (const entry of reached) {
        if (accStamp[entry] !== queryStamp) {
          accStamp[entry] = queryStamp;
          acc[entry] = 0;
          accCover[entry] = 0;
          accKind[entry] = 0;
          touched.push(entry);
        }
        acc[entry] = acc[entry]! + slotBest[entry]! * slot.weight;
        accCover[entry] = accCover[entry]! + slotCover[entry]!;
        accKind[entry] = accKind[entry]! | slotKind[entry]!;
      }
    }
    if (totalWeight <= 0) return;
    // The best three titles of each occupation reached by this reading.
    const { occStamp, occBest, occSecond, occThird, occEntry } = this;
    const readingStamp = ++this.stamp;
    const occs: number[] = [];
    for (const entry of touched) {
      const queryCover = acc[entry]! / totalWeight;
      const weight = entryWeight[entry]!;
      const titleCover = weight > 0 ? Math.min(1, accCover[entry]! / weight) : 1;
      const score = Math.min(1, queryCover * (0.55 + 0.45 * titleCover)) * penalty;
      const occ = entryOcc[entry]!;
      if (occStamp[occ] !== readingStamp) {
        occStamp[occ] = readingStamp;
        occBest[occ] = score;
        occSecond[occ] = 0;
        occThird[occ] = 0;
        occEntry[occ] = entry;
        occs.push(occ);
      } else if (score > occBest[occ]! || (score === occBest[occ] && weight < entryWeight[occEntry[occ]!]!)) {
        occThird[occ] = occSecond[occ]!;
        occSecond[occ] = occBest[occ]!;
        occBest[occ] = score;
        occEntry[occ] = entry;
      } else if (score > occSecond[occ]!) {
        occThird[occ] = occSecond[occ]!;
        occSecond[occ] = score;
      } else if (score > occThird[occ]!) occThird[occ] = score;
    }
    const { hitStamp, hitScore, hitEntry, hitKinds, hitOccs } = this;
    for (const occ of occs) {
      const top = occBest[occ]!;
      const support = top > 0 ? (occSecond[occ]! + occThird[occ]!) / (2 * top) : 0;
      const score = top + (1 - top) * SUPPORT * support;
      if (hitStamp[occ] !== this.queryStamp) {
        hitStamp[occ] = this.queryStamp;
        hitOccs.push(occ);
      } else if (score <= hitScore[occ]!) continue;
      hitScore[occ] = score;
      hitEntry[occ] = occEntry[occ]!;
      hitKinds[occ] = accKind[occEntry[occ]!]!;
    }
  }

  /** Starts a query: the occupations reached by its readings are gathered from here on. */
  beginQuery(): void {
    this.queryStamp = ++this.stamp;
    this.hitOccs.length = 0;
    this.hitMemo.clear();
  }

  /** The best `limit` occupations reached since `beginQuery`. */
  results(limit: number): OccHit[] {
    const { hitScore, hitEntry, hitKinds, hitOccs } = this;
    const codes = this.parts.occCodes;
    return hitOccs
      .map((occ) => ({ occ, entry: hitEntry[occ]!, score: hitScore[occ]!, kinds: hitKinds[occ]! }))
      .sort((a, b) => b.score - a.score || (codes[a.occ]! < codes[b.occ]! ? -1 : 1))
      .slice(0, limit);
  }
}

function kindOf(bits: number): MatchKind {
  if (bits & FUZZY) return 'fuzzy';
  if (bits & SYNONYM) return 'synonym';
  if (bits & PREFIX) return 'prefix';
  return 'exact';
}

// At most this many readings of a query with short forms expanded.
const MAX_READINGS = 5;

/** The query as typed, then with its short forms spelled out ("rn" -> "registered nurse"). */
function readings(lang: Lang, typed: string[]): Array<{ words: string[]; expanded: boolean[] }> {
  const out = [{ words: typed, expanded: typed.map(() => false) }];
  const options = typed.map((word) =>
    expandAbbreviation(lang, word).map((long) => words(long).filter((w) => !STOPWORDS.has(w))),
  );
  if (!options.some((o) => o.length > 0)) return out;
  const build = (choice: number[]): { words: string[]; expanded: boolean[] } => {
    const ws: string[] = [];
    const ex: boolean[] = [];
    typed.forEach((word, i) => {
      const long = options[i]![choice[i]!];
      if (long === undefined) {
        ws.push(word);
        ex.push(false);
      } else for (const w of long) (ws.push(w), ex.push(true));
    });
    return { words: ws, expanded: ex };
  };
  const first = typed.map(() => 0);
  out.push(build(first));
  options.forEach((o, i) => {
    for (let j = 1; j < o.length && out.length < MAX_READINGS; j++) {
      const choice = first.slice();
      choice[i] = j;
      out.push(build(choice));
    }
  });
  return out;
}

/**
 * The typed words, then the same with words joined that the titles write as one
 * ("tile setter" -> "tilesetter", "dev ops" -> "devops") or split that they write as
 * two; the best reading wins.
 */
function respacings(index: Built, typed: string[]): string[][] {
  const has = (w: string): boolean => index.parts.termIds.has(titleTerm(w));
  const joined: string[] = [];
  const split: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i]!;
    const next = typed[i + 1];
    if (next !== undefined && word.length > 1 && next.length > 1 && has(word + next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  for (const word of typed) {
    let at = -1;
    if (!has(word) && word.length >= 6) {
      for (let k = 3; k <= word.length - 3 && at < 0; k++) if (has(word.slice(0, k)) && has(word.slice(k))) at = k;
    }
    if (at > 0) split.push(word.slice(0, at), word.slice(at));
    else split.push(word);
  }
  const out = [typed];
  if (joined.length !== typed.length) out.push(joined);
  if (split.length !== typed.length) out.push(split);
  return out;
}

interface OccHit {
  occ: number;
  entry: number;
  score: number;
  kinds: number;
}

// How much an occupation gains, toward 1, when several of its titles match nearly as
// well as its best: "boucher" means the occupation full of butcher titles, not the one
// with a single "Aide-boucher". An exact match (1) gains nothing and is never overtaken.
const SUPPORT = 0.35;

function search(index: Built, query: string, limit: number): OccHit[] {
  if (typeof query !== 'string') throw new TypeError('matchTitles: the query must be text');
  const { words: typed, open } = queryWords(query, index.lang);
  if (typed.length === 0 || limit <= 0) return [];
  index.beginQuery();
  const all = respacings(index, typed).flatMap((words) => readings(index.lang, words));
  for (const reading of all.slice(0, MAX_READINGS + 2)) {
    const penalty = reading.expanded.some(Boolean) ? 0.97 : 1;
    index.score(index.slots(reading.words, open, reading.expanded), penalty);
  }
  return index.results(limit);
}

function asBuilt(titles: TitleIndex, caller: string): Built {
  if (!(titles instanceof Built)) throw new TypeError(`${caller}: not a title index made by TitleIndexBuilder.build()`);
  return titles;
}

function toMatch(index: Built, hit: OccHit, title: string): TitleMatch {
  return {
    code: index.parts.occCodes[hit.occ]!,
    score: Math.round(hit.score * 1e6) / 1e6,
    title,
    matchedTitle: index.parts.entryText[hit.entry]!,
    kind: kindOf(hit.kinds),
  };
}

function loadedTitles(index: LoadedIndex, lang: Lang, caller: string): Built {
  const titles = index.titles[lang];
  if (titles === undefined) throw new Error(`${caller}: the ${lang} job titles are not loaded yet`);
  return asBuilt(titles, caller);
}

/** Sync, best first, each occupation at most once; `title` is the occupation's official title from `index.manifest.occupations` in `lang`. */
export function matchTitles(index: LoadedIndex, query: string, opts: { lang: Lang; limit?: number }): TitleMatch[] {
  const built = loadedTitles(index, opts.lang, 'matchTitles');
  return search(built, query, opts.limit ?? DEFAULT_LIMIT).map((hit) => {
    const occupation = index.occupations.get(built.parts.occCodes[hit.occ]!);
    const title = occupation === undefined ? built.parts.occTitle[hit.occ]! : localize(occupation.title, opts.lang);
    return toMatch(built, hit, title);
  });
}

/** Same on a bare TitleIndex (title = first title given to add()). */
export function searchTitleIndex(titles: TitleIndex, query: string, opts: { limit?: number } = {}): TitleMatch[] {
  const built = asBuilt(titles, 'searchTitleIndex');
  return search(built, query, opts.limit ?? DEFAULT_LIMIT).map((hit) => toMatch(built, hit, built.parts.occTitle[hit.occ]!));
}

/** Below this best score, or when the best match needed a typo fixed, a query is worth a "did you mean". */
const GOOD_MATCH = 0.8;

/** When nothing matches well: a corrected query to offer as "did you mean", or null. */
export function didYouMean(index: LoadedIndex, query: string, opts: { lang: Lang }): string | null {
  const built = loadedTitles(index, opts.lang, 'didYouMean');
  return correct(built, query);
}

/** `didYouMean` on a bare TitleIndex. */
export function correctQuery(titles: TitleIndex, query: string): string | null {
  return correct(asBuilt(titles, 'correctQuery'), query);
}

function correct(index: Built, query: string): string | null {
  const top = search(index, query, 1)[0];
  if (top !== undefined && top.score >= GOOD_MATCH && (top.kinds & FUZZY) === 0) return null;
  const { termIds, termText, postings, grams } = index.parts;
  const typed = words(query.slice(0, 200));
  let changed = false;
  const out = typed.map((word) => {
    if (STOPWORDS.has(word) || termIds.has(titleTerm(word)) || expandAbbreviation(index.lang, word).length > 0) return word;
    const max = maxTypos(word.length);
    if (max === 0) return word;
    let bestId = -1;
    let bestD = max + 1;
    grams.near(titleTerm(word), max, termText, false, (id, d) => {
      const better = d < bestD || (d === bestD && postings[id]!.length > postings[bestId]!.length);
      if (better) [bestId, bestD] = [id, d];
    });
    if (bestId < 0) return word;
    changed = true;
    return surfaceOf(index, bestId);
  });
  return changed ? out.join(' ') : null;
}

/** A term as people write it: the word of an example title it comes from (official titles are plural). */
function surfaceOf(index: Built, term: number): string {
  const { postings, entryText, termText, entryOcc } = index.parts;
  const list = postings[term]!;
  let entry = list[0]! >> 2;
  for (const posting of list) {
    const e = posting >> 2;
    if (e > 0 && entryOcc[e - 1] === entryOcc[e]) {
      entry = e;
      break;
    }
  }
  for (const { word, surface } of writtenWords(entryText[entry]!)) if (titleTerm(word) === termText[term]) return surface;
  return termText[term]!;
}
