/**
 * Loading cost on the real index: time from the files' text to a ready index (programs
 * validated, English titles matcher built, ranking and text postings prepared), the
 * longest synchronous slice between yields (the main-thread long-task risk), and the
 * whole `loadIndex` through an in-memory fetch (SHA-256 checks included). The baseline in
 * the same run is the bare minimum any loader pays: `JSON.parse` of index.json and
 * splitting the other files into lines. Also, as a page with a job search and
 * recommendations does it, the whole index after its titles, with and without reusing
 * what the titles load read (`LoadOptions.titles`).
 *
 * Run alone: `npx tsx bench/load.ts`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleIndex, loadIndex, parseManifest } from '../src/core/load/index.js';
import { loadTitlesIndex } from '../src/core/load/load-titles.js';
import { ensureRealIndex } from '../eval/real-index.js';
import { median } from './stats.js';

const RUNS = 3;
/** Issue 4 goal: no main-thread task over 50 ms (measured here without CPU slowdown). */
const LONG_TASK_MS = 50;

const round = (x: number) => Math.round(x * 10) / 10;

export async function benchLoad(): Promise<Record<string, unknown>> {
  const dir = await ensureRealIndex();
  const read = (name: string) => readFile(join(dir, name));
  const names = ['index.json', 'labels.en.txt', 'titles.en.tsv', 'programs.txt'] as const;
  const [manifestBytes, labelsBytes, titlesBytes, programsBytes] = await Promise.all(names.map(read));
  const manifestText = manifestBytes!.toString('utf8');
  const labels = labelsBytes!.toString('utf8');
  const titles = titlesBytes!.toString('utf8');
  const programs = programsBytes!.toString('utf8');

  const assemble: number[] = [];
  const parseOnly: number[] = [];
  const manifestMs: number[] = [];
  const longest: number[] = [];
  const sliceCounts: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    const manifest = parseManifest(JSON.parse(manifestText), 'index.json');
    manifestMs.push(performance.now() - start);

    const slices: number[] = [];
    start = performance.now();
    await assembleIndex(manifest, { labels: { en: labels }, titles: { en: titles }, programs }, { onSlice: (ms) => slices.push(ms) });
    assemble.push(performance.now() - start);
    longest.push(Math.max(...slices));
    sliceCounts.push(slices.length);

    start = performance.now();
    JSON.parse(manifestText);
    for (const text of [labels, titles, programs]) text.split('\n');
    parseOnly.push(performance.now() - start);
  }

  // The whole browser path once: fetch (in memory), verify sizes and SHA-256, assemble.
  const files = new Map<string, Uint8Array>(names.map((name, i) => [name, [manifestBytes, labelsBytes, titlesBytes, programsBytes][i]!]));
  const fetchFromMemory = (async (input: RequestInfo | URL) => {
    const name = String(input).split('/').pop()!;
    const body = files.get(name);
    if (!body) return new Response('missing', { status: 404 });
    return new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/octet-stream' } });
  }) as typeof fetch;
  // Slices of the whole path: decoding and JSON parsing of index.json are sliced too.
  const loadSlices: number[] = [];
  let start = performance.now();
  await loadIndex('https://bench.invalid/index/', { lang: 'en', fetch: fetchFromMemory, onSlice: (ms) => loadSlices.push(ms) });
  const fullLoad = performance.now() - start;

  start = performance.now();
  JSON.parse(manifestText);
  const manifestJsonParse = performance.now() - start;

  const afterTitles = { plain: [] as number[], reusing: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const titles = await loadTitlesIndex('https://bench.invalid/index/', { lang: 'en', fetch: fetchFromMemory });
    for (const way of ['plain', 'reusing'] as const) {
      start = performance.now();
      await loadIndex('https://bench.invalid/index/', { lang: 'en', fetch: fetchFromMemory, titles: way === 'reusing' ? titles : undefined });
      afterTitles[way].push(performance.now() - start);
    }
  }

  return {
    bytes: Object.fromEntries(names.map((name, i) => [name, [manifestBytes, labelsBytes, titlesBytes, programsBytes][i]!.length])),
    manifestParseAndValidateMs: round(median(manifestMs)),
    manifestJsonParseOnlyMs: round(manifestJsonParse),
    assembleMs: round(median(assemble)),
    parseAndSplitBaselineMs: round(median(parseOnly)),
    assembleVsBaseline: round(median(assemble) / median(parseOnly)),
    longestSliceMs: round(median(longest)),
    slices: median(sliceCounts),
    loadIndexWithShaMs: round(fullLoad),
    loadIndexLongestSliceMs: round(Math.max(...loadSlices)),
    loadIndexSlices: loadSlices.length,
    wholeAfterTitlesMs: round(median(afterTitles.plain)),
    wholeAfterTitlesReusingMs: round(median(afterTitles.reusing)),
    reusingVsPlain: round(median(afterTitles.reusing) / median(afterTitles.plain)),
    longTaskGoalMs: LONG_TASK_MS,
    slicesUnderGoal: median(longest) <= LONG_TASK_MS && Math.max(...loadSlices) <= LONG_TASK_MS,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchLoad(), null, 2));
}
