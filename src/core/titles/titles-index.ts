/**
 * The prepared title index of one language and the scoring of a query against it
 * (see `titles.ts` for the public API and the query pipeline).
 *
 * A query word becomes a slot of possible term matches (exact, prefix, typo, short
 * form); `score` walks only the postings of those terms, accumulates per title how
 * much of the query it covers (weighted by term rarity) and how much of the title the
 * query covers, then keeps the best titles per occupation. All scratch space is typed
 * arrays allocated once per index: matching is synchronous, one query at a time.
 */
import type { Lang } from '../index-format/index.js';
import { STOPWORDS } from '../text/index.js';
import type { TitleIndex } from '../model/index.js';
import type { GramIndex } from './titles-fuzzy.js';
import { ROLE_CREDIT, growingForms, titleTerm, words } from './titles-text.js';

export interface OccHit {
  occ: number;
  entry: number;
  score: number;
  kinds: number;
}

// How much an occupation gains, toward 1, when several of its titles match nearly as
// well as its best: "boucher" means the occupation full of butcher titles, not the one
// with a single "Aide-boucher". An exact match (1) gains nothing and is never overtaken.
const SUPPORT = 0.35;

// When the typed text, word for word (stopwords and elided "d'", "l'" included), is
// plainly being typed as the beginning of some titles (it stops inside one of their
// words, or on a little word like "de" that needs more), a title it is not the beginning
// of is worth this much of its score: "Chef de la for" is "Chef de la formation", not
// "Chefs". Complete words ("tile setter") do not count: "Tile setter helper" is another job.
const NOT_LITERAL = 0.65;
// Among titles the typed text begins, share of the score that goes to the occupation
// holding most of them ("Coordonnateur/coordonnatrice d..." is most likely an occupation
// with many such titles), each title counting by how likely it is the one being typed.
const LITERAL_SHARE = 0.3;
// Letters a lone word needs before it is read as the beginning of titles.
const LITERAL_WORD = 6;
// How fast a title the typed text begins loses likelihood as more of it is left to type:
// its weight is (typed share of the title) ** this. Someone who has typed "Réparateur/
// réparatrice de pne" is nearer the end of "... de pneus" than of "... de pneus non
// vulcanisés". Checked on the eval with two other seeds than its own, not tuned to titles.
const UNTYPED_DECAY = 3;

export interface BuiltParts {
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
export const EXACT = 1;
export const PREFIX = 2;
export const SYNONYM = 4;
export const FUZZY = 8;

/** How a query word can match: a term id and how good a match it is, in (0, 1]. */
export interface Hit {
  term: number;
  quality: number;
  kind: number;
}

export interface Slot {
  hits: Hit[];
  weight: number;
  /**
   * For a word still being typed whose prefix has too many terms to expand them all:
   * the prefixes to look for in the terms of titles the other words already reached.
   */
  narrow: string[] | null;
}

// Words of more letters tolerate more typos; short ones (acronyms) none.
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}
// How many completions of a typed prefix are walked, most frequent first: a letter or
// two says little, and walking thousands of titles for it would cost the keystroke.
const prefixFanout = (length: number): number => (length <= 1 ? 10 : length === 2 ? 20 : 40);
const TYPO_QUALITY = [1, 0.8, 0.66];
// Words whose matches are kept between queries; past this many, the memo starts over.
const HIT_MEMO_LIMIT = 256;
// Endings the stemmer takes off words ("machine" -> "machin", "tables" -> "tabl").
const STEM_ENDINGS = ['e', 's', 'es', 'x'];

