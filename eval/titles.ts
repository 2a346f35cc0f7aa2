/**
 * Accuracy of job-title matching on the real NOC 2021 titles, against a plain fuse.js
 * search over the same titles in the same run.
 *
 * Variants: seeded, deterministic samples of NOC titles as people type them (typos,
 * cut while typing, words reordered, accents dropped, French feminine forms). Lay
 * queries: hand-written everyday wording with the expected NOC codes
 * (eval/queries/<lang>.tsv). A variant is right when the top result's occupation holds
 * the title it came from (a title can sit under several codes).
 *
 * Titles cut while typing are often the beginning of titles of several occupations, so
 * no matcher gets them all right: the table ends with the Bayes-optimal matcher's score
 * for the prefix generator (`titles-ceiling.ts`), the ceiling to read the prefix row against.
 *
 * Cross-language: French titles typed on the English page and English titles on the
 * French page (eval/queries/fr-on-en.tsv, en-on-fr.tsv), matched with the other
 * language's titles loaded as well (`matchTitlesAcross`), and with the page's titles
 * only (what a page found before it looked further); the "lay / typo / prefix, both
 * loaded" rows check that having the other language loaded costs the page's own queries
 * nothing.
 *
 * Run alone: `npx tsx eval/titles.ts [--no-baseline] [--failures] [--json]`
 * (MICROCRED_DATA overrides ../shared/data; --failures prints every query missed at top 1).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import type { Lang } from '../src/core/index-format/schema.js';
import type { TitleIndex } from '../src/core/model/index.js';
import { TitleIndexBuilder, searchTitleIndex } from '../src/core/titles/titles.js';
import { matchTitlesAcross } from '../src/core/titles/titles-across.js';
import type { LoadedIndex, Occupation } from '../src/core/model/loaded.js';
import { STOPWORDS } from '../src/core/text/normalize.js';
import { abbreviations } from '../src/core/titles/abbreviations.js';
import { titleTerm, titleTerms, words } from '../src/core/titles/titles-text.js';
import type { Ceiling } from './titles-ceiling.js';
import { cutPoints, prefixCeiling } from './titles-ceiling.js';
import { mulberry32 } from './random.js';

const DATA = process.env.MICROCRED_DATA ?? fileURLToPath(new URL('../../shared/data/', import.meta.url));
const SAMPLE = 1000;
// fuse.js scans every title per query (0.1-0.5 s of CPU each on ~30k titles), so it runs
// on the first FUSE_SAMPLE queries of each (already shuffled) set, and ours is scored on
// that same subset too for a like-for-like comparison.
const FUSE_SAMPLE = 40;
const SEED = 20211;

/** Occupation code -> job titles (official title first), per language. The one place the titles are read. */
export async function readTitles(): Promise<Record<Lang, Map<string, string[]>>> {
  const path = `${DATA.replace(/\/?$/, '/')}noc2021/noc2021_bilingual_example_titles.json`;
  const json = JSON.parse(await readFile(path, 'utf8')) as {
    categories: Record<string, { EN: string; FR: string }>;
    EN: Array<{ code: string; label: string }>;
    FR: Array<{ code: string; label: string }>;
  };
  const out = { en: new Map<string, string[]>(), fr: new Map<string, string[]>() };
  for (const lang of ['en', 'fr'] as const) {
    const key = lang === 'en' ? 'EN' : 'FR';
    for (const [code, names] of Object.entries(json.categories)) out[lang].set(code, [names[key].trim()]);
    for (const { code, label } of json[key]) {
      const list = out[lang].get(code);
      if (list === undefined) throw new Error(`${path}: ${key} title "${label}" has unknown code ${code}`);
      list.push(label.trim());
    }
  }
  return out;
}

interface Query {
  text: string;
  /** Codes that count as right. */
  codes: ReadonlySet<string>;
}

