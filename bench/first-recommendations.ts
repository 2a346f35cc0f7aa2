/**
 * What an English page downloads before its first recommendations (goal: at most 500 KB of
 * gzip), in Chromium at Slow 4G (1.6 Mbps down, 150 ms round trip) with a 4x slower CPU, on
 * the real index served gzipped: `<mc-portal>` by the autoloader, and by the one-file CDN
 * bundle; "registered nurse" typed in the first search, the first option chosen with the
 * keyboard, until the first program card is on screen. Every request the page sent before
 * that moment counts, whole (JavaScript and index files, gzip bytes on the wire from the
 * DevTools protocol), and the time from the Enter that chose to the first card.
 *
 * The baseline, in the same run: the same page's JavaScript plus the index files a page
 * needed before slices (`index.json`, `labels.en.txt`, `titles.en.tsv` and the whole
 * `programs.txt`, gzipped as served). Needs `npm run build` and the real index
 * (.cache/real-index; `FIRST_SUGGESTION_INDEX=<dir>` serves another copy).
 *
 * Also an institution's page: `<mc-recommendations src occupation="31301">` alone by the
 * autoloader, nothing typed, until its first card; its baseline, the same JavaScript and
 * files with the job titles (`titles.en.tsv`), which such a page loaded until it stood on
 * the labels alone.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.js';
import { pageEval } from './cdp-eval.js';
import { CONDITIONS, throttledPage, transferred } from './throttled-page.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const QUERY = 'registered nurse';
const PORTAL = `document.querySelector('mc-portal')?.shadowRoot`;
const INPUT = `${PORTAL}?.querySelector('mc-job-search[search-role=current]')?.shadowRoot?.querySelector('input[role=combobox]')`;
const OPTION = `${PORTAL}?.querySelector('mc-job-search[search-role=current]')?.shadowRoot?.querySelector('[role=option]')`;
const CARD = `${PORTAL}?.querySelector('mc-recommendations')?.shadowRoot?.querySelector('mc-program-card')`;
const ALONE_CARD = `document.querySelector('mc-recommendations')?.shadowRoot?.querySelector('mc-program-card')`;

interface Visit {
  jsBytes: number;
  dataBytes: number;
  /** Index files requested before the first card, by name. */
  files: string[];
  choiceToCardMs: number;
}

/** `alone`: the institution's page, whose card comes without a choice (its time is from navigation). */
async function visit(browser: Browser, url: string, alone: boolean): Promise<Visit> {
  const page = await throttledPage(browser);
  const { tab, cdp } = page;
  const { evaluate, until } = pageEval(cdp, url);
  let chosenAt = Date.now();
  await tab.goto(url);
  if (alone) await until(ALONE_CARD, 'the first program card', 120_000);
  else {
    await until(INPUT, 'the input', 60_000);
    await evaluate(`${INPUT}.focus()`);
    await tab.keyboard.type(QUERY, { delay: 150 });
    await until(OPTION, `an option for "${QUERY}"`, 120_000);
    await tab.keyboard.press('ArrowDown');
    chosenAt = Date.now();
    await tab.keyboard.press('Enter');
    await until(CARD, 'the first program card', 120_000);
  }
  const choiceToCardMs = Date.now() - chosenAt;
  const before = new Set(page.sent.keys());
  // What was sent before the card finishes arriving, and counts whole.
  const bytes = await transferred(page, before);
  await page.context.close();
  return { ...bytes, choiceToCardMs };
}

export async function benchFirstRecommendations(): Promise<Record<string, unknown>> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'cdn', version, 'autoloader.js'))) throw new Error(`dist/cdn/${version}/autoloader.js is missing: run \`npm run build\` first`);
  const dir = process.env.FIRST_SUGGESTION_INDEX
    ? resolve(process.env.FIRST_SUGGESTION_INDEX)
    : await (await import('../eval/real-index.js')).ensureRealIndex();
  const page = (script: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>first recommendations</title>${script}</head><body><main><h1>Career centre</h1><mc-portal src="/index/index.json"></mc-portal></main></body></html>`;
  const pages = {
    autoloader: page(`<script type="module" src="/dist/cdn/${version}/autoloader.js"></script>`),
    bundle: page(`<script type="module" src="/dist/cdn/microcred.js"></script>`),
    institution: page(`<script type="module" src="/dist/cdn/${version}/autoloader.js"></script>`).replace(
      /<mc-portal[^>]*><\/mc-portal>/,
      '<mc-recommendations src="/index/index.json" occupation="31301"></mc-recommendations>',
    ),
  };
  const server = await startStaticServer(
    { '/dist/': dist, '/index/': dir },
    Object.fromEntries(Object.entries(pages).map(([name, html]) => [`/${name}.html`, html])),
    { gzip: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const visits: Record<string, Visit> = {};
  try {
    for (const name of Object.keys(pages)) visits[name] = await visit(browser, `${server.origin}/${name}.html`, name === 'institution');
  } finally {
    await browser.close();
    await server.close();
  }
  const gz = async (name: string) => gzipSync(await readFile(join(dir, name)), { level: 6 }).length;
  const wholeData = (await Promise.all(['index.json', 'labels.en.txt', 'titles.en.tsv', 'programs.txt'].map(gz))).reduce((a, b) => a + b, 0);
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  const out: Record<string, unknown> = {
    conditions: { ...CONDITIONS, query: QUERY, index: dir },
    goal: { beforeFirstRecommendationsKB: 500 },
  };
  const titlesData = await gz('titles.en.tsv');
  for (const [name, v] of Object.entries(visits)) {
    const total = v.jsBytes + v.dataBytes;
    if (name === 'institution') {
      const baseline = total + (v.files.includes('titles.en.tsv') ? 0 : titlesData);
      out[name] = {
        beforeFirstRecommendationsKB: kb(total),
        jsKB: kb(v.jsBytes),
        indexKB: kb(v.dataBytes),
        files: v.files,
        loadToFirstCardMs: v.choiceToCardMs,
        withJobTitlesBaselineKB: kb(baseline),
        toWithJobTitles: Number((total / baseline).toFixed(2)),
      };
      continue;
    }
    out[name] = {
      beforeFirstRecommendationsKB: kb(total),
      jsKB: kb(v.jsBytes),
      indexKB: kb(v.dataBytes),
      files: v.files,
      choiceToFirstCardMs: v.choiceToCardMs,
      wholeIndexBaselineKB: kb(v.jsBytes + wholeData),
      toWholeIndex: Number((total / (v.jsBytes + wholeData)).toFixed(2)),
      met: total <= 500 * 1024,
    };
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchFirstRecommendations(), null, 2));
}
