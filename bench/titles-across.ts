/**
 * What a title typed in the other language costs on the real index, and when it is paid.
 *
 * - Bytes: `titles.<other>.tsv`, raw, gzip and brotli (what a compressing server sends).
 * - Time: `loadTitles` (fetch from memory, size and SHA-256 check, decode, build in
 *   slices), against the page's own `loadIndex` in the same run, and its longest slice.
 * - When: the share of the page language's own lay queries (eval/queries/<lang>.tsv)
 *   that would load it (the job search asks at a pause, on 4+ letters), at the whole
 *   title and at any cut of 4+ letters (someone pausing mid-word: an upper bound), and
 *   the share of other-language queries (fr-on-en, en-on-fr) that do, and their top 3
 *   when the other titles are searched only for the queries that loaded them.
 * - Keystrokes: `matchTitlesAcross` against `matchTitles` on every keystroke of the
 *   other-language queries, once both are loaded.
 *
 * Run alone: `npx tsx bench/titles-across.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { loadIndex, loadTitles } from '../src/core/load/index.js';
import type { Lang } from '../src/core/index-format/schema.js';
import { matchTitles } from '../src/core/titles/titles.js';
import { looksLikeOtherLanguage, matchTitlesAcross, otherLang, wantsOtherLanguage } from '../src/core/titles/titles-across.js';
import { fold } from '../src/core/text/normalize.js';
import { ensureRealIndex } from '../eval/real-index.js';
import { median } from './stats.js';

const RUNS = 3;
/** As in mc-job-search: shorter texts never load the other language. */
const MIN_OTHER_QUERY = 4;

const round = (x: number): number => Math.round(x * 10) / 10;
const pct = (n: number, of: number): number => Math.round((1000 * n) / Math.max(1, of)) / 10;

/** Queries of eval/queries/<name>.tsv with the codes that count as right. */
async function queries(name: string): Promise<Array<{ text: string; codes: string[] }>> {
  const path = fileURLToPath(new URL(`../eval/queries/${name}.tsv`, import.meta.url));
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => ({ text: line.split('\t')[0]!.trim(), codes: line.split('\t')[1]!.trim().split(' ') }));
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchTitlesAcross(): Promise<Record<string, unknown>> {
  const dir = await ensureRealIndex();
  const names = ['index.json', 'labels.en.txt', 'labels.fr.txt', 'titles.en.tsv', 'titles.fr.tsv', 'programs.txt'];
  const files = new Map<string, Uint8Array>();
  for (const name of names) files.set(name, await readFile(join(dir, name)));
  const fetchFromMemory = (async (input: RequestInfo | URL) => {
    const body = files.get(String(input).split('/').pop()!);
    if (!body) return new Response('missing', { status: 404 });
    return new Response(body as Uint8Array<ArrayBuffer>);
  }) as typeof fetch;
  const url = 'https://bench.invalid/index/';

  const out: Record<string, unknown> = {};
  for (const lang of ['en', 'fr'] as const) {
    const other: Lang = otherLang(lang);
    const file = files.get(`titles.${other}.tsv`)!;
    const pageLoads: number[] = [];
    const titleLoads: number[] = [];
    const longest: number[] = [];
    let index = await loadIndex(url, { lang, fetch: fetchFromMemory });
    let otherTitles = await loadTitles(url, index, other, { fetch: fetchFromMemory });
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      index = await loadIndex(url, { lang, fetch: fetchFromMemory });
      pageLoads.push(performance.now() - start);
      const slices: number[] = [];
      start = performance.now();
      otherTitles = await loadTitles(url, index, other, { fetch: fetchFromMemory, onSlice: (ms) => slices.push(ms) });
      titleLoads.push(performance.now() - start);
      longest.push(Math.max(...slices));
    }

    // When the load is paid: at a pause on the whole title, or (upper bound) at any cut.
    const wants = (text: string): boolean =>
      fold(text).length >= MIN_OTHER_QUERY && (looksLikeOtherLanguage(text, lang) || wantsOtherLanguage(index, text, { lang }));
    const own = (await queries(lang)).map((q) => q.text);
    const crossQueries = await queries(lang === 'en' ? 'fr-on-en' : 'en-on-fr');
    const cross = crossQueries.map((q) => q.text);
    // As a person meets it: the other titles are searched only when the query loaded them.
    const endToEnd = crossQueries.filter(({ text, codes }) => {
      const found = wants(text) ? matchTitlesAcross(index, otherTitles, text, { lang, limit: 3 }) : matchTitles(index, text, { lang, limit: 3 });
      return found.some((m) => codes.includes(m.code));
    }).length;
    const cuts = (text: string): string[] => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));

    // Keystrokes of the other-language queries: page titles only, then both.
    const keystrokes = cross.flatMap(cuts);
    for (const k of keystrokes) matchTitlesAcross(index, otherTitles, k, { lang, limit: 8 });
    const time = (run: (text: string) => unknown): number[] =>
      keystrokes.map((k) => {
        const start = performance.now();
        run(k);
        return performance.now() - start;
      });
    const pageOnly = time((k) => matchTitles(index, k, { lang, limit: 8 }));
    const across = time((k) => matchTitlesAcross(index, otherTitles, k, { lang, limit: 8 }));
    const ms = (xs: number[]): Record<string, number> => ({
      p50Ms: Math.round(percentile(xs, 50) * 1000) / 1000,
      p95Ms: Math.round(percentile(xs, 95) * 1000) / 1000,
      maxMs: Math.round(Math.max(...xs) * 1000) / 1000,
    });

    out[`${lang} page, ${other} titles`] = {
      bytes: file.length,
      gzipBytes: gzipSync(file).length,
      brotliBytes: brotliCompressSync(file).length,
      loadTitlesMs: round(median(titleLoads)),
      longestSliceMs: round(median(longest)),
      pageLoadIndexMs: round(median(pageLoads)),
      loadTitlesVsPageLoad: round(median(titleLoads) / median(pageLoads)),
      paidByOwnLayQueriesPct: pct(own.filter(wants).length, own.length),
      paidByOwnLayQueriesAnyCutPct: pct(own.filter((q) => cuts(q).some(wants)).length, own.length),
      ownLayQueries: own.length,
      paidByOtherLanguageQueriesPct: pct(cross.filter(wants).length, cross.length),
      otherLanguageQueries: cross.length,
      otherLanguageTop3FreshPagePct: pct(endToEnd, cross.length),
      keystrokes: keystrokes.length,
      keystrokePageTitlesOnly: ms(pageOnly),
      keystrokeBothLoaded: ms(across),
    };
  }
  console.log(JSON.stringify(out, null, 2));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchTitlesAcross();
