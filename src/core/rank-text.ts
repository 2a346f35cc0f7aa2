/**
 * Free-text search over program titles, providers and descriptions (both languages),
 * with the shared normalizer so accents, case and plural forms do not matter.
 */
import { terms } from './normalize.js';
import type { LoadedIndex } from './loaded.js';
import type { ProgramTextIndex } from './rank.js';
import { Slicer } from './yield.js';

const TITLE = 1;
const PROVIDER = 2;
const DESCRIPTION = 4;

function fieldScore(fields: number): number {
  if (fields & TITLE) return 1;
  if (fields & PROVIDER) return 0.8;
  return 0.5;
}

/**
 * Builds the text postings in slices (call it when the page is idle so the first text
 * search does not pay for it); `searchProgramText` builds it synchronously if needed.
 */
export async function prepareProgramText(index: LoadedIndex, opts: { signal?: AbortSignal } = {}): Promise<void> {
  if (index.ranking.text) return;
  const slicer = new Slicer({ signal: opts.signal });
  const acc = new Map<string, Map<number, number>>();
  const length = new Float32Array(index.programs.length);
  for (let p = 0; p < index.programs.length; p++) {
    if ((p & 31) === 0) await slicer.tick();
    if (index.ranking.text) return;
    length[p] = addProgram(acc, index, p);
  }
  if (!index.ranking.text) index.ranking.text = finish(acc, length);
}

function buildSync(index: LoadedIndex): ProgramTextIndex {
  const acc = new Map<string, Map<number, number>>();
  const length = new Float32Array(index.programs.length);
  for (let p = 0; p < index.programs.length; p++) length[p] = addProgram(acc, index, p);
  return finish(acc, length);
}

/** The text index, built synchronously on first use when `prepareProgramText` has not run. */
export function programText(index: LoadedIndex): ProgramTextIndex {
  return (index.ranking.text ??= buildSync(index));
}

/** Adds program `p`'s words to `acc`; returns how many words it has. */
function addProgram(acc: Map<string, Map<number, number>>, index: LoadedIndex, p: number): number {
  const program = index.programs[p]!;
  let count = 0;
  const add = (text: string, flag: number) => {
    for (const term of terms(text)) {
      count++;
      let postings = acc.get(term);
      if (!postings) {
        postings = new Map();
        acc.set(term, postings);
      }
      postings.set(p, (postings.get(p) ?? 0) | flag);
    }
  };
  add(program.title.en, TITLE);
  if (program.title.fr) add(program.title.fr, TITLE);
  add(program.provider, PROVIDER);
  add(program.description.en, DESCRIPTION);
  if (program.description.fr) add(program.description.fr, DESCRIPTION);
  return count;
}

function finish(acc: Map<string, Map<number, number>>, length: Float32Array): ProgramTextIndex {
  const out: ProgramTextIndex = {
    terms: new Map(),
    sorted: [...acc.keys()].sort(),
    length,
    acc: new Float64Array(length.length),
    touched: new Uint32Array(length.length),
  };
  for (const [term, postings] of acc) {
    const programs = Uint32Array.from(postings.keys()).sort();
    const fields = Uint8Array.from(programs, (p) => postings.get(p)!);
    out.terms.set(term, { programs, fields });
  }
  return out;
}

/**
 * Programs containing every word of `query` (the last one may be a prefix), with a
 * score in (0, 1]: higher when the words are in the title rather than the description.
 */
export function searchProgramText(index: LoadedIndex, query: string): Map<number, number> {
  const text = programText(index);
  const words = terms(query);
  const hits = new Map<number, number>();
  if (words.length === 0) return hits;
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const found = new Map<number, number>();
    const collect = (term: string) => {
      const postings = text.terms.get(term);
      if (!postings) return;
      for (let k = 0; k < postings.programs.length; k++) {
        const p = postings.programs[k]!;
        const score = fieldScore(postings.fields[k]!) * (term === word ? 1 : 0.9);
        if ((found.get(p) ?? 0) < score) found.set(p, score);
      }
    };
    collect(word);
    if (last && word.length >= 2) {
      for (let k = lowerBound(text.sorted, word); k < text.sorted.length; k++) {
        const term = text.sorted[k]!;
        if (!term.startsWith(word)) break;
        if (term !== word) collect(term);
      }
    }
    if (i === 0) {
      for (const [p, score] of found) hits.set(p, score);
    } else {
      for (const [p, score] of hits) {
        const more = found.get(p);
        if (more === undefined) hits.delete(p);
        else hits.set(p, score + more);
      }
    }
  });
  for (const [p, score] of hits) hits.set(p, score / words.length);
  return hits;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words so common in the catalogue ("introduction", "learn") that they rank nothing. */
const COMMON_SHARE = 0.15;

/**
 * Lexical evidence: for weighted query terms, accumulates idf x field weight over the
 * term postings into `out` (indexed by program) and returns the programs touched. Long
 * descriptions are damped so a program is not favoured for merely saying more.
 */
export function scoreTextTerms(index: LoadedIndex, query: ReadonlyMap<string, number>): { programs: Uint32Array; scores: Float64Array } {
  const text = programText(index);
  const n = index.programs.length;
  const { acc, touched, length } = text;
  let touchedCount = 0;
  for (const [term, weight] of query) {
    const postings = text.terms.get(term);
    if (!postings || postings.programs.length > n * COMMON_SHARE) continue;
    const idf = Math.log(n / postings.programs.length);
    for (let k = 0; k < postings.programs.length; k++) {
      const p = postings.programs[k]!;
      if (acc[p] === 0) touched[touchedCount++] = p;
      acc[p]! += weight * idf * fieldScore(postings.fields[k]!);
    }
  }
  const programs = touched.slice(0, touchedCount);
  const scores = new Float64Array(touchedCount);
  for (let i = 0; i < touchedCount; i++) {
    const p = programs[i]!;
    scores[i] = acc[p]! / Math.sqrt(Math.max(length[p]!, 12));
    acc[p] = 0;
  }
  return { programs, scores };
}

/** True when every word of `label` occurs in program `p`'s title, provider or description. */
export function programMentions(index: LoadedIndex, p: number, label: string): boolean {
  const text = programText(index);
  const words = terms(label);
  if (words.length === 0) return false;
  return words.every((word) => {
    const postings = text.terms.get(word);
    return postings !== undefined && binarySearch(postings.programs, p);
  });
}

function binarySearch(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

