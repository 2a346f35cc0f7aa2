/**
 * How job-title text becomes matchable terms, shared by the title index and its queries.
 *
 * Everything here runs both when a page builds its title index and on every keystroke,
 * so the two sides always agree. It is computed in the browser at load time and never
 * stored in the index file, which is why it may go beyond `normalize.ts` without a
 * normalizer version bump.
 */
import type { Lang } from './schema.js';
import { fold, stem, STOPWORDS } from './normalize.js';

/**
 * Where a term sits in a title; decides how much of the title it covers.
 * 0 head, the job itself ("Hoist operator"); 1 qualifier after " - " ("underground
 * mining"), counts half; 2 aside in parentheses ("(R.N.)", "(except ...)"), counts
 * nothing on its own.
 */
export type Role = 0 | 1 | 2;
export const HEAD: Role = 0;
export const QUALIFIER_ROLE: Role = 1;
export const ASIDE: Role = 2;

export interface TitleTerm {
  term: string;
  /** The word as written (lower case, accents kept), for "did you mean". */
  surface: string;
  role: Role;
}

// "R.N.", "L.P.N.", "P.-D. G.": letters each followed by a dot form one word.
const DOTTED_ACRONYM = /(?:\b\p{L}\.[\s-]?){2,}/gu;
// "foreman/woman", "journeyman/woman": the feminine is written as a bare suffix.
const MAN_WOMAN = /man\/(?:wo)?man\b/giu;
const PARENTHESES = /\(([^()]*)\)/gu;
const QUALIFIER = /\s[-–]\s/u;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * The stem of a folded word, made to meet its other gendered forms where the shared
 * stemmer leaves them apart: "forewoman"/"foremen" and "foreman", "contremaîtresse"
 * and "contremaître".
 */
export function titleTerm(word: string): string {
  let out = stem(word);
  if (out.length > 5) {
    if (out.endsWith('woman') || out.endsWith('women')) out = `${out.slice(0, -5)}man`;
    else if (out.endsWith('men')) out = `${out.slice(0, -3)}man`;
    else if (out.endsWith('maitress')) out = out.slice(0, -3);
  }
  return out;
}

function prepare(text: string): string {
  return text
    .replace(DOTTED_ACRONYM, (m) => m.replace(/[.\s-]/g, ''))
    .replace(MAN_WOMAN, 'man');
}

/** Folded words of `text` (dotted acronyms joined, stopwords kept), with their written forms. */
export function words(text: string): Array<{ word: string; surface: string }> {
  const prepared = prepare(text);
  const folded = fold(prepared);
  if (folded === '') return [];
  const foldedWords = folded.split(' ');
  const written = prepared.toLowerCase().split(WORD_SPLIT).filter((w) => w !== '');
  const aligned = written.length === foldedWords.length;
  return foldedWords.map((word, i) => ({ word, surface: aligned ? written[i]! : word }));
}

/** Matchable terms of one job title, each once, with its role (the most important wins). */
export function titleTerms(title: string): TitleTerm[] {
  const asides: string[] = [];
  const withoutAsides = title.replace(PARENTHESES, (_, inner: string) => {
    asides.push(inner);
    return ' ';
  });
  const cut = withoutAsides.search(QUALIFIER);
  const head = cut < 0 ? withoutAsides : withoutAsides.slice(0, cut);
  const qualifier = cut < 0 ? '' : withoutAsides.slice(cut);
  const byTerm = new Map<string, TitleTerm>();
  const take = (text: string, role: Role): void => {
    for (const { word, surface } of words(text)) {
      if (STOPWORDS.has(word)) continue;
      const term = titleTerm(word);
      const seen = byTerm.get(term);
      if (seen === undefined) byTerm.set(term, { term, surface, role });
      else if (role < seen.role) seen.role = role;
    }
  };
  take(head, HEAD);
  take(qualifier, QUALIFIER_ROLE);
  for (const aside of asides) take(aside, ASIDE);
  return [...byTerm.values()];
}

/** How much of a title's weight a term in `role` stands for. */
export const ROLE_WEIGHT: readonly number[] = [1, 0.5, 0];

/** The folded query words a person typed, and whether the last one may still be growing. */
export interface QueryWords {
  words: string[];
  /** True when the text ends inside a word: the last word is matched as a prefix too. */
  open: boolean;
}

/** Longest query looked at: no job title is longer, and it bounds the work per keystroke. */
export const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 12;

export function queryWords(query: string, _lang: Lang): QueryWords {
  const text = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  const open = /[\p{L}\p{N}]$/u.test(text);
  const all = words(text).map((w) => w.word);
  const kept = all.filter((w) => !STOPWORDS.has(w));
  // A lone stopword may be the start of a real word being typed ("de" -> "développeur").
  if (kept.length === 0 && open && all.length > 0) return { words: [all[all.length - 1]!], open };
  const lastKept = all.length > 0 && !STOPWORDS.has(all[all.length - 1]!);
  return { words: kept.slice(0, MAX_QUERY_WORDS), open: open && lastKept && kept.length <= MAX_QUERY_WORDS };
}
