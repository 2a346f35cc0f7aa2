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
import type { Lang } from '../index-format/index.js';
import { localize } from '../index-format/index.js';
import type { LoadedIndex, MatchKind, TitleIndex, TitleMatch } from '../model/index.js';
import { expandAbbreviation } from './abbreviations.js';
import { GramIndex } from './titles-fuzzy.js';
import type { OccHit } from './titles-index.js';
import { Built, maxTypos } from './titles-index.js';
import { FUZZY, PREFIX, SYNONYM } from './titles-shapes.js';
import type { Role } from './titles-text.js';
import { MAX_QUERY_CHARS, ROLE_WEIGHT, queryWords, titleTerm, titleTerms, words, writtenWords } from './titles-text.js';
import { STOPWORDS } from '../text/index.js';
import { runInSlices, runSteps, stepDone, type Slicer, type Steps } from '../schedule/index.js';

const DEFAULT_LIMIT = 10;
/** Items (terms, entries) per build step. */
const ITEMS_PER_STEP = 2048;

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
        // Posting: title, position of the term in it (for word order, capped), role.
        this.postings[id]!.push(entry * 64 + Math.min(i / 2, 15) * 4 + role);
        this.entryTerms.push(id * 4 + role);
      }
      this.entryEnd.push(this.entryTerms.length);
    }
  }

  /** Finishes the index in one go (Node, tests). In a page, `buildInSlices` keeps tasks short. */
  build(): TitleIndex {
    return runSteps(this.steps());
  }

  /** Finishes the index like `build()`, giving the event loop a turn when `slicer` says so. */
  async buildInSlices(slicer: Slicer): Promise<TitleIndex> {
    return runInSlices(this.steps(), slicer);
  }

  /** The build, as steps of a few thousand items each (the generator yields between them). */
  private *steps(): Steps<TitleIndex> {
    this.built = true;
    const terms = this.termText.length;
    const entries = this.entryOcc.length;
    const idf = new Float32Array(terms);
    for (let t = 0; t < terms; t++) {
      idf[t] = Math.log(1 + entries / this.postings[t]!.length);
      if (stepDone(t + 1, ITEMS_PER_STEP)) yield;
    }
    const entryWeight = new Float32Array(entries);
    const flat = this.entryTerms;
    for (let e = 0, i = 0; e < entries; e++) {
      let sum = 0;
      for (const end = this.entryEnd[e]!; i < end; i++) sum += idf[flat[i]! >> 2]! * ROLE_WEIGHT[flat[i]! & 3]!;
      entryWeight[e] = sum;
      if (stepDone(e + 1, ITEMS_PER_STEP)) yield;
    }
    yield;
    const text = this.termText;
    // The default sort compares UTF-16 code units, like `<`, and is much faster than a comparator.
    const sortedText = text.slice().sort();
    yield;
    const sorted = new Int32Array(sortedText.length);
    for (let i = 0; i < sortedText.length; i++) {
      sorted[i] = this.termIds.get(sortedText[i]!)!;
      if (stepDone(i + 1, ITEMS_PER_STEP)) yield;
    }
    yield;
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
  const options = typed.map((word) => expandAbbreviation(lang, word).map((long) => words(long).filter((w) => !STOPWORDS.has(w))));
  if (!options.some((o) => o.length > 0)) return out;
  const build = (choice: number[]): { words: string[]; expanded: boolean[] } => {
    const ws: string[] = [];
    const ex: boolean[] = [];
    typed.forEach((word, i) => {
      const long = options[i]![choice[i]!];
      if (long === undefined) {
        ws.push(word);
        ex.push(false);
      } else {
        for (const w of long) {
          ws.push(w);
          ex.push(true);
        }
      }
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

function search(index: Built, query: string, limit: number): OccHit[] {
  if (typeof query !== 'string') throw new TypeError('matchTitles: the query must be text');
  const { words: typed, open, all: literal } = queryWords(query, index.lang);
  if (typed.length === 0 || limit <= 0) return [];
  index.beginQuery(literal, /[\p{L}\p{N}]$/u.test(query));
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

/** `lang` as given, else the one language whose titles are loaded, else English. */
function titlesLang(index: Pick<LoadedIndex, 'titles'>, lang: Lang | undefined): Lang {
  return lang ?? (index.titles.fr && !index.titles.en ? 'fr' : 'en');
}

function loadedTitles(index: Pick<LoadedIndex, 'titles'>, lang: Lang, caller: string): Built {
  const titles = index.titles[lang];
  if (titles === undefined) throw new Error(`${caller}: the ${lang} job titles are not loaded yet`);
  return asBuilt(titles, caller);
}

/**
 * The occupations whose job titles (official or example) match `query` as a person types it
 * (word prefixes, short forms spelled out, typos fixed), at most `opts.limit` (default 10).
 *
 * Sync, best first, each occupation at most once; `title` is the occupation's official title
 * from `index.manifest.occupations` in `lang`. Without `lang`: the language of the loaded
 * titles, English when both are loaded.
 */
export function matchTitles(index: Pick<LoadedIndex, 'titles' | 'occupations'>, query: string, opts: { lang?: Lang; limit?: number } = {}): TitleMatch[] {
  const lang = titlesLang(index, opts.lang);
  const built = loadedTitles(index, lang, 'matchTitles');
  return search(built, query, opts.limit ?? DEFAULT_LIMIT).map((hit) => {
    const occupation = index.occupations.get(built.parts.occCodes[hit.occ]!);
    const title = occupation === undefined ? built.parts.occTitle[hit.occ]! : localize(occupation.title, lang);
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
/**
 * Least score of a title worth offering as "did you mean": it covers nearly all of what
 * was typed. Below it the closest title is another job ("truck driver" -> "Truck
 * mechanic"), and saying that nothing fits is the honest answer.
 */
const SUGGEST_MATCH = 0.7;

/**
 * Least score of a best match that names what was typed. Below it the closest titles are
 * other jobs ("truck driver" -> "Truck mechanic" in a catalogue without drivers): the
 * title is likely not covered, and the person should be told so.
 */
const CLOSE_MATCH = 0.65;

/** True when `best` (the first match) names what was typed closely enough to trust. */
export function isCloseMatch(best: TitleMatch | undefined): boolean {
  return best !== undefined && best.score >= CLOSE_MATCH;
}

/**
 * When nothing matches well: a job title of the index, as the index writes it, that the
 * query names once its typos are fixed; null when the query needs no fixing or names no
 * title closely enough. Never a phrase made up word by word ("live cook").
 */
export function didYouMean(index: Pick<LoadedIndex, 'titles'>, query: string, opts: { lang?: Lang } = {}): string | null {
  const built = loadedTitles(index, titlesLang(index, opts.lang), 'didYouMean');
  return correct(built, query);
}

/** `didYouMean` on a bare TitleIndex. */
export function correctQuery(titles: TitleIndex, query: string): string | null {
  return correct(asBuilt(titles, 'correctQuery'), query);
}

function correct(index: Built, query: string): string | null {
  const top = search(index, query, 1)[0];
  if (top !== undefined && top.score >= GOOD_MATCH && (top.kinds & FUZZY) === 0) return null;
  // The title the search found with typos allowed (the one the list shows first), else
  // the best title for the query with its words fixed.
  let best = top !== undefined && (top.kinds & FUZZY) !== 0 && top.score >= SUGGEST_MATCH ? top : undefined;
  if (best === undefined) {
    const fixed = fixWords(index, query);
    best = fixed === null ? undefined : search(index, fixed, 1)[0];
  }
  if (best === undefined || best.score < SUGGEST_MATCH) return null;
  return index.parts.entryText[best.entry]!;
}

/** The query with each word no title holds replaced by the nearest title word; null when none was. */
function fixWords(index: Built, query: string): string | null {
  const { termIds, termText, postings, grams } = index.parts;
  const typed = words(query.slice(0, MAX_QUERY_CHARS));
  // A word still being typed that starts some title word is not a typo ("electri").
  const growing = /[\p{L}\p{N}]$/u.test(query) ? typed.length - 1 : -1;
  let changed = false;
  const out = typed.map((word, i) => {
    if (STOPWORDS.has(word) || termIds.has(titleTerm(word)) || expandAbbreviation(index.lang, word).length > 0) return word;
    if (i === growing && index.prefixTerms(word).length > 0) return word;
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
  let entry = list[0]! >> 6;
  for (const posting of list) {
    const e = posting >> 6;
    if (e > 0 && entryOcc[e - 1] === entryOcc[e]) {
      entry = e;
      break;
    }
  }
  for (const { word, surface } of writtenWords(entryText[entry]!)) if (titleTerm(word) === termText[term]) return surface;
  return termText[term]!;
}
