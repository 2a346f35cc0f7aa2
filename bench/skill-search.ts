/**
 * The employer page's skill search on the real index, in English and French.
 *
 * Download: `<mc-skill-finder>` alone by the autoloader (`<html lang>` set), served gzipped,
 * in Chromium at Slow 4G (1.6 Mbps down, 150 ms round trip) with a 4x slower CPU, a skill
 * typed as soon as the field is there ("first aid", « premiers soins »), until its first
 * suggestion shows. Every request sent before then counts, whole (gzip bytes on the wire).
 * The baseline in the same run: the same bytes with the labels files' `skill.alt` section
 * (the skills' other names, which only the skill search reads) emptied, gzipped alike. Then
 * "CPR" on a fresh page, which no label holds: its first suggestion waits for what a miss
 * loads (`miss`: the French labels on the English page, and the other English names).
 *
 * Typing: `suggestSkills` over every prefix of the judged queries' words of each language
 * (tests/fixtures/core/skill-queries.ts), with the other names and without them (removed
 * from a second copy of the index), in the same run: milliseconds per keystroke and the ratio.
 *
 * Needs `npm run build` and the real index (.cache/real-index). Run alone:
 * `npx tsx bench/skill-search.ts`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.js';
import { pageEval } from './cdp-eval.js';
import { CONDITIONS, throttledPage, transferred } from './throttled-page.js';
import { median } from './stats.js';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { suggestSkills } from '../src/core/rank/skill-suggest.js';
import type { Lang } from '../src/core/index-format/schema.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { SKILL_QUERIES } from '../tests/fixtures/core/skill-queries.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const QUERY: Record<Lang, string> = { en: 'first aid', fr: 'premiers soins' };
/** Found by no label of either page: the first suggestion waits for what a miss loads (the other English names). */
const MISS: Record<Lang, string> = { en: 'CPR', fr: 'CPR' };
const FINDER = `document.querySelector('mc-skill-finder')?.shadowRoot`;
const INPUT = `${FINDER}?.querySelector('input[role=combobox]')`;
const OPTION = `${FINDER}?.querySelector('[role=option]')`;
const RUNS = 15;

interface Visit {
  jsBytes: number;
  dataBytes: number;
  files: string[];
  loadToSuggestionMs: number;
}

async function visit(browser: Browser, url: string, query: string): Promise<Visit> {
  const page = await throttledPage(browser);
  const { evaluate, until } = pageEval(page.cdp, url);
  const start = Date.now();
  await page.tab.goto(url);
  await until(INPUT, 'the skill field', 120_000);
  await evaluate(`${INPUT}.focus()`);
  await page.tab.keyboard.type(query, { delay: 150 });
  await until(OPTION, `a suggestion for "${query}"`, 120_000);
  const loadToSuggestionMs = Date.now() - start;
  const bytes = await transferred(page, new Set(page.sent.keys()));
  await page.context.close();
  return { ...bytes, loadToSuggestionMs };
}

/** A labels file with its `skill.alt` values emptied (what it was before they shipped). */
function withoutOtherNames(text: string): string {
  return text.replace(/^(#skill\.alt \d+\n)([\s\S]*)$/m, (_, header: string, values: string) => header + values.replace(/[^\n]+/g, ''));
}

async function download(dir: string): Promise<Record<string, unknown>> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'cdn', version, 'autoloader.js'))) throw new Error(`dist/cdn/${version}/autoloader.js is missing: run \`npm run build\` first`);
  const page = (lang: Lang) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>employer</title>` +
    `<script type="module" src="/dist/cdn/${version}/autoloader.js"></script></head><body><main><h1>Employer</h1>` +
    `<mc-skill-finder src="/index/index.json"></mc-skill-finder></main></body></html>`;
  const server = await startStaticServer({ '/dist/': dist, '/index/': dir }, { '/en.html': page('en'), '/fr.html': page('fr') }, { gzip: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  const out: Record<string, unknown> = {};
  try {
    for (const lang of ['en', 'fr'] as const) {
      const v = await visit(browser, `${server.origin}/${lang}.html`, QUERY[lang]);
      let saved = 0;
      for (const file of v.files.filter((f) => /^labels\.\w+\.txt$/.test(f))) {
        const text = await readFile(join(dir, file), 'utf8');
        saved += gzipSync(text, { level: 6 }).length - gzipSync(withoutOtherNames(text), { level: 6 }).length;
      }
      const total = v.jsBytes + v.dataBytes;
      out[lang] = {
        query: QUERY[lang],
        beforeFirstSuggestionKB: kb(total),
        jsKB: kb(v.jsBytes),
        indexKB: kb(v.dataBytes),
        files: v.files,
        loadToSuggestionMs: v.loadToSuggestionMs,
        otherNamesKB: kb(saved),
        withoutOtherNamesBaselineKB: kb(total - saved),
        toWithoutOtherNames: Number((total / (total - saved)).toFixed(3)),
        miss: await missVisit(browser, `${server.origin}/${lang}.html`, MISS[lang], total),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** A fresh page where `query` misses: bytes before its first suggestion, and past `firstKB` (the found query's). */
async function missVisit(browser: Browser, url: string, query: string, found: number): Promise<Record<string, unknown>> {
  const v = await visit(browser, url, query);
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  const total = v.jsBytes + v.dataBytes;
  return { query, beforeFirstSuggestionKB: kb(total), moreThanFoundKB: kb(total - found), files: v.files, loadToSuggestionMs: v.loadToSuggestionMs };
}

/** Ms per keystroke of `suggestSkills` over `prefixes` once. */
function perKeystroke(index: LoadedIndex, lang: Lang, prefixes: readonly string[]): number {
  const start = performance.now();
  for (const p of prefixes) suggestSkills(index, p, { lang, limit: 8 });
  return (performance.now() - start) / prefixes.length;
}

async function typing(dir: string): Promise<Record<string, unknown>> {
  const [index, bare] = await Promise.all([loadIndexFromDir(dir, ['en', 'fr']), loadIndexFromDir(dir, ['en', 'fr'])]);
  for (const skill of bare.manifest.skills) delete skill.alt;
  const out: Record<string, unknown> = {};
  for (const lang of ['en', 'fr'] as const) {
    const prefixes = SKILL_QUERIES.filter((q) => q.lang === lang).flatMap(({ query }) => [...query].map((_, i) => query.slice(0, i + 1)));
    // Warm up (folding the labels once, the JIT), then alternate the two so that the
    // machine's other work falls on both alike.
    perKeystroke(index, lang, prefixes);
    perKeystroke(bare, lang, prefixes);
    const withNames: number[] = [];
    const without: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      withNames.push(perKeystroke(index, lang, prefixes));
      without.push(perKeystroke(bare, lang, prefixes));
    }
    out[lang] = {
      keystrokes: prefixes.length,
      msPerKeystroke: Number(median(withNames).toFixed(3)),
      withoutOtherNamesMs: Number(median(without).toFixed(3)),
      toWithoutOtherNames: Number((median(withNames) / median(without)).toFixed(2)),
    };
  }
  return out;
}

export async function benchSkillSearch(): Promise<Record<string, unknown>> {
  const dir = await (await import('../eval/real-index.js')).ensureRealIndex();
  return {
    conditions: { ...CONDITIONS, index: dir },
    download: await download(dir),
    typing: await typing(dir),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchSkillSearch(), null, 2));
}
