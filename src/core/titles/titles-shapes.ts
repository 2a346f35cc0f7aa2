/**
 * The shapes title matching works on: the parts of a built title index, and a query
 * word's slot of possible term matches with how each one matched.
 */
import type { Lang } from '../index-format/index.js';
import type { GramIndex } from './titles-fuzzy.js';

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