/** Hand-written lay queries: `query<TAB>code code...`, `#` comments; `name` is the file in queries/ without `.tsv`. */
async function readLayQueries(name: string): Promise<Query[]> {
  const path = fileURLToPath(new URL(`./queries/${name}.tsv`, import.meta.url));
  const lines = (await readFile(path, 'utf8')).split('\n');
  const out: Query[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [text, codes, extra] = line.split('\t');
    if (text === undefined || codes === undefined || extra !== undefined || !/^\d{5}( \d{5})*$/.test(codes.trim())) {
      throw new Error(`${path}:${i + 1}: expected "query<TAB>NOC code[ code...]"`);
    }
    out.push({ text: text.trim(), codes: new Set(codes.trim().split(' ')) });
  });
  return out;
}

interface Score {
  top1: number;
  top3: number;
  /** Mean cost of one query, in microseconds. */
  usPerQuery: number;
}

type Searcher = (query: string) => string[];

/** Scores `search` on `queries`; queries not right at top 1 go to `misses` when given. */
function measure(queries: Query[], search: Searcher, misses?: string[]): Score {
  let top1 = 0;
  let top3 = 0;
  const start = performance.now();
  for (const q of queries) {
    const codes = search(q.text);
    if (codes[0] !== undefined && q.codes.has(codes[0])) top1++;
    else misses?.push(`${JSON.stringify(q.text)} want ${[...q.codes].join('|')} got ${codes.join(' ') || '-'}`);
    if (codes.slice(0, 3).some((c) => q.codes.has(c))) top3++;
  }
  const us = ((performance.now() - start) * 1000) / Math.max(1, queries.length);
  const pct = (n: number): number => Math.round((1000 * n) / Math.max(1, queries.length)) / 10;
  return { top1: pct(top1), top3: pct(top3), usPerQuery: Math.round(us) };
}

function buildIndex(lang: Lang, titles: Map<string, string[]>): { index: TitleIndex; ms: number } {
  const start = performance.now();
  const builder = new TitleIndexBuilder(lang);
  for (const [code, list] of titles) builder.add(code, list);
  const index = builder.build();
  return { index, ms: performance.now() - start };
}

function fuseSearcher(titles: Map<string, string[]>): Searcher {
  const flat: Array<{ code: string; title: string }> = [];
  for (const [code, list] of titles) for (const title of list) flat.push({ code, title });
  const fuse = new Fuse(flat, { keys: ['title'] });
  return (query) => {
    const codes: string[] = [];
    for (const { item } of fuse.search(query, { limit: 30 })) {
      if (!codes.includes(item.code)) codes.push(item.code);
      if (codes.length === 3) break;
    }
    return codes;
  };
}

/** Each distinct title (in first-seen order) with the codes holding it: what variants are drawn from. */
function titlePool(titles: Map<string, string[]>): Map<string, Set<string>> {
  const codesOf = new Map<string, Set<string>>();
  for (const [code, list] of titles) {
    for (const title of list) {
      let codes = codesOf.get(title);
      if (codes === undefined) codesOf.set(title, (codes = new Set()));
      codes.add(code);
    }
  }
  return codesOf;
}

/** Seeded samples of each kind of variant, each with the codes holding its source title. */
export function variants(lang: Lang, titles: Map<string, string[]>): Map<string, Query[]> {
  const codesOf = titlePool(titles);
  const pool = [...codesOf.keys()];
  const kinds: VariantKind[] = ['typo', 'prefix', 'reordered', 'accents'];
  if (lang === 'fr') kinds.push('feminine');
  const out = new Map<string, Query[]>();
  for (const kind of kinds) {
    const random = mulberry32(SEED + kinds.indexOf(kind));
    let order = pool.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Titles given in one form first; inclusive ones ("Soudeur/soudeuse") only fill up.
    if (kind === 'feminine') order = [...order.filter((t) => !t.includes('/')), ...order.filter((t) => t.includes('/'))];
    const queries: Query[] = [];
    for (const title of order) {
      if (queries.length >= SAMPLE) break;
      const text = kind === 'feminine' ? feminineOf(title) : variant(kind, title, random);
      if (text !== null) queries.push({ text, codes: codesOf.get(title)! });
    }
    out.set(kind, queries);
  }
  return out;
}

