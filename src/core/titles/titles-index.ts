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
import type { TitleIndex } from '../model/index.js';
import { EXACT, FUZZY, PREFIX, SYNONYM, type BuiltParts, type Hit, type Slot } from './titles-shapes.js';
import { ROLE_CREDIT, growingForms, titleTerm } from './titles-text.js';
import { QueryBest, ReadingBest, SlotMatches, TitleTotals, TypedText } from './titles-scratch.js';

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
// How fast a title the typed text begins loses likelihood as more of it is left to type:
// its weight is (typed share of the title) ** this. Someone who has typed "Réparateur/
// réparatrice de pne" is nearer the end of "... de pneus" than of "... de pneus non
// vulcanisés". Checked on the eval with two other seeds than its own, not tuned to titles.
const UNTYPED_DECAY = 3;

/** What one reading's words matched: the titles reached, and the weight of its words. */
interface ReadingMatch {
  touched: number[];
  totalWeight: number;
  /** Weight of the words that match some term. */
  knownWeight: number;
  titleStamp: number;
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
  // Scratch space reused by every query, phase by phase (see titles-scratch.ts).
  private readonly slot: SlotMatches;
  private readonly title: TitleTotals;
  private readonly reading: ReadingBest;
  private readonly query: QueryBest;
  private readonly typed: TypedText;
  private stamp = 0;
  private queryStamp = 0;
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
    this.slot = new SlotMatches(n);
    this.title = new TitleTotals(n);
    const occs = parts.occCodes.length;
    this.reading = new ReadingBest(occs);
    this.query = new QueryBest(occs);
    this.typed = new TypedText(parts.entryText);
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
    const slot = this.slot;
    for (const entry of touched) {
      if (slot.stamp[entry] === stamp) continue;
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
      slot.stamp[entry] = stamp;
      slot.best[entry] = best;
      slot.cover[entry] = cover;
      slot.kind[entry] = PREFIX;
      slot.pos[entry] = at;
      reached.push(entry);
    }
  }

  /**
   * Scores the titles reached by `slots` (one reading of the query) and keeps the best per
   * occupation (see `results`), in three phases: the words' matches added up per title,
   * the best titles per occupation, then those merged into the query's best.
   */
  score(slots: Slot[], penalty: number): void {
    const reading = this.matchSlots(slots);
    if (reading.totalWeight <= 0) return;
    const occs = this.bestPerOccupation(reading, penalty);
    this.mergeReading(occs, reading.knownWeight, penalty);
  }

  /** Phase 1: every slot's matches, added up per title (`this.title`). */
  private matchSlots(slots: Slot[]): ReadingMatch {
    const titleStamp = ++this.stamp;
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
      const reached = this.reachTitles(slot.hits, stamp);
      if (slot.narrow !== null) this.narrowDown(slot.narrow, touched, stamp, reached);
      this.addSlot(reached, s, slot.weight, titleStamp, touched);
    }
    return { touched, totalWeight, knownWeight, titleStamp };
  }

  /** The titles one word's `hits` reach, each with its best match in `this.slot`. */
  private reachTitles(hits: readonly Hit[], stamp: number): number[] {
    const { postings, idf } = this.parts;
    const { stamp: slotStamp, best, cover: slotCover, kind, pos } = this.slot;
    const reached: number[] = [];
    for (const hit of hits) {
      const list = postings[hit.term]!;
      const rarity = idf[hit.term]!;
      for (let k = 0; k < list.length; k++) {
        const posting = list[k]!;
        const entry = posting >> 6;
        const role = posting & 3;
        const cover = rarity * ROLE_CREDIT[role]!;
        if (slotStamp[entry] !== stamp) {
          slotStamp[entry] = stamp;
          best[entry] = hit.quality;
          slotCover[entry] = cover;
          kind[entry] = hit.kind;
          pos[entry] = (posting >> 2) & 15;
          reached.push(entry);
        } else if (hit.quality > best[entry]! || (hit.quality === best[entry] && cover > slotCover[entry]!)) {
          best[entry] = hit.quality;
          slotCover[entry] = cover;
          kind[entry] = hit.kind;
          pos[entry] = (posting >> 2) & 15;
        }
      }
    }
    return reached;
  }

  /** Adds slot `s`'s matches of the `reached` titles to their totals; first reached titles join `touched`. */
  private addSlot(reached: readonly number[], s: number, weight: number, titleStamp: number, touched: number[]): void {
    const { best: slotBest, cover: slotCover, kind: slotKind, pos: slotPos } = this.slot;
    const { stamp, score, cover, kind, last, inOrder, count, first } = this.title;
    for (const entry of reached) {
      if (stamp[entry] !== titleStamp) {
        stamp[entry] = titleStamp;
        score[entry] = 0;
        cover[entry] = 0;
        kind[entry] = 0;
        last[entry] = -1;
        inOrder[entry] = 0;
        count[entry] = 0;
        first[entry] = s === 0 && slotPos[entry] === 0 ? 1 : 0;
        touched.push(entry);
      }
      const pos = slotPos[entry]!;
      if (pos > last[entry]!) inOrder[entry] = inOrder[entry]! + 1;
      last[entry] = pos;
      count[entry] = count[entry]! + 1;
      score[entry] = score[entry]! + slotBest[entry]! * weight;
      cover[entry] = cover[entry]! + slotCover[entry]!;
      kind[entry] = kind[entry]! | slotKind[entry]!;
    }
  }

  /** Phase 2: the best three titles of each occupation this reading reached (`this.reading`); returns those occupations. */
  private bestPerOccupation({ touched, totalWeight }: ReadingMatch, penalty: number): number[] {
    const { entryWeight, entryOcc } = this.parts;
    const { stamp, best, second, third, entry: bestEntry, lit, litMass } = this.reading;
    const { score: titleScore, cover: titleCover, inOrder, count, first } = this.title;
    const typed = this.typed;
    const hasLiteral = typed.text !== '';
    const queryStamp = this.queryStamp;
    const readingStamp = ++this.stamp;
    const occs: number[] = [];
    for (const entry of touched) {
      // How much of the query the title covers, how much of the title the query covers, word order.
      const weight = entryWeight[entry]!;
      const queryCover = titleScore[entry]! / totalWeight;
      const cover = weight > 0 ? Math.min(1, titleCover[entry]! / weight) : 1;
      // Words in the title's order, from its first word on, as someone typing it would: a
      // nudge that separates titles sharing the same words, never more than 3%.
      const order = 0.97 + 0.02 * (inOrder[entry]! / Math.max(1, count[entry]!)) + 0.01 * first[entry]!;
      const score = Math.min(1, queryCover * (0.55 + 0.45 * cover)) * order * penalty;
      const occ = entryOcc[entry]!;
      const literal = hasLiteral && typed.begins(entry, queryStamp);
      if (stamp[occ] !== readingStamp) {
        stamp[occ] = readingStamp;
        best[occ] = score;
        second[occ] = 0;
        third[occ] = 0;
        bestEntry[occ] = entry;
        lit[occ] = 0;
        litMass[occ] = 0;
        occs.push(occ);
      } else if (score > best[occ]! || (score === best[occ] && weight < entryWeight[bestEntry[occ]!]!)) {
        third[occ] = second[occ]!;
        second[occ] = best[occ]!;
        best[occ] = score;
        bestEntry[occ] = entry;
      } else if (score > second[occ]!) {
        third[occ] = second[occ]!;
        second[occ] = score;
      } else if (score > third[occ]!) third[occ] = score;
      if (literal) this.addLiteral(occ, entry, score);
    }
    return occs;
  }

  /** Counts title `entry`, which the typed text begins, for occupation `occ`. */
  private addLiteral(occ: number, entry: number, score: number): void {
    const reading = this.reading;
    // A longer title has more places to stop typing in, so any one of them is less
    // likely its own; and the more of it is left to type, the less likely it is.
    const length = this.typed.entryWords[entry]!.length;
    const typed = Math.min(1, this.typed.text.length / length);
    reading.litMass[occ] = reading.litMass[occ]! + typed ** UNTYPED_DECAY / length;
    if (score > reading.lit[occ]!) {
      reading.lit[occ] = score;
      reading.litEntry[occ] = entry;
    }
  }

  /**
   * Phase 3: the reading's occupations into the query's best (`this.query`). Support lifts
   * a title toward what the query's known words allow it (a whole title typed as is),
   * never past it: with a typo, an occupation of many longer titles must not overtake the
   * title typed in full ("Réparateu/réparatrice d'outils").
   */
  private mergeReading(occs: readonly number[], knownWeight: number, penalty: number): void {
    const { best, second, third, entry: bestEntry, lit: readingLit, litEntry, litMass } = this.reading;
    const query = this.query;
    const { score: titleScore, kind } = this.title;
    const perKnown = 1 / Math.max(knownWeight, 1e-9);
    for (const occ of occs) {
      const top = best[occ]!;
      const lift = top > 0 ? (SUPPORT * (second[occ]! + third[occ]!)) / (2 * top) : 0;
      const reach = Math.min(1, titleScore[bestEntry[occ]!]! * perKnown) * penalty;
      const score = top + Math.max(0, reach - top) * lift;
      const litTop = readingLit[occ]!;
      const litReach = Math.min(1, titleScore[litEntry[occ]!]! * perKnown) * penalty;
      const lit = litTop > 0 ? litTop + Math.max(0, litReach - litTop) * lift : 0;
      if (query.stamp[occ] !== this.queryStamp) {
        query.stamp[occ] = this.queryStamp;
        query.occs.push(occ);
        query.score[occ] = 0;
        query.lit[occ] = 0;
        query.litMass[occ] = 0;
      }
      if (litMass[occ]! > query.litMass[occ]!) query.litMass[occ] = litMass[occ]!;
      if (lit > query.lit[occ]!) {
        query.lit[occ] = lit;
        query.litEntry[occ] = litEntry[occ]!;
        query.litKinds[occ] = kind[litEntry[occ]!]!;
      }
      if (score <= query.score[occ]!) continue;
      query.score[occ] = score;
      query.entry[occ] = bestEntry[occ]!;
      query.kinds[occ] = kind[bestEntry[occ]!]!;
    }
  }

  /**
   * Starts a query: the occupations reached by its readings are gathered from here on.
   * `typed` is the text's folded words, stopwords included, and `open` whether the last
   * one may still be growing: titles they are plainly the beginning of are preferred.
   */
  beginQuery(typed: string[] = [], open = false): void {
    this.queryStamp = ++this.stamp;
    this.query.occs.length = 0;
    if (this.hitMemo.size > HIT_MEMO_LIMIT) this.hitMemo.clear();
    this.typed.begin(typed, open, (term) => this.parts.termIds.has(term));
  }

  /** The best `limit` occupations reached since `beginQuery`. */
  results(limit: number): OccHit[] {
    const { score, entry, kinds, occs, lit, litEntry, litKinds, litMass } = this.query;
    const codes = this.parts.occCodes;
    let mostMass = 0;
    for (const occ of occs) if (lit[occ]! > 0 && litMass[occ]! > mostMass) mostMass = litMass[occ]!;
    return occs
      .map((occ) => {
        const other = mostMass > 0 ? score[occ]! * NOT_LITERAL : score[occ]!;
        const literal = lit[occ]! * (1 - LITERAL_SHARE + (LITERAL_SHARE * litMass[occ]!) / (mostMass || 1));
        if (lit[occ]! > 0 && literal >= other) return { occ, entry: litEntry[occ]!, score: literal, kinds: litKinds[occ]! };
        return { occ, entry: entry[occ]!, score: other, kinds: kinds[occ]! };
      })
      .sort((a, b) => b.score - a.score || (codes[a.occ]! < codes[b.occ]! ? -1 : 1))
      .slice(0, limit);
  }
}
