/**
 * Free-text search over program titles, providers and descriptions (both languages),
 * with the shared normalizer so accents, case and plural forms do not matter.
 */
import { terms } from '../text/index.js';
import type { LoadedIndex } from '../model/index.js';
import type { Program } from '../index-format/index.js';
import type { ProgramTextIndex } from '../model/index.js';
import { runInSlices, runSteps, stepDone, type Slicing, type Steps } from '../schedule/index.js';

const TITLE = 1;
const PROVIDER = 2;
const DESCRIPTION = 4;

function fieldScore(fields: number): number {
  if (fields & TITLE) return 1;
  if (fields & PROVIDER) return 0.8;
  return 0.5;
}

/** Terms per step while sorting them into the postings. */
const TERMS_PER_STEP = 256;

/** The text postings of `programs`, one program a step, then a few hundred terms a step. */
function* programTextSteps(programs: readonly Program[]): Steps<ProgramTextIndex> {
  const acc = new Map<string, Map<number, number>>();
  for (let p = 0; p < programs.length; p++) {
    yield;
    addProgram(acc, programs[p]!, p);
  }
  const out: ProgramTextIndex = { terms: new Map(), sorted: null };
  let k = 0;
  for (const [term, postings] of acc) {
    if (stepDone(k++, TERMS_PER_STEP)) yield;
    addPostings(out, term, postings);
  }
  return out;
}

/**
 * Builds the text postings of `programs` in slices, so loading never holds the main
 * thread long. The loader calls it during assembly.
 */
export function buildProgramTextInSlices(programs: readonly Program[], slicing: Slicing = {}): Promise<ProgramTextIndex> {
  return runInSlices(programTextSteps(programs), slicing);
}

/** For an index assembled without text postings: builds them in slices. */
export async function prepareProgramText(index: LoadedIndex, opts: { signal?: AbortSignal } = {}): Promise<void> {
  if (index.ranking.text) return;
  const text = await buildProgramTextInSlices(index.programs, { signal: opts.signal });
  index.ranking.text ??= text;
}

/** The text postings; built synchronously on first use if the loader did not build them. */
export function programText(index: LoadedIndex): ProgramTextIndex {
  return (index.ranking.text ??= runSteps(programTextSteps(index.programs)));
}

/** Adds program `p`'s words to `acc`. */
function addProgram(acc: Map<string, Map<number, number>>, program: Program, p: number): void {
  const add = (text: string, flag: number) => {
    for (const term of terms(text)) {
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
  if (program.providerFr) add(program.providerFr, PROVIDER);
  add(program.description.en, DESCRIPTION);
  if (program.description.fr) add(program.description.fr, DESCRIPTION);
}

function addPostings(out: ProgramTextIndex, term: string, postings: Map<number, number>): void {
  // Programs were added in ascending order, so the keys are already sorted.
  const programs = Uint32Array.from(postings.keys());
  const fields = Uint8Array.from(postings.values());
  out.terms.set(term, { programs, fields });
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
      // Sorted on the first prefix search rather than while loading.
      const sorted = (text.sorted ??= [...text.terms.keys()].sort());
      for (let k = lowerBound(sorted, word); k < sorted.length; k++) {
        const term = sorted[k]!;
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

/** Stemmed words of labels, titles and summaries, which every query reads again. */
const termCache = new Map<string, string[]>();

/** `terms(text)`, memoized (bounded). */
export function termsOf(text: string): string[] {
  let words = termCache.get(text);
  if (!words) {
    words = terms(text);
    if (termCache.size > 50000) termCache.clear();
    termCache.set(text, words);
  }
  return words;
}

/** True when every word of `label` occurs in program `p`'s title, provider or description. */
export function programMentions(index: LoadedIndex, p: number, label: string): boolean {
  const text = programText(index);
  const words = termsOf(label);
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
