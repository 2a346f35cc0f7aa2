/**
 * Index build benchmark on the real open data: the full build in-process (no file
 * writes), its counts, and the gzip size of what a page downloads per language. The
 * baseline is the time to read and CSV-parse the same source files, so the ratio says
 * how much the build costs beyond reading its input on this machine, in this run.
 * Sources: MICROCRED_SOURCES (default /work/shared/data), programs: its Coursera file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndex, summarize } from '../src/cli/build.js';
import { readCsv } from '../src/cli/csv.js';
import { serializeIndex } from '../src/cli/writer.js';

const SOURCES = process.env.MICROCRED_SOURCES ?? '/work/shared/data';
const PROGRAMS = join(SOURCES, 'courses_coursera/coursera_courses_cleaned.csv');
/** The folders and files the builder reads. */
const READ = ['noc2021', 'oasis2023', 'cops2024_2033', 'jobbank_wages_derived', 'crosswalks', 'esco_v1.1.1/en', 'esco_v1.1.1/fr_labels'];
const USED =
  /occupations_en|classification_structure|skills_oasis|knowledges_oasis|lead-statement|example-titles|summary_sommaire|wagecan|bcgov_onet2019_to_noc2021_mapping|brookfield|nesta|skills_en|occupationSkillRelations|skills_fr_labels/;

function gz(...buffers: Uint8Array[]): number {
  return buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
}

function parseBaseline(): number {
  const start = performance.now();
  for (const folder of READ) {
    const dir = join(SOURCES, folder);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (USED.test(name) && name.endsWith('.csv') && statSync(path).isFile()) readCsv(path, name, { relaxQuotes: true });
    }
  }
  readCsv(PROGRAMS, 'coursera', { relaxQuotes: true });
  return performance.now() - start;
}

export async function benchBuild(): Promise<Record<string, number | string>> {
  const baselineMs = parseBaseline();
  const start = performance.now();
  const result = buildIndex({ sources: SOURCES, programs: PROGRAMS, programsFormat: 'coursera', builtAt: '2026-01-01' });
  const files = serializeIndex(result);
  const buildMs = performance.now() - start;
  const file = (name: string) => files.get(name)!;
  const { titles, ...counts } = summarize(result);
  const sorted = (prefix: string) =>
    [...files.keys()]
      .filter((name) => name.startsWith(prefix) && PER_OCCUPATION.test(name))
      .map((name) => gz(file(name)))
      .sort((a, b) => a - b);
  const slices = sorted('programs.');
  const quotes = sorted('quotes.');
  return {
    sources: SOURCES,
    buildMs: Math.round(buildMs),
    parseBaselineMs: Math.round(baselineMs),
    buildToParseRatio: Math.round((buildMs / baselineMs) * 100) / 100,
    ...counts,
    titlesEn: titles.en,
    titlesFr: titles.fr,
    ...Object.fromEntries([...files.keys()].filter((name) => !PER_OCCUPATION.test(name)).map((name) => [`gzip:${name}`, gz(file(name))])),
    // Small files per occupation: its slice of the catalogue, for its first recommendations,
    // and the words its reasons quote, loaded once they are shown.
    ...sizes('Slice', slices),
    ...sizes('Quote', quotes),
    // What a page downloads before its first recommendations: English pages the English
    // files; French pages the French titles and both label files (ranking matches program
    // text with English labels); the largest slice and quote file. Then the whole catalogue.
    gzipEnBeforeRecommendationsBytes:
      gz(file('index.json'), file('labels.en.txt'), file('titles.en.tsv'), file('catalogue.txt')) + (slices.at(-1) ?? 0) + (quotes.at(-1) ?? 0),
    gzipFrBeforeRecommendationsBytes:
      gz(file('index.json'), file('labels.en.txt'), file('labels.fr.txt'), file('titles.fr.tsv'), file('catalogue.txt')) +
      (slices.at(-1) ?? 0) +
      (quotes.at(-1) ?? 0),
    gzipEnWholeIndexBytes: gz(file('index.json'), file('labels.en.txt'), file('titles.en.tsv'), file('programs.txt')),
    goalEnBeforeRecommendationsBytes: 500 * 1024,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchBuild(), null, 2));
}

/** A file of one occupation: `programs.<code>.txt`, `quotes.<code>.txt`. */
const PER_OCCUPATION = /^(programs|quotes)\.\d{5}\.txt$/;

/** Count, median and largest gzip size of files sorted by size. */
function sizes(kind: string, sorted: readonly number[]): Record<string, number> {
  return {
    [`${kind.toLowerCase()}Files`]: sorted.length,
    [`gzip${kind}FileMedianBytes`]: sorted[Math.floor(sorted.length / 2)] ?? 0,
    [`gzip${kind}FileMaxBytes`]: sorted.at(-1) ?? 0,
  };
}
