/**
 * The first job-title suggestion after the last keystroke, in Chromium at Slow 4G (1.6 Mbps
 * down, 750 kbps up, 150 ms round trip: `Network.emulateNetworkConditions`) with a 4x
 * slower CPU (`Emulation.setCPUThrottlingRate`), on the real index, against a plain
 * fuse.js page measured the same way in the same run. Needs `npm run build` (the
 * autoloader under dist/cdn/<version>/) and the real index (.cache/real-index, built by
 * eval/real-index.ts when absent; `FIRST_SUGGESTION_INDEX=<dir>` serves another copy;
 * `FIRST_SUGGESTION_DIST=<dir>` another build's dist).
 *
 * Pages, served gzipped (level 6) with `cache-control: max-age=3600`, as a CDN would:
 * - `job-search`: the autoloader and `<mc-job-search src=…>` (loading as by default);
 * - `portal`: the autoloader and `<mc-portal src=…>`;
 * - `fuse`: fuse.js (its minified ES build) and a plain input that fetches the same title
 *   files the search's suggestions come from (`titles.en.tsv`, and `labels.en.txt` for the
 *   official titles) when the page loads, builds a Fuse index over every title and lists
 *   the eight best with `role=option`.
 *
 * Each page is opened in a fresh browser context (cold: empty HTTP cache and IndexedDB),
 * the query is typed as soon as the input is there (150 ms between keys), and the page
 * itself records the last keystroke (`keydown`, capture phase: it crosses shadow roots)
 * and the first animation frame after it that shows options rendered after it. Then the same page is
 * opened again in the same context (warm: everything cached) and measured the same way.
 * `jsKB` is the JavaScript the cold page transferred (gzip bytes on the wire, from the
 * DevTools protocol). Times are medians over `FIRST_SUGGESTION_REPEAT` runs (default 3;
 * the machine is shared). Reported as figures and ratios to the fuse.js page, never as
 * pass or fail.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../tests/e2e/static-server.js';
import { pageEval } from './cdp-eval.js';
import { CONDITIONS, CPU_SLOWDOWN, SLOW_4G } from './throttled-page.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REPEAT = Math.max(1, Number(process.env.FIRST_SUGGESTION_REPEAT ?? 3) || 3);
const QUERY = 'registered nurse';
/** `FIRST_SUGGESTION_DIST=<dir>`: serves another build's dist (to compare two builds in the same conditions). */
const DIST = process.env.FIRST_SUGGESTION_DIST ? resolve(process.env.FIRST_SUGGESTION_DIST) : join(ROOT, 'dist');

/**
 * Records the last keystroke and the first frame after it that shows options rendered
 * after it (the list changed since the keystroke: options left from a shorter query do
 * not count). `root` is an expression for the document or shadow root holding the list.
 */
