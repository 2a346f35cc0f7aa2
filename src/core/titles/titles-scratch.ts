/**
 * The scratch space of title scoring, in named structures: typed arrays allocated once per
 * index and reused by every query (matching is synchronous, one query at a time). A value
 * is current for a title or an occupation only while its stamp equals the stamp of the
 * slot, reading or query being scored, so nothing is cleared between queries.
 */
import { STOPWORDS } from '../text/index.js';
import { titleTerm, words } from './titles-text.js';

// Letters a lone word needs before it is read as the beginning of titles.
const LITERAL_WORD = 6;

/** Per title, its best match for the query word being scored (one slot). */
export class SlotMatches {
  readonly stamp: Int32Array;
  /** Quality of the match, in (0, 1]. */
  readonly best: Float32Array;
  /** How much of the title the matched term covers (its rarity times its role's credit). */
  readonly cover: Float32Array;
  /** How the word matched (EXACT, PREFIX, SYNONYM, FUZZY). */
  readonly kind: Uint8Array;
  /** Position of the matched term in the title (capped at 15). */
  readonly pos: Uint8Array;

  constructor(titles: number) {
    this.stamp = new Int32Array(titles);
    this.best = new Float32Array(titles);
    this.cover = new Float32Array(titles);
    this.kind = new Uint8Array(titles);
    this.pos = new Uint8Array(titles);
  }
}

/** Per title, what the words of one reading of the query matched, added up. */
export class TitleTotals {
  readonly stamp: Int32Array;
  /** Sum of match quality times word weight. */
  readonly score: Float32Array;
  readonly cover: Float32Array;
  /** Every way a word matched, ORed. */
  readonly kind: Uint8Array;
  // Word order: last position matched so far, how many slots matched in increasing
  // position, how many matched, and whether the first query word is the title's first word.
  readonly last: Int8Array;
  readonly inOrder: Uint8Array;
  readonly count: Uint8Array;
  readonly first: Uint8Array;

  constructor(titles: number) {
    this.stamp = new Int32Array(titles);
    this.score = new Float32Array(titles);
    this.cover = new Float32Array(titles);
    this.kind = new Uint8Array(titles);
    this.last = new Int8Array(titles);
    this.inOrder = new Uint8Array(titles);
    this.count = new Uint8Array(titles);
    this.first = new Uint8Array(titles);
  }
}

/**
 * Per occupation, for one reading of the query: its best three titles, and the best title
 * the typed text literally begins (0: none) with how many such titles it holds.
 */
export class ReadingBest {
  readonly stamp: Int32Array;
  readonly best: Float32Array;
  readonly second: Float32Array;
  readonly third: Float32Array;
  /** The title scoring `best`. */
  readonly entry: Int32Array;
  readonly lit: Float32Array;
  readonly litEntry: Int32Array;
  /** Titles the typed text begins, shorter ones counting more. */
  readonly litMass: Float32Array;

  constructor(occupations: number) {
    this.stamp = new Int32Array(occupations);
    this.best = new Float32Array(occupations);
    this.second = new Float32Array(occupations);
    this.third = new Float32Array(occupations);
    this.entry = new Int32Array(occupations);
    this.lit = new Float32Array(occupations);
    this.litEntry = new Int32Array(occupations);
    this.litMass = new Float32Array(occupations);
  }
}

/** Per occupation, the best over the readings of the query; `occs` lists those reached. */
export class QueryBest {
  readonly stamp: Int32Array;
  readonly score: Float32Array;
  readonly entry: Int32Array;
  readonly kinds: Uint8Array;
  readonly lit: Float32Array;
  readonly litEntry: Int32Array;
  readonly litKinds: Uint8Array;
  readonly litMass: Float32Array;
  readonly occs: number[] = [];

  constructor(occupations: number) {
    this.stamp = new Int32Array(occupations);
    this.score = new Float32Array(occupations);
    this.entry = new Int32Array(occupations);
    this.kinds = new Uint8Array(occupations);
    this.lit = new Float32Array(occupations);
    this.litEntry = new Int32Array(occupations);
    this.litKinds = new Uint8Array(occupations);
    this.litMass = new Float32Array(occupations);
  }
}

/**
 * The typed text as folded words joined by spaces ('' when it cannot tell), and which
 * titles it is plainly the beginning of.
 */
export class TypedText {
  text = '';
  /** The last word may still be growing. */
  private open = false;
  /** The last word is a little word ("de") that needs more. */
  private little = false;
  private last = '';
  private lastTerm = '';
  // Folded words of each title joined by spaces, made when a query first needs them.
  readonly entryWords: Array<string | undefined>;
  private readonly stamp: Int32Array;
  private readonly value: Uint8Array;

  constructor(private readonly entryText: readonly string[]) {
    this.entryWords = new Array<string | undefined>(entryText.length);
    this.stamp = new Int32Array(entryText.length);
    this.value = new Uint8Array(entryText.length);
  }

  /**
   * `typed` is the text's folded words, stopwords included; `known` tells whether a term
   * is a word of some title.
   */
  begin(typed: string[], open: boolean, known: (term: string) => boolean): void {
    // One short word says too little: "ot" is occupational therapy more than "Otologist";
    // a longer one that is no word of any title is plainly the beginning of some
    // ("compensatio"), but a whole word ("jockey", "coordinator") names no title in particular.
    const lone = typed.length === 1 && typed[0]!.length >= LITERAL_WORD && !known(titleTerm(typed[0]!));
    this.text = typed.length >= 2 || lone ? typed.join(' ') : '';
    this.last = typed[typed.length - 1] ?? '';
    this.lastTerm = titleTerm(this.last);
    this.open = open;
    this.little = typed.length > 0 && STOPWORDS.has(typed[typed.length - 1]!);
  }

  /** True when the typed text, word for word, is the beginning of title `entry` (memo per `queryStamp`). */
  begins(entry: number, queryStamp: number): boolean {
    if (this.stamp[entry] === queryStamp) return this.value[entry] === 1;
    let text = this.entryWords[entry];
    if (text === undefined) {
      text = words(this.entryText[entry]!).join(' ');
      this.entryWords[entry] = text;
    }
    const q = this.text;
    let yes = text.startsWith(q);
    // The whole title; inside a word of the title; or, after a little word, anywhere before its end.
    if (yes && text.length > q.length) {
      if (text.charCodeAt(q.length) === 32) yes = this.little;
      else if (!this.open) yes = false;
      else {
        // Stopping inside a word, not at the end of a whole one that may be ending in a
        // plural ("driver" before "drivers"; "servic" is inside "service").
        const end = text.indexOf(' ', q.length);
        const rest = text.slice(q.length, end < 0 ? text.length : end);
        const plural = rest === 's' || rest === 'x' || rest === 'es';
        yes = !plural || titleTerm(this.last + rest) !== this.lastTerm;
      }
    }
    this.stamp[entry] = queryStamp;
    this.value[entry] = yes ? 1 : 0;
    return yes;
  }
}