export class Built implements TitleIndex {
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
  // Word order: position of the slot's match in each title, last position matched so
  // far, how many slots matched in increasing position, how many matched, and whether
  // the first query word is the title's first word.
  private readonly slotPos: Uint8Array;
  private readonly accLast: Int8Array;
  private readonly accInOrder: Uint8Array;
  private readonly accCount: Uint8Array;
  private readonly accFirst: Uint8Array;
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
  // Per occupation, best score of a title the typed text literally begins (0: none).
  private readonly occLit: Float32Array;
  private readonly occLitEntry: Int32Array;
  private readonly hitLit: Float32Array;
  private readonly hitLitEntry: Int32Array;
  private readonly hitLitKinds: Uint8Array;
  // Per occupation, how many titles (shorter ones counting more) the typed text begins.
  private readonly occLitMass: Float32Array;
  private readonly hitLitMass: Float32Array;
  // The typed text as folded words joined by spaces ('' when it cannot tell), and whether
  // its last word is a little word that needs more.
  private literal = '';
  private literalOpen = false;
  private literalLittle = false;
  private literalLast = '';
  private literalTerm = '';
  // Folded words of each title joined by spaces, made when a query first needs them.
  private readonly entryWords: Array<string | undefined>;
  private readonly litStamp: Int32Array;
  private readonly litValue: Uint8Array;
  /**
   * Word matches of recent queries, shared by the readings of a query and by the
   * keystrokes that follow it (each one sends the words before the cursor again).
   */
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
    this.slotPos = new Uint8Array(n);
    this.accLast = new Int8Array(n);
    this.accInOrder = new Uint8Array(n);
    this.accCount = new Uint8Array(n);
    this.accFirst = new Uint8Array(n);
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
    this.occLit = new Float32Array(occs);
    this.occLitEntry = new Int32Array(occs);
    this.hitLit = new Float32Array(occs);
    this.hitLitEntry = new Int32Array(occs);
    this.hitLitKinds = new Uint8Array(occs);
    this.occLitMass = new Float32Array(occs);
    this.hitLitMass = new Float32Array(occs);
    this.entryWords = new Array<string | undefined>(n);
    this.litStamp = new Int32Array(n);
    this.litValue = new Uint8Array(n);
  }

  /** True when the typed text, word for word, is the beginning of title `entry`. */
  private isLiteral(entry: number): boolean {
    if (this.litStamp[entry] === this.queryStamp) return this.litValue[entry] === 1;
    let text = this.entryWords[entry];
    if (text === undefined) {
      text = words(this.parts.entryText[entry]!).join(' ');
      this.entryWords[entry] = text;
    }
    const q = this.literal;
    let yes = text.startsWith(q);
    // The whole title; inside a word of the title; or, after a little word, anywhere before its end.
    if (yes && text.length > q.length) {
      if (text.charCodeAt(q.length) === 32) yes = this.literalLittle;
      else if (!this.literalOpen) yes = false;
      else {
        // Stopping inside a word, not at the end of a whole one that may be ending in a
        // plural ("driver" before "drivers"; "servic" is inside "service").
        const end = text.indexOf(' ', q.length);
        const rest = text.slice(q.length, end < 0 ? text.length : end);
        const plural = rest === 's' || rest === 'x' || rest === 'es';
        yes = !plural || titleTerm(this.literalLast + rest) !== this.literalTerm;
      }
    }
    this.litStamp[entry] = this.queryStamp;
    this.litValue[entry] = yes ? 1 : 0;
    return yes;
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
    const fanout = prefixFanout(prefix.length);
    if (end - lo <= fanout) return sorted.subarray(lo, end);
    this.truncated = true;
    const cached = this.prefixCache.get(prefix);
    if (cached !== undefined) return cached;
    const ids = Array.from(sorted.subarray(lo, end));
    ids.sort((a, b) => postings[b]!.length - postings[a]!.length || a - b);
    const top = Int32Array.from(ids.slice(0, fanout));
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
    if (max === 0) {
      // A three-letter word known to no title may be a four-letter one missing a letter
      // ("tre service", "nursing services aie"); a last resort, as weak as a prefix typo.
      if (word.length === 3 && !/\d/.test(word)) {
        grams.near(word, 1, termText, false, (id, d) => {
          if (d === 1 && termText[id]!.length === 4) hits.push({ term: id, quality: 0.6, kind: FUZZY });
        });
      }
      return hits;
    }
    const best = new Map<number, number>();
    const keep = (id: number, quality: number): void => {
      if (quality > (best.get(id) ?? 0)) best.set(id, quality);
    };
    const typo = (id: number, d: number): void => keep(id, TYPO_QUALITY[d]!);
    grams.near(term, max, termText, false, typo);
    if (best.size === 0 && term !== word) grams.near(word, max, termText, false, typo);
    // A stem given an ending back ("dies" for "dres") is a shade less likely than a word as it is ("dress").
    let closest = 0;
    for (const q of best.values()) if (q > closest) closest = q;
    if (closest < TYPO_QUALITY[1]!) grams.nearStem(word, max, termText, STEM_ENDINGS, (id, d) => keep(id, TYPO_QUALITY[d]! * 0.98));
    if (best.size === 0 && open) grams.near(word, 1, termText, true, (id) => keep(id, 0.6));
    // A five-letter word may hold two slips ("mkear"); read so only when nothing nearer is
    // known. Not four letters: two edits turn "java" into "data".
    if (best.size === 0 && max === 1 && word.length >= 5) grams.near(term, 2, termText, false, (id) => keep(id, 0.6));
    for (const [id, quality] of best) hits.push({ term: id, quality, kind: FUZZY });
    return hits;
  }

  /** The query's words, as slots of possible term matches; `synonym` marks expanded short forms. */
  slots(words: string[], open: boolean, expanded: boolean[]): Slot[] {
    const { idf, termIds } = this.parts;
    const out: Slot[] = [];
    const seen = new Set<number>();
    const typedTerms = words.map((word) => termIds.get(titleTerm(word)));
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
      // "Soudeur/soudeuse": two written forms of one word count once, also when both are
      // mistyped ("Superviseurf/superviseury") and so known only by their closest term.
      if (exact !== undefined && seen.has(exact)) continue;
      if (exact !== undefined) seen.add(exact);
      // An unknown word weighs like a typical one; a word known only through a typo
      // weighs no more than that, so a rare look-alike cannot outweigh the words typed right.
      let weight = this.typicalIdf;
      if (exact !== undefined) weight = idf[exact]!;
      else if (hits.length > 0) {
        let top = hits[0]!;
        for (const hit of hits) if (hit.quality > top.quality) top = hit;
        if (top.kind === FUZZY && !hits.some((hit) => hit !== top && hit.quality === top.quality)) {
          // Only a typo with one closest term is read as that term written again.
          if (seen.has(top.term) || typedTerms.includes(top.term)) continue;
          seen.add(top.term);
        }
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
      let at = 0;
      const first = entry === 0 ? 0 : entryTermEnd[entry - 1]!;
      for (let i = first; i < entryTermEnd[entry]!; i++) {
        const posting = entryTerms[i]!;
        const term = posting >> 2;
        const text = termText[term]!;
        for (const prefix of prefixes) {
          if (!text.startsWith(prefix)) continue;
          const quality = 0.7 + 0.25 * Math.min(1, prefix.length / text.length);
          if (quality > best) [best, cover, at] = [quality, idf[term]! * ROLE_CREDIT[posting & 3]!, Math.min(15, i - first)];
        }
      }
      if (best === 0) continue;
      slotStamp[entry] = stamp;
      slotBest[entry] = best;
      slotCover[entry] = cover;
      slotKind[entry] = PREFIX;
      this.slotPos[entry] = at;
      reached.push(entry);
    }
  }

  /**
   * Words in the title's order, from its first word on, as someone typing it would: a
   * nudge that separates titles sharing the same words, never more than 3%.
   */
  private order(entry: number): number {
    return 0.97 + 0.02 * (this.accInOrder[entry]! / Math.max(1, this.accCount[entry]!)) + 0.01 * this.accFirst[entry]!;
  }

  /** Scores the titles reached by `slots` and keeps the best per occupation (see `results`). */
  score(slots: Slot[], penalty: number): void {
    const { postings, idf, entryWeight, entryOcc } = this.parts;
    const { slotBest, slotCover, slotKind, slotStamp, acc, accCover, accKind, accStamp } = this;
    const { slotPos, accLast, accInOrder, accCount, accFirst } = this;
    const queryStamp = ++this.stamp;
    const touched: number[] = [];
    let totalWeight = 0;
    // Weight of the words that match some term: an unknown word ("java dev") lowers every
    // title alike and says nothing about which one is meant.
    let knownWeight = 0;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s]!;
      totalWeight += slot.weight;
      if (slot.hits.length > 0 || slot.narrow !== null) knownWeight += slot.weight;
      const stamp = ++this.stamp;
      const reached: number[] = [];
      for (const hit of slot.hits) {
        const list = postings[hit.term]!;
        const rarity = idf[hit.term]!;
        for (let k = 0; k < list.length; k++) {
          const posting = list[k]!;
          const entry = posting >> 6;
          const role = posting & 3;
          const cover = rarity * ROLE_CREDIT[role]!;
          if (slotStamp[entry] !== stamp) {
            slotStamp[entry] = stamp;
            slotBest[entry] = hit.quality;
            slotCover[entry] = cover;
            slotKind[entry] = hit.kind;
            slotPos[entry] = (posting >> 2) & 15;
            reached.push(entry);
          } else if (hit.quality > slotBest[entry]! || (hit.quality === slotBest[entry] && cover > slotCover[entry]!)) {
            slotBest[entry] = hit.quality;
            slotCover[entry] = cover;
            slotKind[entry] = hit.kind;
            slotPos[entry] = (posting >> 2) & 15;
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
          accLast[entry] = -1;
          accInOrder[entry] = 0;
          accCount[entry] = 0;
          accFirst[entry] = s === 0 && slotPos[entry] === 0 ? 1 : 0;
          touched.push(entry);
        }
        const pos = slotPos[entry]!;
        if (pos > accLast[entry]!) accInOrder[entry] = accInOrder[entry]! + 1;
        accLast[entry] = pos;
        accCount[entry] = accCount[entry]! + 1;
        acc[entry] = acc[entry]! + slotBest[entry]! * slot.weight;
        accCover[entry] = accCover[entry]! + slotCover[entry]!;
        accKind[entry] = accKind[entry]! | slotKind[entry]!;
      }
    }
    if (totalWeight <= 0) return;
    // The best three titles of each occupation reached by this reading.
    const { occStamp, occBest, occSecond, occThird, occEntry, occLit, occLitEntry } = this;
    const hasLiteral = this.literal !== '';
    const readingStamp = ++this.stamp;
    const occs: number[] = [];
    for (const entry of touched) {
      const queryCover = acc[entry]! / totalWeight;
      const weight = entryWeight[entry]!;
      const titleCover = weight > 0 ? Math.min(1, accCover[entry]! / weight) : 1;
      const order = this.order(entry);
      const score = Math.min(1, queryCover * (0.55 + 0.45 * titleCover)) * order * penalty;
      const occ = entryOcc[entry]!;
      const literal = hasLiteral && this.isLiteral(entry);
      if (occStamp[occ] !== readingStamp) {
        occStamp[occ] = readingStamp;
        occBest[occ] = score;
        occSecond[occ] = 0;
        occThird[occ] = 0;
        occEntry[occ] = entry;
        occLit[occ] = 0;
        this.occLitMass[occ] = 0;
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
      if (literal) {
        // A longer title has more places to stop typing in, so any one of them is less
        // likely its own; and the more of it is left to type, the less likely it is.
        const length = this.entryWords[entry]!.length;
        const typed = Math.min(1, this.literal.length / length);
        this.occLitMass[occ] = this.occLitMass[occ]! + typed ** UNTYPED_DECAY / length;
        if (score > occLit[occ]!) {
          occLit[occ] = score;
          occLitEntry[occ] = entry;
        }
      }
    }
    const { hitStamp, hitScore, hitEntry, hitKinds, hitOccs, hitLit, hitLitEntry } = this;
    // Support lifts a title toward what the query's known words allow it (a whole title
    // typed as is), never past it: with a typo, an occupation of many longer titles must
    // not overtake the title typed in full ("Réparateu/réparatrice d'outils").
    const perKnown = 1 / Math.max(knownWeight, 1e-9);
    for (const occ of occs) {
      const top = occBest[occ]!;
      const lift = top > 0 ? (SUPPORT * (occSecond[occ]! + occThird[occ]!)) / (2 * top) : 0;
      const reach = Math.min(1, acc[occEntry[occ]!]! * perKnown) * penalty;
      const score = top + Math.max(0, reach - top) * lift;
      const litTop = occLit[occ]!;
      const litReach = Math.min(1, acc[occLitEntry[occ]!]! * perKnown) * penalty;
      const lit = litTop > 0 ? litTop + Math.max(0, litReach - litTop) * lift : 0;
      if (hitStamp[occ] !== this.queryStamp) {
        hitStamp[occ] = this.queryStamp;
        hitOccs.push(occ);
        hitScore[occ] = 0;
        hitLit[occ] = 0;
        this.hitLitMass[occ] = 0;
      }
      if (this.occLitMass[occ]! > this.hitLitMass[occ]!) this.hitLitMass[occ] = this.occLitMass[occ]!;
      if (lit > hitLit[occ]!) {
        hitLit[occ] = lit;
        hitLitEntry[occ] = occLitEntry[occ]!;
        this.hitLitKinds[occ] = accKind[occLitEntry[occ]!]!;
      }
      if (score <= hitScore[occ]!) continue;
      hitScore[occ] = score;
      hitEntry[occ] = occEntry[occ]!;
      hitKinds[occ] = accKind[occEntry[occ]!]!;
    }
  }

  /**
   * Starts a query: the occupations reached by its readings are gathered from here on.
   * `typed` is the text's folded words, stopwords included, and `open` whether the last
   * one may still be growing: titles they are plainly the beginning of are preferred.
   */
  beginQuery(typed: string[] = [], open = false): void {
    this.queryStamp = ++this.stamp;
    this.hitOccs.length = 0;
    if (this.hitMemo.size > HIT_MEMO_LIMIT) this.hitMemo.clear();
    // One short word says too little: "ot" is occupational therapy more than "Otologist";
    // a longer one that is no word of any title is plainly the beginning of some
    // ("compensatio"), but a whole word ("jockey", "coordinator") names no title in particular.
    const lone = typed.length === 1 && typed[0]!.length >= LITERAL_WORD && !this.parts.termIds.has(titleTerm(typed[0]!));
    this.literal = typed.length >= 2 || lone ? typed.join(' ') : '';
    this.literalLast = typed[typed.length - 1] ?? '';
    this.literalTerm = titleTerm(this.literalLast);
    this.literalOpen = open;
    this.literalLittle = typed.length > 0 && STOPWORDS.has(typed[typed.length - 1]!);
  }

  /** The best `limit` occupations reached since `beginQuery`. */
  results(limit: number): OccHit[] {
    const { hitScore, hitEntry, hitKinds, hitOccs, hitLit, hitLitEntry } = this;
    const codes = this.parts.occCodes;
    let mostMass = 0;
    for (const occ of hitOccs) if (hitLit[occ]! > 0 && this.hitLitMass[occ]! > mostMass) mostMass = this.hitLitMass[occ]!;
    return hitOccs
      .map((occ) => {
        const other = mostMass > 0 ? hitScore[occ]! * NOT_LITERAL : hitScore[occ]!;
        const lit = hitLit[occ]! * (1 - LITERAL_SHARE + (LITERAL_SHARE * this.hitLitMass[occ]!) / (mostMass || 1));
        if (hitLit[occ]! > 0 && lit >= other) {
          const entry = hitLitEntry[occ]!;
          return { occ, entry, score: lit, kinds: this.hitLitKinds[occ]! };
        }
        return { occ, entry: hitEntry[occ]!, score: other, kinds: hitKinds[occ]! };
      })
      .sort((a, b) => b.score - a.score || (codes[a.occ]! < codes[b.occ]! ? -1 : 1))
      .slice(0, limit);
  }
}
