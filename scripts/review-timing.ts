/**
 * How long the catalogue review page takes to read and tag a whole catalogue in the
 * browser, and how long its longest task is meanwhile. Serves the demo page with the index
 * in INDEX_DIR, chooses the catalogue in the page's file field (Debian's Chromium through
 * playwright-core), and times from the file's `change` to the coverage figure on screen.
 *
 *   npx tsx scripts/review-timing.ts --index DIR (--catalogue FILE | --coursera FILE)
 *        [--runs 3] [--screenshot docs/screenshots/review.png]
 *
 * `--coursera` converts the Coursera scrape to the canonical CSV first, in a temporary
 * folder that is removed afterwards (that list has no licence to redistribute: it never
 * leaves the machine). Needs `npm run build` (the page loads dist/cdn/microcred.js).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { Diagnostics } from '../src/core/catalogue/diagnostics.js';
import { readCoursera } from '../src/cli/sources/coursera.js';
import { courseraCanonicalCsv, reviewDemo } from './review-page.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string' },
    catalogue: { type: 'string' },
    coursera: { type: 'string' },
    runs: { type: 'string', default: '3' },
    screenshot: { type: 'string' },
  },
});
if (!values.index || (!values.catalogue && !values.coursera)) {
  console.error('usage: npx tsx scripts/review-timing.ts --index DIR (--catalogue FILE | --coursera FILE) [--runs N] [--screenshot PNG]');
  process.exit(2);
}

/** The Coursera scrape as a canonical catalogue: the columns `build-index` reads by default. */
function courseraToCanonical(path: string, dir: string): string {
  const programs = readCoursera(path, new Diagnostics());
  const out = join(dir, 'coursera-canonical.csv');
  writeFileSync(out, courseraCanonicalCsv(programs));
  console.log(`converted ${programs.length} Coursera courses to ${out} (temporary)`);
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'mc-review-timing-'));
try {
  const catalogue = values.catalogue ? resolve(values.catalogue) : courseraToCanonical(resolve(values.coursera!), tmp);
  const demo = await reviewDemo(values.index);
  try {
    const results: Array<{ ms: number; longest: number; programs: string }> = [];
    const page = await demo.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (let run = 0; run < Number(values.runs); run++) {
      await page.goto(`${demo.origin}/demo/review.html`);
      const field = page.locator('mc-catalogue-review input[type=file]');
      await field.waitFor({ timeout: 60_000 });
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; t0: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
        }).observe({ type: 'longtask' });
        const input = document.querySelector('mc-catalogue-review')!.shadowRoot!.querySelector('input[type=file]')!;
        input.addEventListener('change', () => (w.t0 = performance.now()));
      });
      await field.setInputFiles(catalogue);
      const end = await page.waitForFunction(
        () => document.querySelector('mc-catalogue-review')!.shadowRoot!.querySelector('[part=coverage]') && performance.now(),
        undefined,
        { polling: 'raf', timeout: 300_000 },
      );
      const t1 = (await end.jsonValue()) as number;
      const { t0, longest } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; t0: number };
        return { t0: w.t0, longest: w.longest };
      });
      const programs = await page.locator('mc-catalogue-review .coverage').textContent();
      // Then the ranking of every occupation, in the background.
      const reached = await page.waitForFunction(
        () => document.querySelector('mc-catalogue-review')!.shadowRoot!.querySelector('[part=gaps], .gaps + *, [id$=-gaps]') && performance.now(),
        undefined,
        { polling: 'raf', timeout: 600_000 },
      );
      const t2 = (await reached.jsonValue()) as number;
      const longestAll = await page.evaluate(() => (window as unknown as { longest: number }).longest);
      results.push({ ms: t1 - t0, longest, programs: programs ?? '' });
      console.log(
        `run ${run + 1}: ${Math.round(t1 - t0)} ms from choosing the file to the coverage figure (longest task ${Math.round(longest)} ms); ` +
          `${Math.round(t2 - t0)} ms to where every program is recommended (longest task ${Math.round(longestAll)} ms)`,
      );
    }
    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms over ${sorted.length} runs, ${basename(catalogue)}: ${results[0]!.programs}`);
    if (errors.length > 0) {
      console.error(`page errors: ${errors.join('; ')}`);
      process.exitCode = 1;
    }
    if (values.screenshot) {
      const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2200 } });
      await sharp(png).png({ palette: true, colours: 128 }).toFile(resolve(values.screenshot));
      console.log(`screenshot: ${values.screenshot}`);
    }
  } finally {
    await demo.close();
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