type VariantKind = 'typo' | 'prefix' | 'reordered' | 'accents' | 'feminine';

const LETTER = /\p{L}/u;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** `title` with one or two typing slips: a letter replaced, dropped, doubled in or two swapped. */
function typo(title: string, random: () => number): string | null {
  let text = title;
  const edits = random() < 0.5 ? 1 : 2;
  for (let n = 0; n < edits; n++) {
    const letters: number[] = [];
    for (let i = 0; i < text.length; i++) if (LETTER.test(text[i]!)) letters.push(i);
    if (letters.length < 4) return null;
    const at = letters[Math.floor(random() * letters.length)]!;
    const other = ALPHABET[Math.floor(random() * ALPHABET.length)]!;
    const op = Math.floor(random() * 4);
    if (op === 0) text = text.slice(0, at) + (other === text[at]!.toLowerCase() ? 'q' : other) + text.slice(at + 1);
    else if (op === 1) text = text.slice(0, at) + text.slice(at + 1);
    else if (op === 2) text = text.slice(0, at + 1) + other + text.slice(at + 1);
    else if (LETTER.test(text[at + 1] ?? '') && text[at + 1] !== text[at]) {
      text = text.slice(0, at) + text[at + 1]! + text[at]! + text.slice(at + 2);
    } else text = text.slice(0, at) + other + text.slice(at + 1);
  }
  return text === title ? null : text;
}

/** `title` cut inside a word, as while typing, keeping at least 60% of it. */
function prefix(title: string, random: () => number): string | null {
  const cuts = cutPoints(title);
  return cuts.length === 0 ? null : title.slice(0, cuts[Math.floor(random() * cuts.length)]!);
}

