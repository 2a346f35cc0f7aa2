/**
 * One file an index was loaded without (an occupation's slice, its quotes, what the work
 * requires, another language's labels), looked for and kept in the device cache, in Chromium's
 * IndexedDB at 1x and 4x CPU slowdown, on the real index.
 *
 * The copy is what a returning visitor's English portal keeps: index.json, titles.en.tsv,
 * labels.en.txt, programs.txt and summaries.en.txt, with the slice, quotes and requirements of
 * registered nurses and the quotes of another occupation loaded after earlier choices (about
 * 2.2 MB).
 * Measured, each against its baseline in the same run (the whole copy read with `getBytes` and
 * its index.json compared, as the loader did before 2026-12-06 and still does for a host's own
 * cache without `getFile` and `addFile`):
 *
 * - `kept`: reading those quotes, which the copy holds (`getFile`);
 * - `missing`: looking for a file the copy does not hold (the download then serves it);
 * - `add`: adding that file to the copy (`addFile`; the baseline writes the copy back with it,
 *   `putBytes`).
 *
 * Medians of RUNS each, alternated. Needs `npm run build` (dist/core) and the real index
 * (.cache/real-index). Run alone: `npx tsx bench/cache-file.ts`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.js';
import { median } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const REAL = join(ROOT, '.cache/real-index');
const COPY = [
  'titles.en.tsv',
  'labels.en.txt',
  'programs.txt',
  'summaries.en.txt',
  'programs.31301.txt',
  'quotes.31301.txt',
  'requirements.en.3.txt',
  'quotes.72101.txt',
];
const KEPT = 'quotes.72101.txt';
const MISSING = 'quotes.72100.txt';
const RUNS = 15;
const RATES = [1, 4];

/** What runs in the page: the cache's per-file methods against the whole copy, alternated. */
const IN_PAGE = `async ({ copy, kept, missing, runs }) => {
  const { openIndexCache, sameBytes } = await import('/bundle/cache.js');
  const base = new URL('/index/', location.href);
  const bytes = async (name) => new Uint8Array(await (await fetch(new URL(name, base))).arrayBuffer());
  const url = new URL('index.json', base).href;
  const manifest = await bytes('index.json');
  const files = {};
  for (const name of copy) files[new URL(name, base).href] = await bytes(name);
  const extra = await bytes(missing);
  const cache = await openIndexCache({ name: 'bench-' + Math.random() });
  const fresh = async () => (await cache.delete(url), cache.putBytes({ url, etag: null, lastModified: null, storedAt: 1, manifest, files }));
  await fresh();
  const whole = async () => {
    const c = await cache.getBytes(url);
    return c && sameBytes(c.manifest, manifest) ? c : null;
  };
  const time = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };
  const keptUrl = new URL(kept, base).href;
  const missingUrl = new URL(missing, base).href;
  const out = { kept: [[], []], missing: [[], []], add: [[], []] };
  for (let i = 0; i < runs; i++) {
    out.kept[0].push(await time(async () => { const c = await whole(); if (!c?.files[keptUrl]) throw new Error('kept'); }));
    out.kept[1].push(await time(async () => { if (!(await cache.getFile(url, manifest, keptUrl))) throw new Error('kept'); }));
    out.missing[0].push(await time(async () => { const c = await whole(); if (c?.files[missingUrl]) throw new Error('missing'); }));
    out.missing[1].push(await time(async () => { if (await cache.getFile(url, manifest, missingUrl)) throw new Error('missing'); }));
    out.add[0].push(await time(async () => { const c = await whole(); await cache.putBytes({ ...c, files: { [missingUrl]: extra } }); }));
    await fresh();
    out.add[1].push(await time(() => cache.addFile(url, manifest, missingUrl, extra)));
    await fresh();
  }
  return out;
}`;

interface Pair {
  wholeCopyMs: number;
  oneFileMs: number;
  ratio: number;
}

export async function benchCacheFile(): Promise<object> {
  const dir = await mkdtemp(join(tmpdir(), 'mc-cache-file-'));
  const entry = join(dir, 'entry.js');
  await writeFile(
    entry,
    `export { openIndexCache } from '${ROOT}dist/core/load/index-cache.js';\nexport { sameBytes } from '${ROOT}dist/core/load/bytes.js';\n`,
  );
  const build = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: () => {} });
  await build.write({ dir: join(dir, 'out'), format: 'es', entryFileNames: 'cache.js' });
  await build.close();
  const server = await startStaticServer({ '/bundle/': join(dir, 'out'), '/index/': REAL }, { '/': '<!doctype html><title>cache-file</title>' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const byRate: Record<string, Record<string, Pair>> = {};
  try {
    for (const rate of RATES) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const runs = await page.evaluate(`(${IN_PAGE})(${JSON.stringify({ copy: COPY, kept: KEPT, missing: MISSING, runs: RUNS })})`);
      const pairs: Record<string, Pair> = {};
      for (const [name, [old, now]] of Object.entries(runs as Record<string, [number[], number[]]>)) {
        const wholeCopyMs = Number(median(old).toFixed(1));
        const oneFileMs = Number(median(now).toFixed(1));
        pairs[name] = { wholeCopyMs, oneFileMs, ratio: Number((oneFileMs / wholeCopyMs).toFixed(3)) };
      }
      byRate[`cpu${rate}x`] = pairs;
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { conditions: { copy: COPY, kept: KEPT, missing: MISSING, runs: RUNS }, ...byRate };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchCacheFile(), null, 2));