const recorder = (root: string) => `
  window.__lastKey = null; window.__listChanged = -1; window.__firstOption = null;
  window.addEventListener('keydown', () => { window.__lastKey = performance.now(); window.__firstOption = null; }, true);
  const inList = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el?.closest('[role=listbox]');
  };
  let watched = null;
  const look = () => {
    const root = ${root};
    if (root && root !== watched) {
      watched = root;
      new MutationObserver((records) => {
        if (records.some((r) => inList(r.target))) window.__listChanged = performance.now();
      }).observe(root, { subtree: true, childList: true, characterData: true });
    }
    if (window.__lastKey !== null && window.__firstOption === null && window.__listChanged > window.__lastKey
        && root?.querySelector('[role=option]')) window.__firstOption = performance.now();
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

const SEARCH_ROOT = `document.querySelector('mc-job-search')?.shadowRoot`;
const PORTAL_SEARCH_ROOT = `document.querySelector('mc-portal')?.shadowRoot?.querySelector('mc-job-search[search-role=current]')?.shadowRoot`;

interface PageSpec {
  html: string;
  /** Expression for the input to type in. */
  input: string;
  /** Expression for the document or shadow root that holds the list. */
  root: string;
}

function pages(version: string): Record<'job-search' | 'portal' | 'fuse', PageSpec> {
  const head = (script: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>first suggestion</title>${script}</head>`;
  const autoloader = `<script type="module" src="/dist/cdn/${version}/autoloader.js"></script>`;
  return {
    'job-search': {
      html: `${head(autoloader)}<body><main><h1>Find your job</h1><mc-job-search src="/index/index.json"></mc-job-search></main></body></html>`,
      input: `${SEARCH_ROOT}?.querySelector('input[role=combobox]')`,
      root: SEARCH_ROOT,
    },
    portal: {
      html: `${head(autoloader)}<body><main><h1>Career centre</h1><mc-portal src="/index/index.json" region="ER3530"></mc-portal></main></body></html>`,
      input: `${PORTAL_SEARCH_ROOT}?.querySelector('input[role=combobox]')`,
      root: PORTAL_SEARCH_ROOT,
    },
    fuse: {
      html: `${head(`<script type="module">${FUSE_PAGE}</script>`)}<body><main><h1>Find your job</h1>
<label for="q">I work as</label><input id="q" role="combobox" aria-expanded="false" aria-controls="list" autocomplete="off">
<ul id="list" role="listbox"></ul></main></body></html>`,
      input: `document.querySelector('#q')`,
      root: 'document',
    },
  };
}

/** The fuse.js page's script: the same two title files, one Fuse index over every title. */
const FUSE_PAGE = `
import Fuse from '/fuse/fuse.basic.min.mjs';
const input = document.querySelector('#q');
const list = document.querySelector('#list');
const ready = Promise.all([fetch('/index/titles.en.tsv').then((r) => r.text()), fetch('/index/labels.en.txt').then((r) => r.text())]).then(([tsv, labels]) => {
  // labels.en.txt starts with "#occupation.title <n>" and the n official titles, in the order of titles.en.tsv.
  const lines = labels.split('\\n');
  const count = Number(lines[0].split(' ')[1]);
  const official = lines.slice(1, 1 + count);
  const rows = [];
  tsv.split('\\n').forEach((line, i) => {
    if (!line) return;
    const [code, ...others] = line.split('\\t');
    rows.push({ code, occupation: official[i], title: official[i] });
    for (const title of others) rows.push({ code, occupation: official[i], title });
  });
  return new Fuse(rows, { keys: ['title'], threshold: 0.35, ignoreLocation: true });
});
const render = async () => {
  const query = input.value.trim();
  if (query.length < 2) { list.replaceChildren(); return; }
  const fuse = await ready;
  if (input.value.trim() !== query) return;
  const seen = new Set();
  const items = [];
  for (const { item } of fuse.search(query, { limit: 40 })) {
    if (seen.has(item.code)) continue;
    seen.add(item.code);
    const li = document.createElement('li');
    li.setAttribute('role', 'option');
    li.textContent = item.occupation + ' (' + item.title + ')';
    items.push(li);
    if (items.length === 8) break;
  }
  list.replaceChildren(...items);
  input.setAttribute('aria-expanded', String(items.length > 0));
};
input.addEventListener('input', () => void render());
`;

/** Serves the built files, fuse.js and the index gzipped and cacheable, and the pages uncached. */
function startServer(indexDir: string, html: Record<string, string>): Promise<StaticServer> {
  return startStaticServer({ '/dist/': DIST, '/fuse/': join(ROOT, 'node_modules/fuse.js/dist'), '/index/': indexDir }, html, { gzip: true });
}

interface Visit {
  /** Last keystroke to the first frame showing an option. */
  firstSuggestionMs: number;
  /** Navigation start to that frame. */
  fromNavigationMs: number;
  /** JavaScript transferred (bytes on the wire). */
  jsBytes: number;
  /** Every other file transferred (index files, bytes on the wire). */
  dataBytes: number;
}