/** `title` with its words in another order: half the time the NOC's inverted form ("technician, electrolysis"). */
function reordered(title: string, random: () => number): string | null {
  const words = title.split(/\s+/).filter((w) => w !== '' && w !== '-');
  if (words.length < 2) return null;
  if (random() < 0.5) return `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const order = words.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    if (order.join(' ') !== words.join(' ')) return order.join(' ');
  }
  return null;
}

function withoutAccents(title: string): string | null {
  const plain = title.normalize('NFD').replace(/\p{M}+/gu, '');
  return plain === title ? null : plain;
}

function variant(kind: Exclude<VariantKind, 'feminine'>, title: string, random: () => number): string | null {
  if (kind === 'typo') return typo(title, random);
  if (kind === 'prefix') return prefix(title, random);
  if (kind === 'reordered') return reordered(title, random);
  return withoutAccents(title);
}

// Masculine ending -> feminine ending, first match wins.
const FEMININE: ReadonlyArray<readonly [string, string]> = [
  ['teur', 'trice'],
  ['eur', 'euse'],
  ['ier', 'ière'],
  ['ien', 'ienne'],
  ['on', 'onne'],
  ['el', 'elle'],
  ['if', 'ive'],
  ['er', 'ère'],
  ['é', 'ée'],
  ['ant', 'ante'],
  ['ent', 'ente'],
  ['ais', 'aise'],
  ['ois', 'oise'],
  ['in', 'ine'],
  ['at', 'ate'],
  ['ot', 'ote'],
];

function feminineWord(word: string): string | null {
  for (const [masculine, feminine] of FEMININE) {
    if (word.length > masculine.length + 2 && word.endsWith(masculine)) return word.slice(0, -masculine.length) + feminine;
  }
  return null;
}

/**
 * A French title as a woman would write her own job: the first word of a title given in
 * one form made feminine ("Technicien de ..." -> "Technicienne de ..."), or the
 * feminine half of an inclusive title ("Soudeur manuel/soudeuse manuelle à l'arc" ->
 * "Soudeuse manuelle à l'arc"). Null when the title has no masculine form to change.
 */
function feminineOf(title: string): string | null {
  const tokens = title.split(' ');
  if (!title.includes('/')) {
    const first = feminineWord(tokens[0]!);
    return first === null ? null : [first, ...tokens.slice(1)].join(' ');
  }
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const slash = token.indexOf('/');
    if (slash < 0) continue;
    let groupStart = start;
    for (let j = i - 1; j >= start; j--) {
      if (['et', 'ou', '-'].includes(tokens[j]!) || tokens[j]!.endsWith(',')) {
        groupStart = j + 1;
        break;
      }
    }
    const k = i - groupStart + 1;
    out.push(...tokens.slice(start, groupStart), token.slice(slash + 1), ...tokens.slice(i + 1, i + k));
    start = i + k;
    i = start - 1;
  }
  out.push(...tokens.slice(start));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Short forms whose expansion is the wording of no title: they could never lead anywhere. */
function deadAbbreviations(lang: Lang, titles: Map<string, string[]>): string[] {
  const titleSets: Array<Set<string>> = [];
  for (const list of titles.values()) {
    for (const title of list) titleSets.push(new Set(titleTerms(title, lang).filter((_, i) => i % 2 === 0) as string[]));
  }
  const dead: string[] = [];
  for (const [short, expansions] of abbreviations(lang)) {
    for (const long of expansions) {
      const needed = words(long)
        .filter((w) => !STOPWORDS.has(w))
        .map(titleTerm);
      if (!titleSets.some((set) => needed.every((t) => set.has(t)))) dead.push(`${short} -> ${long}`);
    }
  }
  return dead;
}

interface Row {
  lang: Lang;
  kind: string;
  n: number;
  ours: Score;
  /** Queries fuse.js was run on: the first `FUSE_SAMPLE` of the set. */
  nFuse: number;
  oursOnFuseSample: Score;
  fuse: Score;
  /** Prefix kind only: the Bayes-optimal matcher for the prefix generator (see `titles-ceiling.ts`). */
  ceiling?: Ceiling;
}

/** `baseline: false` skips fuse.js (slow) while tuning; `failures` prints the queries missed at top 1. */
export async function evalTitles(opts: { baseline?: boolean; failures?: boolean } = {}): Promise<object> {
  const all = await readTitles();
  const rows: Row[] = [];
  const buildMs: Record<string, number> = {};
  const dead: Record<string, string[]> = {};
  const built: Partial<Record<Lang, TitleIndex>> = {};
  for (const lang of ['en', 'fr'] as const) {
    const titles = all[lang];
    const { index, ms } = buildIndex(lang, titles);
    built[lang] = index;
    buildMs[lang] = Math.round(ms);
    dead[lang] = deadAbbreviations(lang, titles);
    const fuse = fuseSearcher(titles);
    const ours: Searcher = (query) => searchTitleIndex(index, query, { limit: 3 }).map((m) => m.code);
    const sets = variants(lang, titles);
    sets.set('lay', await readLayQueries(lang));
    for (const [kind, queries] of sets) {
      process.stderr.write(`eval titles ${lang} ${kind} (${queries.length})…\n`);
      const subset = queries.slice(0, FUSE_SAMPLE);
      const misses: string[] | undefined = opts.failures === true ? [] : undefined;
      const fuseScore = opts.baseline === false ? { top1: NaN, top3: NaN, usPerQuery: NaN } : measure(subset, fuse);
      const row: Row = {
        lang,
        kind,
        n: queries.length,
        ours: measure(queries, ours, misses),
        nFuse: subset.length,
        oursOnFuseSample: measure(subset, ours),
        fuse: fuseScore,
      };
      for (const miss of misses ?? []) console.log(`miss ${lang} ${kind}: ${miss}`);
      if (kind === 'prefix') row.ceiling = prefixCeiling(titlePool(titles), queries);
      rows.push(row);
    }
  }
  rows.push(...(await crossRows(all, built as Record<Lang, TitleIndex>, opts.failures === true)));
  console.log(table(rows));
  return { sample: SAMPLE, fuseSample: FUSE_SAMPLE, seed: SEED, buildMs, abbreviationsWithoutTitles: dead, rows };
}

/**
 * Titles typed in the other language, on a page in `lang` with both title indexes loaded,
 * and the page's own lay queries in the same setting (nothing they found may be lost).
 */
async function crossRows(all: Record<Lang, Map<string, string[]>>, built: Record<Lang, TitleIndex>, failures: boolean): Promise<Row[]> {
  // What matchTitles reads of an index: the title indexes and each occupation's official titles.
  const occupations = new Map<string, Occupation>();
  for (const [code, list] of all.en) {
    occupations.set(code, { code, title: { en: list[0]!, fr: all.fr.get(code)?.[0] ?? '' } } as Occupation);
  }
  const loaded = { titles: built, occupations } as unknown as LoadedIndex;
  const rows: Row[] = [];
  const none = { top1: NaN, top3: NaN, usPerQuery: NaN };
  for (const [lang, files] of [
    ['en', ['fr-on-en', 'en']],
    ['fr', ['en-on-fr', 'fr']],
  ] as const) {
    const other = built[lang === 'en' ? 'fr' : 'en'];
    const across: Searcher = (query) => matchTitlesAcross(loaded, other, query, { lang, limit: 3 }).map((m) => m.code);
    const pageOnly: Searcher = (query) => searchTitleIndex(built[lang], query, { limit: 3 }).map((m) => m.code);
    for (const file of files) {
      const queries = await readLayQueries(file);
      // What the page found before it could look in the other language.
      if (file !== lang)
        rows.push({
          lang,
          kind: `${file}, page titles only`,
          n: queries.length,
          ours: measure(queries, pageOnly),
          nFuse: 0,
          oursOnFuseSample: none,
          fuse: none,
        });
      const misses: string[] | undefined = failures ? [] : undefined;
      const kind = file === lang ? 'lay, both loaded' : file;
      const ours = measure(queries, across, misses);
      for (const miss of misses ?? []) console.log(`miss ${lang} ${kind}: ${miss}`);
      rows.push({ lang, kind, n: queries.length, ours, nFuse: 0, oursOnFuseSample: none, fuse: none });
    }
    // Typos and titles cut while typing, in the page language: the other language must not get in their way.
    const sets = variants(lang, all[lang]);
    for (const kind of ['typo', 'prefix']) {
      const queries = sets.get(kind)!;
      rows.push({ lang, kind: `${kind}, both loaded`, n: queries.length, ours: measure(queries, across), nFuse: 0, oursOnFuseSample: none, fuse: none });
    }
  }
  return rows;
}

function table(rows: Row[]): string {
  const lines = [
    '| lang | kind | n | top 1 | top 3 | µs/query | n (fuse subset) | top 1 ours / fuse | top 3 ours / fuse | µs/query ours / fuse |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const s = r.oursOnFuseSample;
    // Rows measured without fuse.js (the cross-language lists) say so rather than "NaN %".
    const vs = r.nFuse > 0 ? `${s.top1}% / ${r.fuse.top1}% | ${s.top3}% / ${r.fuse.top3}% | ${s.usPerQuery} / ${r.fuse.usPerQuery}` : '– | – | –';
    lines.push(`| ${r.lang} | ${r.kind} | ${r.n} | ${r.ours.top1}% | ${r.ours.top3}% | ${r.ours.usPerQuery} | ${r.nFuse} | ${vs} |`);
  }
  const ceilings = rows.filter((r) => r.ceiling !== undefined);
  if (ceilings.length > 0) {
    lines.push('', 'Prefix ceiling (Bayes-optimal matcher for the prefix generator: over every title and cut / on the sampled queries):', '');
    for (const r of ceilings) {
      const c = r.ceiling!;
      lines.push(`- ${r.lang}: top 1 ${c.top1}% / ${c.sampleTop1}%, top 3 ${c.top3}% / ${c.sampleTop3}% (${c.texts} distinct texts)`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await evalTitles({
    baseline: !process.argv.includes('--no-baseline'),
    failures: process.argv.includes('--failures'),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
