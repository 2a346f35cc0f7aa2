/**
 * How job-title text becomes matchable terms, shared by the title index and its queries.
 *
 * Everything here runs both when a page builds its title index and on every keystroke,
 * so the two sides always agree. It is computed in the browser at load time and never
 * stored in the index file, which is why it may go beyond `normalize.ts` without a
 * normalizer version bump.
 */
import type { Lang } from '../index-format/index.js';
import { fold, stem, STOPWORDS } from '../text/index.js';
import { editDistance } from './titles-fuzzy.js';

/**
 * Where a term sits in a title; decides how much of the title it covers.
 * 0 head, the job itself ("Hoist operator"); 1 qualifier after " - " ("underground
 * mining"), counts half; 2 aside in parentheses ("(R.N.)"), counts nothing on its own
 * but fully when matched, as it abbreviates the head; 3 the head noun, the word naming
 * the job ("operator"; in French the first word, "Opérateur de treuil"), counts more,
 * so "actor" finds "Movie actor" before "Actor agent".
 */
export type Role = 0 | 1 | 2 | 3;
export const HEAD: Role = 0;
export const QUALIFIER_ROLE: Role = 1;
export const ASIDE: Role = 2;
export const HEAD_NOUN: Role = 3;
/** Share of a title's weight a term in each role stands for. */
export const ROLE_WEIGHT: readonly number[] = [1, 0.5, 0, 1.5];
/** Share of a title a matched term in each role covers. */
export const ROLE_CREDIT: readonly number[] = [1, 0.5, 1, 1.5];
// When one term has two roles in a title, the more telling one is kept.
const ROLE_RANK: readonly number[] = [2, 1, 0, 3];

// "R.N.", "L.P.N.", "P.-D. G.": letters each followed by a dot form one word.
const DOTTED_ACRONYM = /(?:\b\p{L}\.[\s-]?){2,}/gu;
// "foreman/woman", "journeyman/woman": the feminine is written as a bare suffix.
const MAN_WOMAN = /man\/(?:wo)?man\b/giu;
const PARENTHESES = /\(([^()]*)\)/gu;
// "(except legal and medical)", "(sauf secteur universitaire)", "(non technique)": the
// words name what the title is not, so they must not match it.
const EXCLUSION = /^\s*(?:except|excluding|other than|not|non|sauf|excluant|autres? que)\b/iu;
const QUALIFIER = /\s[-–]\s/u;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * The stem of a folded word, made to meet its other gendered forms where the shared
 * stemmer leaves them apart: "forewoman"/"foremen" and "foreman", "contremaîtresse"
 * and "contremaître".
 */
export function titleTerm(word: string): string {
  // French plurals in "-eaux" are of words in "-eau" ("bureaux", "bateaux", "réseaux"),
  // not in "-al" as the shared stemmer reads "-aux" ("métaux" -> "métal").
  let out = word.length > 5 && word.endsWith('eaux') ? stem(word.slice(0, -1)) : stem(PLURAL_AU.get(word) ?? word);
  out = SPELLING.get(out) ?? out;
  if (out.length > 5) {
    if (out.endsWith('woman') || out.endsWith('women')) out = `${out.slice(0, -5)}man`;
    else if (out.endsWith('men')) out = `${out.slice(0, -3)}man`;
    else if (out.endsWith('maitress')) out = out.slice(0, -3);
  }
  return out;
}

// French plurals in "-aux" of words that do not end in "-al" (folded).
const PLURAL_AU: ReadonlyMap<string, string> = new Map([
  ['tuyaux', 'tuyau'],
  ['noyaux', 'noyau'],
  ['boyaux', 'boyau'],
  ['travaux', 'travail'],
  ['vitraux', 'vitrail'],
  ['emaux', 'email'],
  ['coraux', 'corail'],
]);

// American spellings people type for the Canadian ones the NOC uses (as stems).
const SPELLING: ReadonlyMap<string, string> = new Map([
  ['advisor', 'adviser'],
  ['counselor', 'counsellor'],
  ['counseling', 'counselling'],
  ['center', 'centr'],
  ['labor', 'labour'],
  ['laborer', 'labourer'],
  ['theater', 'theatr'],
  ['jeweler', 'jeweller'],
  ['jewelry', 'jewellery'],
  ['color', 'colour'],
  ['colorist', 'colourist'],
  ['organizer', 'organiser'],
  ['programer', 'programmer'],
  ['catalog', 'catalogu'],
  ['pediatrician', 'paediatrician'],
  ['gynecologist', 'gynaecologist'],
  ['anesthesiologist', 'anaesthesiologist'],
]);

function prepare(text: string): string {
  let out = text;
  if (out.includes('.')) out = out.replace(DOTTED_ACRONYM, (m) => m.replace(/[.\s-]/g, ''));
  if (out.includes('/')) out = out.replace(MAN_WOMAN, 'man');
  return out;
}

// eslint-disable-next-line no-control-regex -- every ASCII character, controls included
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
// Word characters, marks included so a decomposed accent stays inside its word.
const TOKEN_SEPARATORS = /[^\p{L}\p{N}\p{M}]+/u;
// Folding is the costliest step of building the index; titles repeat the same words.
const foldedTokens = new Map<string, string>();
const FOLD_MEMO_LIMIT = 50_000;

/**
 * Folded words of `text` (dotted acronyms joined, stopwords kept): `fold` word by word,
 * with a plain ASCII path, since ~30k titles go through here while a page loads.
 */