async function visit(context: BrowserContext, url: string, spec: PageSpec): Promise<Visit> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const types = new Map<string, string>();
  let jsBytes = 0;
  let dataBytes = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId);
    if (type === 'Script') jsBytes += e.encodedDataLength;
    else if (type === 'Fetch' || type === 'XHR') dataBytes += e.encodedDataLength;
  });
  await tab.addInitScript(recorder(spec.root));
  await tab.goto(url);
  const { evaluate, until } = pageEval(cdp, url);
  await until(spec.input, 'the input', 60_000);
  await evaluate(`${spec.input}.focus()`);
  await tab.keyboard.type(QUERY, { delay: 150 });
  await until('window.__firstOption !== null', `an option for "${QUERY}"`, 120_000);
  const { lastKey, first } = await evaluate<{ lastKey: number; first: number }>('({ lastKey: window.__lastKey, first: window.__firstOption })');
  // Let the device cache finish writing before the warm visit.
  await tab.waitForTimeout(3000);
  await tab.close();
  return { firstSuggestionMs: Math.round(first - lastKey), fromNavigationMs: Math.round(first), jsBytes, dataBytes };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

async function indexDir(): Promise<string> {
  if (process.env.FIRST_SUGGESTION_INDEX) return resolve(process.env.FIRST_SUGGESTION_INDEX);
  const local = join(ROOT, '.cache/real-index');
  if (existsSync(join(local, 'index.json'))) return local;
  const { ensureRealIndex } = await import('../eval/real-index.js');
  return ensureRealIndex();
}

export async function benchFirstSuggestion(): Promise<Record<string, unknown>> {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  if (!existsSync(join(DIST, 'cdn', version, 'autoloader.js'))) {
    throw new Error(`dist/cdn/${version}/autoloader.js is missing: run \`npm run build\` first`);
  }
  const dir = await indexDir();
  const specs = pages(version);
  const server = await startServer(dir, Object.fromEntries(Object.keys(specs).map((name) => [`/${name}.html`, specs[name as keyof typeof specs].html])));
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs: Record<string, { cold: Visit[]; warm: Visit[] }> = {};
  try {
    for (let i = 0; i < REPEAT; i++) {
      // Interleaved, so a busy moment on the shared machine falls on every page alike.
      for (const [name, spec] of Object.entries(specs)) {
        const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
        const url = `${server.origin}/${name}.html`;
        const cold = await visit(context, url, spec);
        const warm = await visit(context, url, spec);
        await context.close();
        (runs[name] ??= { cold: [], warm: [] }).cold.push(cold);
        runs[name]!.warm.push(warm);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
  const summary: Record<string, unknown> = {};
  const fuse = runs.fuse!;
  const fuseCold = median(fuse.cold.map((v) => v.firstSuggestionMs));
  const fuseWarm = median(fuse.warm.map((v) => v.firstSuggestionMs));
  for (const [name, { cold, warm }] of Object.entries(runs)) {
    const coldMs = median(cold.map((v) => v.firstSuggestionMs));
    const warmMs = median(warm.map((v) => v.firstSuggestionMs));
    summary[name] = {
      coldFirstSuggestionMs: coldMs,
      coldToFuse: Number((coldMs / Math.max(1, fuseCold)).toFixed(2)),
      warmFirstSuggestionMs: warmMs,
      warmToFuse: Number((warmMs / Math.max(1, fuseWarm)).toFixed(2)),
      coldFromNavigationMs: median(cold.map((v) => v.fromNavigationMs)),
      coldJsKB: kb(median(cold.map((v) => v.jsBytes))),
      coldDataKB: kb(median(cold.map((v) => v.dataBytes))),
      coldRunsMs: cold.map((v) => v.firstSuggestionMs),
      warmRunsMs: warm.map((v) => v.firstSuggestionMs),
    };
  }
  return {
    conditions: { ...CONDITIONS, query: QUERY, repeat: REPEAT, index: dir },
    goals: { jobSearchJsKB: 30, portalJsKB: 55, coldFirstSuggestionMs: 1000 },
    ...summary,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchFirstSuggestion(), null, 2));
}