export function words(text: string): string[] {
  const prepared = prepare(text);
  if (ASCII.test(prepared)) {
    const folded = prepared.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
    return folded === '' ? [] : folded.split(' ');
  }
  const out: string[] = [];
  for (const token of prepared.split(TOKEN_SEPARATORS)) {
    if (token === '') continue;
    let folded = foldedTokens.get(token);
    if (folded === undefined) {
      folded = fold(token);
      if (foldedTokens.size >= FOLD_MEMO_LIMIT) foldedTokens.clear();
      foldedTokens.set(token, folded);
    }
    if (folded !== '') for (const word of folded.split(' ')) out.push(word);
  }
  return out;
}

/** Folded words of `text` with their written forms (lower case, accents kept). */
export function writtenWords(text: string): Array<{ word: string; surface: string }> {
  const prepared = prepare(text);
  const folded = words(prepared);
  const written = prepared
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter((w) => w !== '');
  const aligned = written.length === folded.length;
  return folded.map((word, i) => ({ word, surface: aligned ? written[i]! : word }));
}

/**
 * Matchable terms of one job title, each once, as a flat list `term, role, term, role...`
 * (the most important role wins). `memo` caches word -> term across calls.
 */
export function titleTerms(title: string, lang: Lang, memo?: Map<string, string>): Array<string | Role> {
  let main = title;
  let asides = '';
  if (title.includes('(')) {
    main = title.replace(PARENTHESES, (_, inner: string) => {
      if (!EXCLUSION.test(inner)) asides += ` ${inner}`;
      return ' ';
    });
  }
  const cut = main.search(QUALIFIER);
  const out: Array<string | Role> = [];
  const take = (text: string, role: Role): void => {
    const found = words(text).filter((word) => !STOPWORDS.has(word));
    const nounAt = role !== HEAD ? -1 : lang === 'fr' ? 0 : found.length - 1;
    found.forEach((word, i) => {
      let term = memo?.get(word);
      if (term === undefined) {
        term = titleTerm(word);
        memo?.set(word, term);
      }
      const kept = i === nounAt ? HEAD_NOUN : role;
      const at = out.indexOf(term);
      if (at < 0) out.push(term, kept);
      else if (ROLE_RANK[kept]! > ROLE_RANK[out[at + 1] as Role]!) out[at + 1] = kept;
    });
  };
  take(cut < 0 ? main : main.slice(0, cut), HEAD);
  if (cut >= 0) take(main.slice(cut), QUALIFIER_ROLE);
  if (asides !== '') take(asides, ASIDE);
  return out;
}

// Partly typed French feminine endings and the masculine they grow from: someone typing
// "gardienn" (gardienne) or "opératri" (opératrice) means "gardien", "opérateur".
const GROWING: ReadonlyArray<readonly [RegExp, string]> = [
  [/([ieo])nn?$/, '$1n'],
  [/ell?$/, 'el'],
  [/ett?$/, 'et'],
  [/eus$/, 'eur'],
  [/tric?$/, 'teur'],
  [/iv$/, 'if'],
];

/** Masculine forms a partly typed word may be growing into the feminine of (see GROWING). */
export function growingForms(word: string): string[] {
  const out: string[] = [];
  if (word.length < 5) return out;
  for (const [pattern, base] of GROWING) {
    if (pattern.test(word)) out.push(word.replace(pattern, base));
  }
  return out;
}

/** The folded query words a person typed, and whether the last one may still be growing. */
export interface QueryWords {
  words: string[];
  /** True when the text ends inside a word: the last word is matched as a prefix too. */
  open: boolean;
  /** Every folded word as typed, stopwords included ("chef de la for"). */
  all: string[];
}

/** Longest query looked at: no job title is longer, and it bounds the work per keystroke. */
export const MAX_QUERY_CHARS = 200;
const MAX_QUERY_WORDS = 12;

// A parenthesis the person opened, with what is typed in it so far.
const QUERY_ASIDE = /\(([^()]*)(?:\)|$)/gu;
const EXCLUSION_WORDS = ['except', 'excluding', 'sauf', 'excluant'];

/** True when `word` (folded) is, give or take a typo, one of the words that open an exclusion. */
function excludes(word: string): boolean {
  return EXCLUSION_WORDS.some((w) => w === word || (word.length >= 4 && editDistance(word, w, 2) <= 2));
}

export function queryWords(query: string, _lang: Lang): QueryWords {
  let text = query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query;
  const open = /[\p{L}\p{N}]$/u.test(text);
  // "(except computer systems)" names what the person does not mean: as in the titles,
  // its words must not match.
  if (text.includes('(')) {
    text = text.replace(QUERY_ASIDE, (whole, inner: string) => (excludes(words(inner)[0] ?? '') ? ' ' : whole));
  }
  const all = words(text);
  const kept = all.filter((w) => !STOPWORDS.has(w));
  // A lone stopword may be the start of a real word being typed ("de" -> "développeur").
  if (kept.length === 0 && open && all.length > 0) return { words: [all[all.length - 1]!], open, all };
  const lastKept = all.length > 0 && !STOPWORDS.has(all[all.length - 1]!);
  return { words: kept.slice(0, MAX_QUERY_WORDS), open: open && lastKept && kept.length <= MAX_QUERY_WORDS, all };
}
